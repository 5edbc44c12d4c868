/** Where an applicant works, in one line (zod-free, no Taro): for the officer's queue and review pages. */
import type { WorkplaceView } from '../../../types/membership-views'

type Workplace = Pick<WorkplaceView, 'enterpriseName' | 'noFixedEmployer' | 'occupation'> & { townName?: string | null }

/** The enterprise, or "无固定单位 · 快递员" for new-employment workers, with the town when known. */
export function workplaceText(w: Workplace): string {
  const where = w.noFixedEmployer ? `无固定单位 · ${w.occupation ?? '新就业形态'}` : w.enterpriseName ?? '单位未填写'
  return w.townName ? `${where} · ${w.townName}` : where
}
