import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import ErrorNotice from '../../../components/error-notice'
import { useRecord } from '../../../hooks/use-record'
import { legalAidApi, type AidView } from '../../../services/legal'
import { LEGAL } from '../../links'
import AidOfficer from './officer'
import { AidFacts, AidHeader, Decision, Materials } from './parts'
import SupplyForm from './supply-form'

/** The applicant's status page: where it stands, what the union asked for (and the reply form), the decision. */
function AidApplicant({ view, reload }: { view: AidView; reload: () => Promise<void> }) {
  return (
    <View>
      <AidHeader view={view} />
      <Decision view={view} />
      {view.status === 'withdrawn' ? (
        <View className='section'>
          <Text>超过 15 个工作日没有补充材料，这份申请已撤回。您可以重新申请。</Text>
          <Button size='large' block onClick={() => void Taro.navigateTo({ url: LEGAL.aid })}>重新申请</Button>
        </View>
      ) : null}
      <Materials view={view} />
      {view.status === 'awaiting_material' ? <SupplyForm id={view.id} reload={reload} /> : null}
      <AidFacts view={view} />
    </View>
  )
}

type Props = { id: string | undefined; onChanged?: () => void }

/**
 * One legal-aid application as the server lets the caller see it: the applicant's status page, or the deciding
 * officer's page (identity, income, 补充材料, the decision). Beside the aid queue at a desk (`onChanged`).
 */
export default function AidCaseView({ id, onChanged }: Props) {
  const { state, reload } = useRecord(id, legalAidApi.get, '没有找到这份援助申请')
  if (state.status === 'loading') return <View className='section muted'>正在加载…</View>
  if (state.status === 'error') return <ErrorNotice error={state.error} onRetry={() => void reload()} />
  const v = state.view
  const changed = async () => {
    await reload()
    onChanged?.()
  }
  return v.role === 'officer' ? <AidOfficer view={v} reload={changed} /> : <AidApplicant view={v} reload={changed} />
}
