/**
 * The app's copy of the export fonts: Vite inlines each woff2 file as a data URL (`?inline`), so
 * the fonts ship inside the renderer bundle and need no file access or font-src exception.
 * Kept apart from ./fonts.ts, which the bench (esbuild) and the tests (Node) use without Vite.
 */
import cyrillic400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?inline'
import cyrillic700 from '@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff2?inline'
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?inline'
import latinExt700 from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff2?inline'
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?inline'
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?inline'
import { fontFacesFromDataUrls, type FontFaces } from './fonts'

/** The data URLs by file name, as fontFacesFromDataUrls and the page's font loading take them. */
export const APP_FONT_URLS: Readonly<Record<string, string>> = {
  'noto-sans-latin-400-normal.woff2': latin400,
  'noto-sans-latin-700-normal.woff2': latin700,
  'noto-sans-latin-ext-400-normal.woff2': latinExt400,
  'noto-sans-latin-ext-700-normal.woff2': latinExt700,
  'noto-sans-cyrillic-400-normal.woff2': cyrillic400,
  'noto-sans-cyrillic-700-normal.woff2': cyrillic700
}

let cached: FontFaces | null = null

export function appFontFaces(): FontFaces {
  return (cached ??= fontFacesFromDataUrls(APP_FONT_URLS))
}
