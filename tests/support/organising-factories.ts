/** Organising-list records with minimal defaults (unique credit code and town per call unless given). */
import type { InsuredImport, OrganisingEntry } from '../../cloudfunctions/_lib/store/organising-port'
import { creditCode, uid } from './factories'

export function entry(overrides: Partial<OrganisingEntry> = {}): OrganisingEntry {
  const at = '2026-03-10T10:00:00+08:00'
  const insured = overrides.insured ?? 30
  return {
    creditCode: creditCode(), name: '清单测试有限公司', insured, month: '2026-02', townId: uid('town'), areaId: null, enterpriseId: null,
    covered: false, coveredAt: null, status: 'todo', organiserOpenid: null, organiserName: null, nextContact: null, remindAt: null,
    notes: [], history: [{ importId: 'imp-1', month: '2026-02', insured, at }], importId: 'imp-1', createdAt: at, updatedAt: at, version: 1,
    ...overrides,
  }
}

export function insuredImport(overrides: Partial<InsuredImport> = {}): InsuredImport {
  return { id: uid('imp'), by: 'o-admin', orgId: 'yw', createdAt: '2026-03-10T10:00:00+08:00', status: 'staging', chunks: 0, rows: 0, version: 1, ...overrides }
}
