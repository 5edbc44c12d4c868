import { useMemo } from 'react'
import { DOCUMENT_SLOTS, type DocumentSlot } from '../../../types/mutual-aid-labels'
import { usePhotoUploads, type PhotoUploads } from '../../hooks/use-photo-uploads'
import { mutualAidApi } from '../../services/mutual-aid'

/** Photos per slot; 4 slots × 5 stays within the claim's 20 attachments. */
export const PER_SLOT = 5

export type ClaimPhotos = {
  slots: Record<DocumentSlot, PhotoUploads>
  /** Slots with at least one uploaded photo. */
  filled: DocumentSlot[]
  /** What is sent, slot by slot, in order; `keys` match it for the server's `attachments.<i>` messages. */
  attachments: { slot: DocumentSlot; fileId: string }[]
  keys: { slot: DocumentSlot; key: string }[]
  problem: string | null
  /** Marks the photos the server named (`attachments.<i>`) as failed, so 重试 uploads them again. */
  reject: (fields: Record<string, string>, sent: { slot: DocumentSlot; key: string }[]) => void
  clear: () => void
}

/** The typed photo slots of a claim (发票, 医保结算单, 出院小结, 诊断证明), each uploading as soon as a photo is chosen. */
export function useClaimPhotos(): ClaimPhotos {
  const invoice = usePhotoUploads(PER_SLOT, mutualAidApi.upload)
  const settlement = usePhotoUploads(PER_SLOT, mutualAidApi.upload)
  const dischargeSummary = usePhotoUploads(PER_SLOT, mutualAidApi.upload)
  const diagnosis = usePhotoUploads(PER_SLOT, mutualAidApi.upload)
  return useMemo(() => {
    const slots: Record<DocumentSlot, PhotoUploads> = { invoice, settlement, discharge_summary: dischargeSummary, diagnosis }
    const attachments = DOCUMENT_SLOTS.flatMap((slot) => slots[slot].fileIds.map((fileId) => ({ slot, fileId })))
    const keys = DOCUMENT_SLOTS.flatMap((slot) => slots[slot].sentKeys.map((key) => ({ slot, key })))
    return {
      slots,
      filled: DOCUMENT_SLOTS.filter((slot) => slots[slot].fileIds.length > 0),
      attachments,
      keys,
      problem: DOCUMENT_SLOTS.map((slot) => slots[slot].problem).find(Boolean) ?? null,
      reject(fields, sent) {
        for (const slot of DOCUMENT_SLOTS) {
          const mine = sent.map((s, i) => ({ ...s, i })).filter((s) => s.slot === slot)
          const local: Record<string, string> = {}
          mine.forEach((s, j) => {
            if (fields[`attachments.${s.i}`]) local[`attachments.${j}`] = fields[`attachments.${s.i}`]
          })
          slots[slot].reject(local, mine.map((s) => s.key))
        }
      },
      clear() {
        DOCUMENT_SLOTS.forEach((slot) => slots[slot].clear())
      },
    }
  }, [invoice, settlement, dischargeSummary, diagnosis])
}
