/**
 * Evidence photos on the device: choose, shrink, read as base64, preview. Platform I/O only (tests mock this
 * module); sizing and type checks live in ./photo-format.
 * - weapp: `chooseMedia` (compressed), `compressImage` (quality 60, longest side ≤ 1600), read with the file
 *   system manager as base64 for the type and size checks; the file itself is uploaded to cloud storage.
 * - H5: Taro's `chooseMedia` opens an <input type=file> and hands back a blob URL; the photo is drawn onto a
 *   canvas (longest side ≤ 1600, white behind transparent PNGs) and exported as JPEG at 0.7.
 * A phone photo of 3–12 MB comes out at roughly 200–600 KB either way.
 */
import Taro from '@tarojs/taro'
import { MAX_PHOTO_SIDE, fitWithin, stripDataUrl, toPhotoData, type PhotoData } from './photo-format'

export type PickedPhoto = { path: string; width: number; height: number }

/** Up to `count` photos from the album or camera; [] when the worker cancels. */
export async function choosePhotos(count: number): Promise<PickedPhoto[]> {
  if (count <= 0) return []
  try {
    const res = await Taro.chooseMedia({ count, mediaType: ['image'], sizeType: ['compressed'], sourceType: ['album', 'camera'] })
    return res.tempFiles.slice(0, count).map((f) => ({ path: f.tempFilePath, width: f.width || 0, height: f.height || 0 }))
  } catch {
    return [] // cancelled (both platforms report a cancel as a failure)
  }
}

/** The photo shrunk and read as base64, or why it cannot be sent. Throws when the file cannot be read. */
export async function readPhoto(photo: PickedPhoto): Promise<PhotoData | { problem: string }> {
  if (process.env.TARO_ENV !== 'weapp') return toPhotoData(await shrinkOnWeb(photo.path))
  const shrunk = await shrinkOnWeapp(photo)
  const data = toPhotoData(shrunk.b64)
  return 'problem' in data ? data : { ...data, path: shrunk.path }
}

/** Full-screen preview of links; on weapp without the long-press menu (no forwarding evidence by accident). */
export function previewPhotos(urls: string[], index: number): Promise<unknown> {
  return Taro.previewImage({ urls, current: urls[index], showmenu: false }).catch(() => undefined)
}

/** The shrunk file and its bytes as base64 (checked here for type and size before any upload). */
async function shrinkOnWeapp(photo: PickedPhoto): Promise<{ path: string; b64: string }> {
  const fitted = fitWithin(photo.width, photo.height)
  const resize = fitted.width === photo.width ? {} : photo.width >= photo.height ? { compressedWidth: fitted.width } : { compressedHeight: fitted.height }
  let path = photo.path
  try {
    path = (await Taro.compressImage({ src: photo.path, quality: 60, ...resize })).tempFilePath
  } catch {
    // Some devices refuse some formats: the chosen file is already "compressed" by chooseMedia.
  }
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().readFile({
      filePath: path,
      encoding: 'base64',
      success: (r) => resolve({ path, b64: String(r.data) }),
      fail: reject,
    })
  })
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image()
    img.onload = () => resolve(img)
    img.onerror = () => reject(new Error('image decode failed'))
    img.src = src
  })
}

async function shrinkOnWeb(src: string): Promise<string> {
  const img = await loadImage(src)
  const { width, height } = fitWithin(img.naturalWidth, img.naturalHeight, MAX_PHOTO_SIDE)
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const g = canvas.getContext('2d')
  if (!g) throw new Error('no canvas')
  g.fillStyle = '#ffffff'
  g.fillRect(0, 0, width, height)
  g.drawImage(img, 0, 0, width, height)
  return stripDataUrl(canvas.toDataURL('image/jpeg', 0.7))
}
