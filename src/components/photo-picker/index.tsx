import { View, Text, Image } from '@tarojs/components'
import type { PhotoItem, PhotoUploads } from '../../hooks/use-photo-uploads'
import './index.scss'

type Props = {
  photos: PhotoUploads
  /** Who will see the photos, in words the sender understands. */
  note: string
  /** A message for the whole list (e.g. "still uploading" when the form was sent too early). */
  error?: string
  /** The heading; by default the photos are optional. */
  title?: string
}

const STATUS_TEXT: Record<PhotoItem['status'], string> = { preparing: '处理中', uploading: '上传中', done: '', failed: '上传失败' }

/** Evidence photos: a grid of thumbnails, each with its own progress, 重试 on failure and a large ✕; at most 9. */
export default function PhotoPicker({ photos, note, error, title = '照片（可以不传）' }: Props) {
  const { items, max } = photos
  const busy = items.filter((i) => i.status === 'preparing' || i.status === 'uploading').length
  const failed = items.filter((i) => i.error)
  return (
    <View className='photos'>
      <View className='photos__head'>
        <Text className='photos__title'>{title}</Text>
        <Text className='photos__count'>{items.length}/{max}{busy ? ` · ${busy} 张上传中` : ''}</Text>
      </View>
      <View className='photos__grid'>
        {items.map((item, i) => (
          <View key={item.key} className={`photos__cell photos__cell--${item.status}`}>
            <Image className='photos__img' src={item.preview} mode='aspectFill' aria-label={`第 ${i + 1} 张照片`} />
            {item.status !== 'done' ? (
              <View className='photos__veil'>
                {item.status === 'failed' ? null : <View className='photos__spinner' />}
                <Text className='photos__state'>{STATUS_TEXT[item.status]}</Text>
                {item.status === 'failed' && item.retryable ? (
                  <View className='photos__retry' role='button' aria-label={`重试上传第 ${i + 1} 张照片`} onClick={() => photos.retry(item.key)}>
                    重试
                  </View>
                ) : null}
              </View>
            ) : null}
            <View className='photos__remove' role='button' aria-label={`删除第 ${i + 1} 张照片`} onClick={() => photos.remove(item.key)}>
              <Text className='photos__x'>✕</Text>
            </View>
          </View>
        ))}
        {items.length < max ? (
          <View className='photos__cell photos__add' role='button' aria-label='添加照片' onClick={() => void photos.add()}>
            <Text className='photos__plus'>＋</Text>
            <Text>添加照片</Text>
          </View>
        ) : null}
      </View>
      {failed.map((item) => (
        <View key={item.key} className='field-error' role='alert'>第 {items.indexOf(item) + 1} 张：{item.error}</View>
      ))}
      {error ? <View className='field-error' role='alert'>{error}</View> : null}
      <Text className='photos__note'>{note}</Text>
    </View>
  )
}
