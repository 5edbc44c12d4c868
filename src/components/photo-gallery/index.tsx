import { useEffect, useMemo, useRef } from 'react'
import { View, Image } from '@tarojs/components'
import { previewPhotos } from '../photo-picker/photo-io'
import '../photo-picker/index.scss'

/** The server's links live 5 minutes; older ones are fetched again before a preview. */
const FRESH_MS = 4 * 60 * 1000

type Props = {
  photos: string[]
  /** Fetches the case (or messages) again, which brings new links. */
  refresh?: () => unknown
  size?: 'large' | 'small'
}

/**
 * Thumbnails of evidence photos (short-lived links); a tap opens the full-screen preview. When the links are
 * about to expire, the tap first reloads them and the preview opens once the new links arrive.
 */
export default function PhotoGallery({ photos, refresh, size = 'large' }: Props) {
  const loadedAt = useMemo(() => Date.now(), [photos]) // eslint-disable-line react-hooks/exhaustive-deps
  const pending = useRef<number | null>(null)
  useEffect(() => {
    if (pending.current === null || photos.length === 0) return
    const index = Math.min(pending.current, photos.length - 1)
    pending.current = null
    void previewPhotos(photos, index)
  }, [photos])

  if (photos.length === 0) return null
  const open = (index: number) => {
    if (!refresh || Date.now() - loadedAt < FRESH_MS) return void previewPhotos(photos, index)
    pending.current = index
    void refresh()
  }
  return (
    <View className='photos__grid'>
      {photos.map((url, i) => (
        <View key={`${i}`} className={`photos__cell ${size === 'small' ? 'photos__thumb' : ''}`} role='button'
          aria-label={`查看第 ${i + 1} 张照片`} onClick={() => open(i)}
        >
          <Image className='photos__img' src={url} mode='aspectFill' />
        </View>
      ))}
    </View>
  )
}
