import { useEffect, useState } from 'react'
import { View, Text } from '@tarojs/components'
import DeskLayout from '../../../components/desk-layout'
import ErrorNotice from '../../../components/error-notice'
import type { ErrorBody } from '../../../../types/envelope'
import { organisingApi, type TownProgress } from '../../../services/organising'
import '../../organising.scss'
import { withTextScale } from '../../../components/text-scale'

const percent = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`)

function Row({ t }: { t: TownProgress }) {
  return (
    <View className='org__row'>
      <Text>{t.name}</Text>
      <Text className='org__muted'>清单中 {t.onList} 家 · 今年已建会 {t.organisedThisYear} 家 · 参保职工覆盖率 {percent(t.coverage)}（{t.insuredCovered} / {t.insuredAll} 人）</Text>
    </View>
  )
}

/** 建会进度 per town: on the list, organised this year, and union coverage of insured workers. */
function ProgressPage() {
  const [data, setData] = useState<{ towns: TownProgress[]; total: TownProgress; year: number } | null>(null)
  const [error, setError] = useState<ErrorBody | null>(null)
  const load = async () => {
    const res = await organisingApi.progress()
    if (res.ok) setData(res.data)
    else setError(res.error)
  }
  useEffect(() => void load(), [])
  return (
    <DeskLayout active='organising'>
      <View className='org'>
        <Text className='section-title'>建会进度{data ? `（${data.year} 年）` : ''}</Text>
        {error && <ErrorNotice error={error} onRetry={() => void load()} />}
        {data && data.towns.map((t) => <Row key={t.townId} t={t} />)}
        {data && data.towns.length > 1 && <Row t={{ ...data.total, name: '合计' }} />}
      </View>
    </DeskLayout>
  )
}

export default withTextScale(ProgressPage)
