import { useMemo } from 'react'
import { Image, View } from '@tarojs/components'
import { qrDataUrl } from '../../components/qr-data-url'
import './card-qr.scss'

export { qrDataUrl }

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
