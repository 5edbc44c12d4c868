/** Legal statistics as CSV for Excel, the same format as grievance statistics (BOM, CRLF, quoting: ../grievance/csv). */
import { ORG_TYPE_LABELS, type Org } from '../../../../types/directory'
import { csvCell } from '../grievance/csv'
import type { LegalOrgStats } from './stats'

const HEADER = [
  '组织编号', '组织名称', '组织类型', '法律咨询', '已答复', '24小时内答复', '24小时内答复率', '首次答复用时中位数(分钟)',
  '评价数', '平均评分', '满意率(4分及以上)', '问题解决率', '督办(市级超时)', '超时未答复',
]

const percent = (value: number | null) => (value === null ? null : `${(value * 100).toFixed(1)}%`)

/** `extra`: more columns per row (the legal-aid figures go here), header and cells in step. */
export function legalStatsCsv(
  rows: ReadonlyArray<{ org: Pick<Org, 'id' | 'name' | 'type'>; consultations: LegalOrgStats; extra?: (string | number | null)[] }>,
  extraHeader: string[] = [],
): string {
  const lines = [[...HEADER, ...extraHeader].map(csvCell).join(',')]
  for (const { org, consultations: s, extra = [] } of rows)
    lines.push(
      [
        org.id, org.name, ORG_TYPE_LABELS[org.type], s.consultations, s.answered, s.answeredWithin24h, percent(s.answeredWithin24hRate),
        s.medianMinutesToFirstAnswer, s.ratings, s.meanRating === null ? null : s.meanRating.toFixed(2), percent(s.satisfiedRate),
        percent(s.solvedRate), s.supervised, s.missed, ...extra,
      ].map(csvCell).join(','),
    )
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
