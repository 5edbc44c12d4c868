/**
 * weapp: the verifier scans the member's screen with the camera (Taro.scanCode), so the mini-program
 * carries no QR decoder; Taro resolves this file instead of qr-image.ts (H5) when building weapp.
 */
export const CAN_DECODE_IMAGES = false

export function decodeQrPixels(_data: Uint8ClampedArray, _width: number, _height: number): string | null {
  return null
}

export async function decodeQrImage(_src: string): Promise<string | null> {
  return null
}
