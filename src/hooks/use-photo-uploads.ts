import { useCallback, useMemo, useRef, useState } from 'react'
import type { Envelope } from '../../types/envelope'
import { grievanceApi } from '../services/grievance'
import { MAX_PHOTOS, type PhotoData } from '../components/photo-picker/photo-format'
import { choosePhotos, readPhoto, type PickedPhoto } from '../components/photo-picker/photo-io'

export type PhotoStatus = 'preparing' | 'uploading' | 'done' | 'failed'
export type PhotoItem = {
  key: string
  /** Local path shown as the thumbnail. */
  preview: string
  status: PhotoStatus
  fileId: string | null
  error: string | null
  /** False when trying again cannot help (not a photo, too large): the worker should remove it. */
  retryable: boolean
}
type Source = { picked: PickedPhoto; data: PhotoData | null }

let seq = 0
const READ_FAILED = '这张照片读取失败，请重试或换一张'

/**
 * Evidence photos being attached: each is shrunk, read and uploaded one after another as soon as it is
 * chosen, so the form can be sent as soon as the worker is done. Only uploaded photos are sent (`fileIds`);
 * a failed one offers 重试 (with the bytes already read) or removal. At most 9.
 */
/** Sends one shrunk photo to a function's `upload` (or its direct-upload slot) and answers its file id. */
export type PhotoUploader = (photo: PhotoData) => Promise<Envelope<{ fileId: string }>>

export function usePhotoUploads(max = MAX_PHOTOS, upload: PhotoUploader = grievanceApi.upload) {
  const [items, setItems] = useState<PhotoItem[]>([])
  const sources = useRef(new Map<string, Source>())
  const queue = useRef<Promise<void>>(Promise.resolve())

  const patch = useCallback((key: string, p: Partial<PhotoItem>) => {
    setItems((list) => list.map((i) => (i.key === key ? { ...i, ...p } : i)))
  }, [])

  const prepareAndUpload = useCallback(
    async (key: string) => {
      const source = sources.current.get(key)
      if (!source) return // removed while waiting
      if (!source.data) {
        patch(key, { status: 'preparing', error: null })
        try {
          const read = await readPhoto(source.picked)
          if ('problem' in read) return patch(key, { status: 'failed', error: read.problem, retryable: false })
          source.data = read
        } catch {
          return patch(key, { status: 'failed', error: READ_FAILED, retryable: true })
        }
      }
      if (!sources.current.has(key)) return
      patch(key, { status: 'uploading', error: null })
      const res = await upload(source.data)
      if (res.ok) return patch(key, { status: 'done', fileId: res.data.fileId, error: null })
      // A rejection of the bytes themselves (type, size) will not change on retry.
      const retryable = !res.error.fields?.dataBase64 && !res.error.fields?.contentType
      patch(key, { status: 'failed', fileId: null, error: res.error.message, retryable })
    },
    [patch, upload],
  )

  const enqueue = useCallback((key: string) => {
    // An unexpected throw fails this photo only; the queue goes on with the next.
    queue.current = queue.current
      .then(() => prepareAndUpload(key))
      .catch(() => patch(key, { status: 'failed', error: READ_FAILED, retryable: true }))
  }, [patch, prepareAndUpload])

  /** Opens the album/camera for the photos still allowed and starts uploading what was chosen. */
  const add = useCallback(async () => {
    const room = max - items.length
    const picked = (await choosePhotos(room)).slice(0, Math.max(0, room))
    const added = picked.map((p): PhotoItem => {
      const key = `p${++seq}`
      sources.current.set(key, { picked: p, data: null })
      return { key, preview: p.path, status: 'preparing', fileId: null, error: null, retryable: true }
    })
    if (added.length === 0) return
    setItems((list) => [...list, ...added].slice(0, max))
    added.forEach((i) => enqueue(i.key))
  }, [enqueue, items.length, max])

  const retry = useCallback((key: string) => {
    patch(key, { status: 'preparing', error: null })
    enqueue(key)
  }, [enqueue, patch])

  const remove = useCallback((key: string) => {
    sources.current.delete(key)
    setItems((list) => list.filter((i) => i.key !== key))
  }, [])

  const clear = useCallback(() => {
    sources.current.clear()
    setItems([])
  }, [])

  const sent = useMemo(() => items.filter((i) => i.status === 'done' && i.fileId), [items])

  /**
   * The server names bad attachments by their index in what was sent (`attachments.<i>`, e.g. a file deleted
   * meanwhile): those photos become failed, and 重试 uploads them again.
   */
  const reject = useCallback((fields: Record<string, string>, sentKeys: string[]) => {
    sentKeys.forEach((key, i) => {
      const message = fields[`attachments.${i}`]
      if (message) patch(key, { status: 'failed', fileId: null, error: message, retryable: true })
    })
  }, [patch])

  /** Why the form cannot be sent yet, or null. Failed photos must be retried or removed, never silently dropped. */
  const problem = items.some((i) => i.status === 'preparing' || i.status === 'uploading')
    ? '照片还在上传，请稍等上传完成'
    : items.some((i) => i.status === 'failed')
      ? '有照片没有上传成功：请点“重试”，或点 ✕ 删除它'
      : null

  return {
    items,
    max,
    fileIds: sent.map((i) => i.fileId as string),
    sentKeys: sent.map((i) => i.key),
    problem,
    add,
    retry,
    remove,
    clear,
    reject,
  }
}

export type PhotoUploads = ReturnType<typeof usePhotoUploads>
