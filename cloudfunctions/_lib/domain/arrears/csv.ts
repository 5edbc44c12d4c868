/**
 * The month board as CSV for Excel: UTF-8 with a byte-order mark, CRLF rows, RFC 4180 quoting and formula
 * neutralising (the grievance statistics' csvCell), Chinese headers.
 */
import { BOARD_STATE_LABELS, DIRECT_GROUP_LABEL, monthLabel } from '../../../../types/arrears-labels'
import { csvCell } from '../grievance/csv'
import type { Board } from './board'

const HEADER = ['月份', '片区', '企业名称', '统一社会信用代码', '报送单位', '状态', '逾期报送', '欠薪人数', '欠薪金额(元)', '欠薪起始月份', '预警诉求编号']

/** `creditCodes`: enterprise id → credit code (the board rows leave it out). */
export function boardCsv(month: string, board: Pick<Board, 'rows' | 'names'>, creditCodes: ReadonlyMap<string, string>): string {
  const { rows, names } = board
  const lines = [HEADER, ...rows.map((r) => [
    monthLabel(month), r.groupId === null ? DIRECT_GROUP_LABEL : names[r.groupId], r.enterpriseName, creditCodes.get(r.enterpriseId) ?? null,
    names[r.filerOrgId] ?? r.filerOrgId, BOARD_STATE_LABELS[r.state], r.late ? '是' : null,
    r.workers ?? null, r.amount === undefined ? null : r.amount.toFixed(2), r.since ?? null, r.caseId ?? null,
  ])]
  return `\uFEFF${lines.map((cells) => cells.map((c) => csvCell(c)).join(',')).join('\r\n')}\r\n`
}
