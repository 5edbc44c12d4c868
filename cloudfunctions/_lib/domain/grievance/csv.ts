/**
 * Statistics as CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads Chinese as GBK and
 * garbles it), CRLF rows, RFC 4180 quoting, and a leading ' on cells Excel would run as a formula.
 */
import type { Org } from '../../../../types/directory'
import { ORG_TYPE_LABELS } from '../../../../types/directory'
import type { OrgStats } from './stats'

const HEADER = [
  '组织编号',
  '组织名称',
  '组织类型',
  '收到诉求',
  '按时受理',
  '按时受理率',
  '办结',
  '办结率',
  '15天内办结',
  '15天内办结率',
  '评价数',
  '平均评分',
  '满意率(4分及以上)',
  '重新打开',
  '重新打开率',
  '督办(超时未办结)',
  '超时未受理被升级',
  '超时未受理被升级率',
]

export function csvCell(value: string | number | null): string {
  if (value === null) return ''
  let text = String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** 0.8333 → 83.3%; a hidden rate (null) is an empty cell. */
const percent = (value: number | null) => (value === null ? null : `${(value * 100).toFixed(1)}%`)

export function statsCsv(rows: ReadonlyArray<{ org: Pick<Org, 'id' | 'name' | 'type'>; stats: OrgStats }>): string {
  const lines = [HEADER.map(csvCell).join(',')]
  for (const { org, stats: s } of rows)
    lines.push(
      [
        org.id,
        org.name,
        ORG_TYPE_LABELS[org.type],
        s.received,
        s.acceptedOnTime,
        percent(s.onTimeAcceptRate),
        s.resolved,
        percent(s.closureRate),
        s.resolvedWithin15Days,
        percent(s.within15DaysRate),
        s.ratings,
        s.meanRating === null ? null : s.meanRating.toFixed(2),
        percent(s.satisfiedRate),
        s.reopened,
        percent(s.reopenRate),
        s.supervised,
        s.escalatedAway,
        percent(s.escalatedAwayRate),
      ]
        .map(csvCell)
        .join(','),
    )
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
