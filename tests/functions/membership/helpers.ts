/** Shared test data for the membership function tests (not a test file: jest runs *.test.ts only). */
import { randomBytes } from 'node:crypto'
import type { Harness } from '../../support/harness'
import { uid } from '../../support/factories'
import { idNumberCheckChar } from '../../../types/id-number'

/** Tuesday 2026-03-10 10:00 in Shanghai: an application received now is to be reviewed by the end of 03-31. */
export const TUE = new Date('2026-03-10T10:00:00+08:00')
export const REVIEW_BY = '2026-04-01T00:00:00+08:00'

export const newWorker = () => uid('o-w')

let serial = randomBytes(2).readUInt16BE() % 5000
/** A valid 18-character ID number, unique per call (birth date and sequence vary); `x: true` → one ending in X. */
export function idNumber(opts: { x?: boolean } = {}): string {
  for (;;) {
    serial++
    const birth = new Date(Date.UTC(1970, 0, 1) + (serial % 12000) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '')
    const first17 = `330782${birth}${String(serial % 1000).padStart(3, '0')}`
    const id = first17 + idNumberCheckChar(first17)
    if (!opts.x || id.endsWith('X')) return id
  }
}

let phoneSerial = randomBytes(3).readUIntBE(0, 3) % 10_000_000
export const phone = () => `139${String(++phoneSerial).padStart(8, '0')}`

export const application = (over: Record<string, unknown> = {}) => ({
  requestId: uid('req'), name: '张小红', idNumber: idNumber(), phone: phone(), enterpriseId: 'e-hx',
  consents: { idNumber: true, shareWithUnion: true }, ...over,
})

/** The data of a successful reply; a failure fails the test with its code (and the logged bug, if INTERNAL). */
export function data(h: Harness, out: any): any {
  if (out.ok) return out.data
  const bug = out.error.code === 'INTERNAL' ? JSON.stringify(h.log.entries.slice(-1)) : ''
  throw new Error(`expected ok, got ${out.error.code}: ${out.error.message} ${JSON.stringify(out.error.fields ?? {})} ${bug}`)
}

/** Applies as `openid` and returns the ApplySummary. */
export async function apply(h: Harness, openid: string, over: Record<string, unknown> = {}, now = TUE) {
  return data(h, await h.as(openid)('membership', 'apply', application(over), now))
}

/** A fresh worker who applied (at 苏溪镇总工会 unless told otherwise) and was approved by a town officer. */
export async function member(h: Harness, over: Record<string, unknown> = { enterpriseId: 'e-sx-007' }) {
  const openid = newWorker()
  const app = await apply(h, openid, over)
  const officer = app.assignedOrgId === 'sx' ? 'o-town-sx-1' : 'o-city-admin'
  const approved = data(h, await h.as(officer)('membership', 'approve', { id: app.id }, TUE))
  return { openid, applicationId: app.id, memberId: approved.memberId as string, memberNo: approved.memberNo as string }
}
