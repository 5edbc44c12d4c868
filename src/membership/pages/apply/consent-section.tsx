import { View, Text } from '@tarojs/components'
import { CONSENT_TEXTS } from '../../../../types/membership-labels'
import FieldError from '../../../components/field-error'
import ConsentCheck from '../../components/consent-check'
import type { ApplyForm } from './apply-form'

type Props = { form: ApplyForm; update: (patch: Partial<ApplyForm>) => void; fields: Record<string, string> }

/** The two consents, each its own tap: processing the ID number, and passing the application to the union. */
export default function ConsentSection({ form, update, fields }: Props) {
  return (
    <View className='section'>
      <Text className='section-title'>3. 请阅读并同意</Text>
      <ConsentCheck text={CONSENT_TEXTS.idNumber} on={form.consentIdNumber} invalid={!!fields['consents.idNumber']}
        onChange={(on) => update({ consentIdNumber: on })}
      />
      <FieldError fields={fields} name='consents.idNumber' />
      <ConsentCheck text={CONSENT_TEXTS.shareWithUnion} on={form.consentShare} invalid={!!fields['consents.shareWithUnion']}
        onChange={(on) => update({ consentShare: on })}
      />
      <FieldError fields={fields} name='consents.shareWithUnion' />
      <FieldError fields={fields} name='consents' />
    </View>
  )
}
