import { useCallback, useEffect, useState } from 'react'
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { MEMBER_STATUS_LABELS } from '../../../../types/membership-labels'
import DeskLayout from '../../../components/desk-layout'
import EmptyState from '../../../components/empty-state'
import PagedList from '../../../components/paged-list'
import { usePaged } from '../../../hooks/use-paged'
import { mutualAidApi, type PlanView } from '../../../services/mutual-aid'
import EnrolProgress from '../../components/enrol-progress'
import PlanPicker, { defaultPlan } from '../../components/plan-picker'
import { shanghaiToday, yuan } from '../../format'
import { useEnrol } from '../../hooks/use-enrol'
import { withTextScale } from '../../../components/text-scale'
import '../../mutual-aid.scss'

/** 互助参保登记: the union enrols its members from the roster (a pick, or everyone in good standing) for a plan. */
function EnrolPage() {
  const [plans, setPlans] = useState<PlanView[] | null>(null)
  const [planId, setPlanId] = useState<string | null>(null)
  const [picked, setPicked] = useState<string[]>([])
  const roster = usePaged(useCallback((after?: string) => mutualAidApi.roster(after), []))
  const { progress, enrol, enrolAll } = useEnrol()
  useEffect(() => {
    void mutualAidApi.plans().then((res) => {
      const list = res.ok ? res.data.items : []
      setPlans(list)
      setPlanId(defaultPlan(list, shanghaiToday()))
    })
  }, [])
  const plan = plans?.find((p) => p.id === planId) ?? null
  const busy = progress.phase === 'roster' || progress.phase === 'enrolling'
  const ask = async (count: string) =>
    (await Taro.showModal({ title: `为${count}登记参保？`, content: `${plan?.name ?? ''}，每人 ${yuan(plan?.feePerPerson ?? 0)}。会费通过银行转账缴给镇（街道）总工会，不在小程序里付款。`, confirmText: '登记', cancelText: '取消' })).confirm
  const sendPicked = async () => {
    if (plan && picked.length && (await ask(`选中的 ${picked.length} 人`))) {
      await enrol(plan.id, picked)
      setPicked([])
    }
  }
  const sendAll = async () => {
    if (plan && (await ask('全部在册会员'))) await enrolAll(plan.id)
  }
  const toggle = (no: string) => setPicked((p) => (p.includes(no) ? p.filter((x) => x !== no) : [...p, no]))
  return (
    <DeskLayout active='mutual-aid'>
      <View className='ma'>
        <View className='section'>
          <Text className='section-title'>1. 选择互助计划</Text>
          {plans ? <PlanPicker plans={plans} value={planId} onChange={setPlanId} /> : <Text className='muted'>正在加载…</Text>}
        </View>
        <View className='section'>
          <Text className='section-title'>2. 选择会员</Text>
          <Text className='ma__hint'>只有在册（正常状态）的会员可以参保；已登记过的不会重复登记。</Text>
          <Button type='primary' block disabled={!plan || busy} loading={progress.phase === 'roster'} onClick={() => void sendAll()}>登记全部在册会员</Button>
        </View>
        <EnrolProgress progress={progress} fee={plan?.feePerPerson ?? 0} />
        <PagedList state={roster.state} reload={roster.reload} loadMore={roster.loadMore} empty={<EmptyState title='本工会还没有会员' />}>
          <View className='ma__list'>
            {roster.state.items.map((m) => {
              const on = picked.includes(m.memberNo)
              const active = m.status === 'active'
              return (
                <View key={m.id} className={`choice ${on ? 'choice--on' : ''}`} role='checkbox' aria-checked={on} aria-disabled={!active} onClick={() => active && toggle(m.memberNo)}>
                  <View className='choice__head'><Text className='choice__mark'>{on ? '☑' : '☐'}</Text><Text className='choice__title'>{m.name} · {m.memberNo}</Text></View>
                  {active ? null : <Text className='choice__hint'>{MEMBER_STATUS_LABELS[m.status]}，不能参保</Text>}
                </View>
              )
            })}
          </View>
        </PagedList>
        <View className='ma__actions'>
          <Button type='primary' size='large' block disabled={!plan || busy || picked.length === 0} onClick={() => void sendPicked()}>登记选中的 {picked.length} 人</Button>
        </View>
      </View>
    </DeskLayout>
  )
}

export default withTextScale(EnrolPage)
