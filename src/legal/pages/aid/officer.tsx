import { View, Text } from '@tarojs/components'
import { yuanLabel } from '../../../../types/legal/money'
import { useConfirmedAction } from '../../../hooks/use-confirmed-action'
import { legalAidApi, type AidOfficerView } from '../../../services/legal'
import DeskTextForm from '../../components/desk-text-form'
import ErrorNotice from '../../../components/error-notice'
import DecideForm from './decide-form'
import { AidFacts, AidHeader, Decision, Materials, kv } from './parts'

const undecided = (v: AidOfficerView) => v.status === 'pending' || v.status === 'awaiting_material'

/** The deciding officer's page: full identity and income (the read is recorded), the case, 补充材料, the decision. */
export default function AidOfficer({ view, reload }: { view: AidOfficerView; reload: () => Promise<void> }) {
  const material = useConfirmedAction(reload)
  return (
    <View className='ldesk__cols'>
      <View>
        <AidHeader view={view} />
        <View className='section'>
          <Text className='section-title'>申请人</Text>
          {kv('姓名', view.applicant.name)}
          {kv('手机号', view.applicant.phone)}
          {kv('进城务工人员', view.migrantWorker ? '是' : '否')}
          {kv('困难职工', view.hardship ? '是' : '否')}
          {kv('家庭人均月收入', yuanLabel(view.householdIncomePerPerson))}
          <Text className='muted'>本次查看已记录。请只为审查使用这些信息，不要联系申请人的单位。</Text>
        </View>
        <AidFacts view={view} />
        <Materials view={view} />
        <Decision view={view} />
      </View>
      {undecided(view) ? (
        <View>
          {view.status === 'pending' ? (
            <DeskTextForm title='要求补充材料' name='text' label='需要补充的材料' max={500} placeholder='写明需要什么材料（审查期限暂停，申请人补充后继续）'
              submit='发给申请人' done='已通知申请人' action={material} send={(text) => legalAidApi.requestMaterial(view.id, text)}
              confirm={{ title: '要求补充材料？', content: '审查期限暂停；申请人 15 个工作日内不补充，申请视为撤回。' }}
            />
          ) : null}
          {material.error ? <ErrorNotice error={material.error} /> : null}
          <DecideForm view={view} reload={reload} />
        </View>
      ) : null}
    </View>
  )
}
