/**
 * The demo's organising list (issue 13 §2): a small social-insurance list of 苏溪镇 imported by its admin through
 * the real `organising` function — directory enterprises with and without a union (only the un-unionised ones with
 * 25 or more insured are listed) and two 未入库 ones (fictional names, credit codes that only pass the check
 * digit) — and one row already contacted by the town with a next-contact day. Safe to run again (an import
 * replaces the counts; the contact note is added once).
 */
import type { Deps } from '../../cloudfunctions/_lib/runtime/deps'
import { organising } from '../../cloudfunctions/organising'

export const DEMO_INSURED_ROWS = [
  { creditCode: '91330782MA2EDQXF8K', name: '义乌市凯晟拉链有限公司', insured: 118, townId: '苏溪镇', month: '2026-02' },
  { creditCode: '913307827976259041', name: '义乌市鼎辉袜业有限公司', insured: 131, townId: '苏溪镇', month: '2026-02' },
  { creditCode: '91330782786600808U', name: '义乌市嘉邦针织有限公司', insured: 92, townId: '苏溪镇', month: '2026-02' },
  { creditCode: '91330782MA2W3NNG6Y', name: '义乌市新利袜业有限公司', insured: 19, townId: '苏溪镇', month: '2026-02' },
  { creditCode: '91330782MA21U6RU95', name: '义乌华鑫织造有限公司', insured: 305, townId: '苏溪镇', month: '2026-02' },
  { creditCode: '91330782MA2C39H6X8', name: '联合工会覆盖企业', insured: 40, townId: '苏溪镇', month: '2026-02' },
  { creditCode: '923307820000000011', name: '义乌市演示包装制品有限公司（演示数据）', insured: 66, townId: '苏溪镇', month: '2026-02' },
  { creditCode: '923307820000000024', name: '义乌市演示电子商务有限公司（演示数据）', insured: 27, townId: '苏溪镇', month: '2026-02' },
]

export async function seedDemoOrganising(deps: Deps, now = new Date()): Promise<void> {
  const call = (openid: string, action: string, input: Record<string, unknown>) => organising.invoke({ action, ...input }, { kind: 'user', openid }, deps, now)
  const out = await call('o-town-sx-admin', 'importInsured', { rows: DEMO_INSURED_ROWS, last: true })
  if (!out.ok) throw new Error(`demo organising list is invalid: ${out.error.message} ${JSON.stringify(out.error.fields ?? {})}`)
  const first = await deps.store.organising.getEntry(DEMO_INSURED_ROWS[1].creditCode)
  if (first && first.notes.length === 0) {
    await call('o-town-sx-1', 'assign', { creditCode: first.creditCode, organiserOpenid: 'o-town-sx-1' })
    await call('o-town-sx-1', 'update', { creditCode: first.creditCode, status: 'contacted', note: '已电话联系企业负责人，约定上门宣讲建会政策（演示数据）' })
  }
}
