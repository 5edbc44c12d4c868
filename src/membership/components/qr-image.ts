/**
 * H5 (and jsdom): read a card QR from a photo or screenshot the verifier picked. The weapp build resolves
 * qr-image.weapp.ts instead (Taro's per-platform files), so jsqr never enters the mini-program: there the
 * camera scanner (Taro.scanCode) reads the code.
 */
import jsQR from 'jsqr'

export const CAN_DECODE_IMAGES = true
/** Phone photos are 12 MP; a card QR still has ≥ 8 px per module at this size, and jsqr stays fast. */
const MAX_SIDE = 1200

/** RGBA pixels → the QR's text, or null when there is no readable code. */
export function decodeQrPixels(data: Uint8ClampedArray, width: number, height: number): string | null {
  const code = jsQR(data, width, height, { inversionAttempts: 'attemptBoth' })
  return code && code.data ? code.data : null
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new window.Image()
    img.onload = () => resolve(img)
    img.onerror = () => reject(new Error('image failed to load'))
    img.src = src
  })
}

/** The picked image (blob URL from Taro.chooseImage on H5) drawn on a canvas and decoded; null when unreadable. */
export async function decodeQrImage(src: string): Promise<string | null> {
  let img: HTMLImageElement
  try {
    img = await loadImage(src)
  } catch {
    return null
  }
  const scale = Math.min(1, MAX_SIDE / Math.max(img.naturalWidth, img.naturalHeight, 1))
  const width = Math.max(1, Math.round(img.naturalWidth * scale))
  const height = Math.max(1, Math.round(img.naturalHeight * scale))
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const ctx = canvas.getContext('2d')
  if (!ctx) return null
  ctx.drawImage(img, 0, 0, width, height)
  return decodeQrPixels(ctx.getImageData(0, 0, width, height).data, width, height)
}
