import { View } from '@tarojs/components'
import { DOCUMENT_SLOTS, DOCUMENT_SLOT_LABELS, REQUIRED_SLOTS, type BenefitKind, type DocumentSlot } from '../../../types/mutual-aid-labels'
import FieldError from '../../components/field-error'
import PhotoPicker from '../../components/photo-picker'
import type { ClaimPhotos } from '../hooks/use-claim-photos'

const NOTE = '只有审核您理赔的工会能看到这些照片。请拍清楚金额、日期和医院盖章。'

/** The typed photo slots, required ones first and marked; each slot uploads its photos as soon as they are chosen. */
export default function SlotPhotos({ photos, benefit, fields }: { photos: ClaimPhotos; benefit: BenefitKind | null; fields: Record<string, string> }) {
  const required: DocumentSlot[] = benefit ? REQUIRED_SLOTS[benefit] : []
  const order = [...required, ...DOCUMENT_SLOTS.filter((s) => !required.includes(s))]
  return (
    <View>
      {order.map((slot) => (
        <View key={slot} className='ma__slot' role='group' aria-label={DOCUMENT_SLOT_LABELS[slot]}>
          <PhotoPicker photos={photos.slots[slot]} title={`${DOCUMENT_SLOT_LABELS[slot]}${required.includes(slot) ? '（必传）' : '（可以不传）'}`}
            error={fields[`slot.${slot}`]} note={slot === order[order.length - 1] ? NOTE : ''}
          />
        </View>
      ))}
      <FieldError fields={fields} name='attachments' />
    </View>
  )
}
