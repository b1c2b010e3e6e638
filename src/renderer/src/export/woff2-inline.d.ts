/** Vite's `?inline` asset import: the file as a data URL (used by ./app-fonts.ts). */
declare module '*.woff2?inline' {
  const src: string
  export default src
}
