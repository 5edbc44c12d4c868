import { View, Text } from '@tarojs/components'
import type { AidOrgStats, LegalOrgStats, LegalStatsRow } from '../../../services/legal'
import { minutesLabel, percentLabel } from '../../desk-format'

type Rate<S> = { key: string; label: string; rate: (s: S) => number | null; count: (s: S) => string }

const RATES: Rate<LegalOrgStats>[] = [
  { key: 'within24h', label: '24 小时内答复', rate: (s) => s.answeredWithin24hRate, count: (s) => `${s.answeredWithin24h} / ${s.consultations} 件` },
  { key: 'satisfied', label: '满意（4 分及以上）', rate: (s) => s.satisfiedRate, count: (s) => `评价 ${s.ratings} 件${s.meanRating === null ? '' : ` · 平均 ${s.meanRating.toFixed(2)} 分`}` },
  { key: 'solved', label: '问题解决了', rate: (s) => s.solvedRate, count: (s) => `评价 ${s.ratings} 件` },
]

const AID_RATES: Rate<AidOrgStats>[] = [
  { key: 'aidOnTime', label: '援助申请按时决定', rate: (a) => a.decidedOnTimeRate, count: (a) => `${a.decidedOnTime} / ${a.decided} 件` },
  { key: 'aidGranted', label: '同意援助', rate: (a) => a.grantedRate, count: (a) => `${a.granted} / ${a.decided} 件` },
]

function Bar<S>({ m, s }: { m: Rate<S>; s: S }) {
  const rate = m.rate(s)
  return (
    <View className={`lstats__metric lstats__metric--${m.key}`}>
      <View className='lstats__line'><Text>{m.label}</Text><Text className='lstats__value'>{percentLabel(rate)}</Text></View>
      <View className='lstats__bar' aria-hidden>{rate === null ? null : <View className='lstats__fill' style={{ width: `${Math.round(rate * 100)}%` }} />}</View>
      <Text className='muted'>{m.count(s)}</Text>
    </View>
  )
}

/** One org's legal figures (its subtree rolled up), consultations and aid: a bar per rate, drawn with Views (no chart library). */
export default function LegalStatsCard({ row }: { row: LegalStatsRow }) {
  const s = row.consultations
  return (
    <View className='lstats__card'>
      <Text className='lstats__org'>{row.org.name}</Text>
      <Text>法律咨询 {s.consultations} 件（含下属）· 已答复 {s.answered} 件</Text>
      <Text className='muted'>首次答复用时中位数 {minutesLabel(s.medianMinutesToFirstAnswer)} · 督办 {s.supervised} 件 · 超时未答复 {s.missed} 件</Text>
      {RATES.map((m) => <Bar key={m.key} m={m} s={s} />)}
      {row.aid ? (
        <View className='lstats__aid'>
          <Text>法律援助申请 {row.aid.applications} 件 · 待决定 {row.aid.undecided} 件 · 超期 {row.aid.overdue} 件 · 撤回 {row.aid.withdrawn} 件</Text>
          {AID_RATES.map((m) => <Bar key={m.key} m={m} s={row.aid!} />)}
        </View>
      ) : null}
    </View>
  )
}
