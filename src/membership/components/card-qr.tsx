import { useMemo } from 'react'
import { Image, View } from '@tarojs/components'
import makeQr from 'qrcode-generator'
import './card-qr.scss'

/**
 * The token as a QR image. qrcode-generator writes a GIF data URL in plain JS (its own GIF and base64
 * encoders: no canvas, no btoa, no DOM), so the same <Image> works on H5 and weapp, where <image> accepts
 * base64 data URLs. One image instead of ~3,000 module Views keeps the weapp render tree (and setData) small
 * when the code changes every 45 s. Error correction M: a phone screen under a scanner glares.
 */
export function qrDataUrl(text: string): string {
  const qr = makeQr(0, 'M')
  qr.addData(text, 'Byte')
  qr.make()
  return qr.createDataURL(8, 4)
}

/** The card's QR, or (once the shown code has run out and no new one came) a placeholder nobody can scan. */
export default function CardQr({ token, expired }: { token: string; expired: boolean }) {
  const src = useMemo(() => qrDataUrl(token), [token])
  return (
    <View className='card-qr'>
      {expired ? (
        <View className='card-qr__expired'>二维码已过期，联网后自动更新</View>
      ) : (
        <Image className='card-qr__img' src={src} mode='aspectFit' aria-label='会员证二维码' />
      )}
    </View>
  )
}
