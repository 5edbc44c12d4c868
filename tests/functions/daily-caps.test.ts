/**
 * Daily caps are taken atomically before the write (runtime/quota.ts): concurrent calls at the cap cannot all pass a
 * check made before any of them wrote, and a call that writes nothing does not use up the allowance.
 */
import { DAILY_UPLOAD_LIMIT } from '../../types/grievance'
import { DAILY_APPLICATION_LIMIT } from '../../types/membership-labels'
import { uid } from '../support/factories'
import { openHarness, type Harness } from '../support/harness'
import { TUE, data, file, newWorker, report } from './grievance/helpers'
import { png } from './grievance/images'
import { apply, application } from './membership/helpers'

let h: Harness
beforeAll(async () => {
  h = await openHarness()
})
afterAll(() => h.close())

const codes = (outs: any[]) => outs.map((o) => (o.ok ? 'ok' : o.error.code))
const count = (list: string[], code: string) => list.filter((c) => c === code).length
const limit = () => h.deps.limits.dailyReportLimit
const WED = new Date('2026-03-11T10:00:00+08:00')

describe('reports and joins (dailyReportLimit per worker and Shanghai day)', () => {
  it('When a worker sends 20 reports at once, then exactly the cap is accepted and the rest RATE_LIMITED', async () => {
    const worker = newWorker()
    const outs = await Promise.all(Array.from({ length: 20 }, () => h.as(worker)('grievance', 'submit', report(), TUE)))
    const got = codes(outs)
    expect(count(got, 'ok')).toBe(limit())
    expect(count(got, 'RATE_LIMITED')).toBe(20 - limit())
    expect(outs.find((o) => !o.ok).error.message).toBe(`每天最多提交 ${limit()} 条诉求，请明天再试`)
    expect(data(h, await h.as(worker)('grievance', 'mine', { limit: 100 })).items).toHaveLength(limit())
  })

  it('When reports and joins race at the cap, then together they stay within it', async () => {
    const worker = newWorker()
    const open = await Promise.all(Array.from({ length: 6 }, () => file(h, newWorker(), { enterpriseId: 'e-hx', category: 'safety' })))
    for (let i = 0; i < limit() - 3; i++) await file(h, worker)
    const outs = await Promise.all([
      ...open.map((c) => h.as(worker)('grievance', 'join', { caseId: c.id, requestId: uid('req'), privacy: 'named', contact: { name: '李四', phone: '13812345679' } }, TUE)),
      ...Array.from({ length: 6 }, () => h.as(worker)('grievance', 'submit', report(), TUE)),
    ])
    expect(count(codes(outs), 'ok')).toBe(3)
    expect(count(codes(outs), 'RATE_LIMITED')).toBe(9)
  })

  it('When a report is refused or is a retry, then it does not use up the allowance', async () => {
    const worker = newWorker()
    for (let i = 0; i < 3; i++) expect((await h.as(worker)('grievance', 'submit', report({ enterpriseId: undefined, townId: 'no-such-town' }), TUE)).ok).toBe(false)
    const same = report()
    for (let i = 0; i < 3; i++) data(h, await h.as(worker)('grievance', 'submit', same, TUE))
    for (let i = 0; i < limit() - 1; i++) await file(h, worker)
    expect((await h.as(worker)('grievance', 'submit', report(), TUE)).error.code).toBe('RATE_LIMITED')
    data(h, await h.as(worker)('grievance', 'submit', report(), WED)) // a new Shanghai day
  })
})

describe('evidence uploads (DAILY_UPLOAD_LIMIT per person and day)', () => {
  it('When a worker sends more photos at once than the cap allows, then exactly the cap is stored', async () => {
    const worker = newWorker()
    const photo = png().toString('base64')
    const outs = await Promise.all(Array.from({ length: DAILY_UPLOAD_LIMIT + 10 }, () =>
      h.as(worker)('grievance', 'upload', { contentType: 'image/png', dataBase64: photo }, TUE)))
    const got = codes(outs)
    expect(count(got, 'ok')).toBe(DAILY_UPLOAD_LIMIT)
    expect(count(got, 'RATE_LIMITED')).toBe(10)
    expect((await h.as(worker)('grievance', 'uploadSlot', { contentType: 'image/png' }, TUE)).error.code).toBe('RATE_LIMITED')
  })
})

describe('membership applications (DAILY_APPLICATION_LIMIT per account and day)', () => {
  it('When applications are refused before filing, then they do not count toward the cap', async () => {
    const worker = newWorker()
    for (let i = 0; i < 3; i++) {
      const out = await h.as(worker)('membership', 'apply', application({ enterpriseId: 'e-no-such' }), TUE)
      expect(out.error.code).toBe('MEMBERSHIP.UNKNOWN_ENTERPRISE')
    }
    const reject = (id: string) => h.as('o-town-sx-1')('membership', 'reject', { id, reason: 'INFO_MISMATCH', note: '经当面核实，身份信息不符。' }, TUE)
    for (let i = 0; i < DAILY_APPLICATION_LIMIT; i++) data(h, await reject((await apply(h, worker, { enterpriseId: 'e-sx-007' })).id))
    expect((await h.as(worker)('membership', 'apply', application({ enterpriseId: 'e-sx-007' }), TUE)).error.code).toBe('RATE_LIMITED')
  })
})
