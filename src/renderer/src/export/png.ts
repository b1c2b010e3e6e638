/**
 * SVG → PNG in the page: the SVG is loaded as an image (a Blob URL: no network, and the page's
 * CSP allows blob: images), drawn onto a canvas at 1×, 2× or 4× and encoded by the browser.
 *
 * A canvas larger than Chromium allows does not fail: it draws nothing and yields a blank (or
 * no) image. So the size is checked first and a too-large export is refused with a message the
 * user can act on. Everything big is let go as soon as the bytes exist — the canvas is shrunk to
 * nothing and the Blob URL revoked — so repeated exports of large timelines do not pile up.
 */

/** Chromium's canvas limits: each side, and the area (Skia's). */
export const MAX_CANVAS_SIDE = 16_384
export const MAX_CANVAS_AREA = 268_435_456

export type PixelDensity = 1 | 2 | 4

const count = (value: number): string => value.toLocaleString('en-US')

/**
 * Null when a width × height image fits a canvas at `scale`, else why not (for an Error or the
 * export dialog). Pure, so the dialog can warn before anything is drawn.
 */
export function canvasTooLarge(width: number, height: number, scale: PixelDensity): string | null {
  const w = Math.ceil(width * scale)
  const h = Math.ceil(height * scale)
  if (w <= MAX_CANVAS_SIDE && h <= MAX_CANVAS_SIDE && w * h <= MAX_CANVAS_AREA) return null
  const lower = ([4, 2, 1] as const).find(
    (s) => s < scale && canvasTooLarge(width, height, s) === null
  )
  const advice = lower ? `choose ${lower}× or the current view` : 'choose the current view'
  return `At ${scale}× the image would be ${count(w)} × ${count(h)} pixels, more than an image can hold; ${advice}`
}

export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  scale: PixelDensity
): Promise<Uint8Array> {
  if (!(width > 0 && height > 0)) throw new Error(`Cannot make a ${width} × ${height} image`)
  const tooLarge = canvasTooLarge(width, height, scale)
  if (tooLarge) throw new Error(tooLarge)
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))
  const img = new Image()
  const canvas = document.createElement('canvas')
  try {
    img.src = url
    try {
      await img.decode()
    } catch {
      throw new Error('The timeline image could not be drawn (the SVG did not load)')
    }
    canvas.width = Math.ceil(width * scale)
    canvas.height = Math.ceil(height * scale)
    const ctx = canvas.getContext('2d')
    if (!ctx) throw new Error('No canvas to draw the image on (out of memory?)')
    ctx.scale(scale, scale)
    ctx.drawImage(img, 0, 0, width, height)
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
    if (!blob) throw new Error('The browser could not encode the PNG (out of memory?)')
    return new Uint8Array(await blob.arrayBuffer())
  } finally {
    // Give the memory back now, not at the next garbage collection.
    canvas.width = 0
    canvas.height = 0
    img.src = ''
    URL.revokeObjectURL(url)
  }
}
