import { useState } from 'react'
import { View, Text, Input } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { PRIVACY_LABELS } from '../../../../types/grievance-labels'
import { orgTypeLabel } from '../../../services/labels'
import { grievanceApi, type OfficerCaseView } from '../../../services/grievance'
import Choice from '../../../components/choice'
import FieldError from '../../../components/field-error'
import type { ConfirmedAction } from '../../../hooks/use-confirmed-action'
import { useTransferTargets } from '../../hooks/use-transfer-targets'

type Props = { view: OfficerCaseView; officerOrgId: string | null; action: ConfirmedAction; onDone: (ok: boolean) => void }

/** Send the case to another union (up the chain or to an org of this town), with a reason. */
export default function TransferForm({ view, officerOrgId, action, onDone }: Props) {
  const { targets, more } = useTransferTargets(officerOrgId)
  const [toOrgId, setToOrgId] = useState<string | null>(null)
  const [reason, setReason] = useState('')
  // The exact modes chosen, e.g. 报告人选择了“匿名”.
  const protectedModes = [...new Set(view.reporters.filter((r) => r.privacy !== 'named').map((r) => `“${PRIVACY_LABELS[r.privacy]}”`))]
  const chosenBy = view.reporters.some((r) => r.privacy !== 'named' && r.role === 'reporter') ? '报告人' : '一起反映的职工'
  const choices = targets.filter((o) => o.id !== view.assignedOrgId)
  const target = choices.find((o) => o.id === toOrgId)

  return (
    <View className='case__form'>
      <Text className='case__label'>转给哪个工会？</Text>
      {protectedModes.length ? <Text className='muted'>{chosenBy}选择了{protectedModes.join('、')}：只能转给镇（街道）总工会或市总工会。</Text> : null}
      {choices.length === 0 ? <Text className='muted'>正在加载可选的工会…</Text> : null}
      {choices.map((o) => (
        <Choice key={o.id} title={o.name} hint={orgTypeLabel(o)} on={o.id === toOrgId} onClick={() => setToOrgId(o.id)} />
      ))}
      {more ? <Text className='muted'>只列出前 100 个组织；其他组织请先转给所在镇（街道）总工会。</Text> : null}
      <FieldError fields={action.fields} name='toOrgId' />
      <Text className='case__label'>转办原因</Text>
      <Input
        className={`text-input ${action.fields.reason ? 'text-input--invalid' : ''}`}
        value={reason}
        maxlength={200}
        placeholder='例如：属于该联合工会负责的企业'
        aria-label='转办原因'
        onInput={(e) => setReason(e.detail.value)}
      />
      <FieldError fields={action.fields} name='reason' />
      <View className='case__submit'>
        <Button type='primary' block loading={action.busy} disabled={!target} onClick={() => void action.run(
          { title: `转给${target?.name ?? ''}？`, content: '转办后由对方重新计算受理期限，本级不能再撤回。' },
          () => grievanceApi.transfer({ id: view.id, toOrgId: toOrgId ?? '', reason }), '已转办').then(onDone)}
        >
          确认转办
        </Button>
      </View>
    </View>
  )
}
