import makeQr from 'qrcode-generator'

/**
 * Text as a QR image. qrcode-generator writes a GIF data URL in plain JS (its own GIF and base64 encoders: no canvas,
 * no btoa, no DOM), so the same <Image> works on H5 and weapp, where <image> accepts base64 data URLs. One image
 * instead of ~3,000 module Views keeps the weapp render tree (and setData) small. Error correction M: a phone screen
 * under a scanner glares. Shared by the member card (会员证) and the desktop sign-in page (电脑登录).
 */
export function qrDataUrl(text: string): string {
  const qr = makeQr(0, 'M')
  qr.addData(text, 'Byte')
  qr.make()
  return qr.createDataURL(8, 4)
}
