/**
 * Who sees what: members only their own, officers only their scope (another town's officer, a lawyer → NOT_FOUND;
 * an enterprise union reviews only its own members' claims); the account masked and its reveal audited; health
 * details only on the claim page; never a diagnosis, the hospital, an invoice or account number in the inbox, the
 * logs, audit details, statistics or at rest in clear.
 */
import { openHarness, type Harness } from '../../support/harness'
import { ACCOUNT_NO, DIAGNOSIS, HOSPITAL, claimBody, coveredMember, data, filedClaim, invoiceNo, ma, newPlan, photos } from './helpers'

let h: Harness
let plan: string
beforeAll(async () => {
  h = await openHarness()
  plan = await newPlan(h)
})
afterAll(() => h.close())

const code = async (openid: string, action: string, input: Record<string, unknown>) => (await ma(h, openid)(action, input)).error?.code ?? 'ok'

describe('scope', () => {
  it("When someone outside the claim's scope asks for it, then it does not exist for them", async () => {
    const c = await filedClaim(h, plan)
    for (const openid of ['o-town-ft-1', 'o-town-ft-admin', 'o-lawyer-1', 'o-eu-sx-002-1', 'o-worker-1'])
      expect({ openid, code: await code(openid, 'get', { id: c.id }) }).toEqual({ openid, code: 'NOT_FOUND' })
    expect(await code('o-town-ft-1', 'review', { id: c.id, decision: 'documents_ok' })).toBe('NOT_FOUND')
    expect(await code('o-town-ft-admin', 'revealAccount', { id: c.id })).toBe('NOT_FOUND')
  })

  it('When an enterprise union acts, then it reviews only its own members’ claims and never approves', async () => {
    const own = await filedClaim(h, plan, 'eu-hx')
    const other = await filedClaim(h, plan, 'eu-sx-002')
    expect(await code('o-eu-hx-1', 'review', { id: other.id, decision: 'documents_ok' })).toBe('NOT_FOUND')
    expect(await code('o-eu-hx-1', 'queue', { orgId: 'eu-sx-002' })).toBe('FORBIDDEN')
    const queue = data(h, await ma(h, 'o-eu-hx-1')('queue', { stage: 'review' })).items.map((r: { id: string }) => r.id)
    expect(queue).toContain(own.id)
    expect(queue).not.toContain(other.id)
    expect(await code('o-eu-hx-1', 'review', { id: own.id, decision: 'documents_ok' })).toBe('ok')
    expect(await code('o-eu-hx-1', 'approve', { id: own.id })).toBe('FORBIDDEN')
    expect(await code('o-eu-hx-1', 'revealAccount', { id: own.id })).toBe('FORBIDDEN')
  })

  it("When a member asks for another member's claim, then NOT_FOUND; their own list holds only their own", async () => {
    const a = await filedClaim(h, plan)
    const b = await filedClaim(h, plan)
    expect(await code(b.openid, 'get', { id: a.id })).toBe('NOT_FOUND')
    expect(await code(b.openid, 'resubmit', { id: a.id, attachments: await photos(h, b.openid) })).toBe('NOT_FOUND')
    expect(data(h, await ma(h, b.openid)('mine')).items.map((r: { id: string }) => r.id)).toEqual([b.id])
  })
})

describe('masks and the audited reveal', () => {
  it('When an officer opens the claim page, then health details show, the account is masked, and the read is audited; the reveal shows the number and is audited', async () => {
    const c = await filedClaim(h, plan)
    const page = data(h, await ma(h, 'o-eu-hx-1')('get', { id: c.id }))
    expect(page).toMatchObject({ role: 'officer', accountMasked: '6222 **** **** 1234', diagnosis: DIAGNOSIS, hospital: HOSPITAL, mayReview: true, mayApprove: false })
    expect(JSON.stringify(page)).not.toContain(ACCOUNT_NO)
    const revealed = data(h, await ma(h, 'o-town-sx-1')('revealAccount', { id: c.id }))
    expect(revealed).toMatchObject({ accountNo: ACCOUNT_NO, bankName: '义乌农商银行', accountName: '王小明' })
    const audit = (await h.deps.store.audit.listByRecord('mutual_aid_claim', c.id, undefined, 100)).items
    expect(audit).toEqual(expect.arrayContaining([
      expect.objectContaining({ action: 'mutualAid.read', actor: 'o-eu-hx-1' }),
      expect.objectContaining({ action: 'mutualAid.revealAccount', actor: 'o-town-sx-1' }),
    ]))
  })

  it('When officers list a queue, then rows carry no health detail and only the masked account', async () => {
    const c = await filedClaim(h, plan)
    const rows = data(h, await ma(h, 'o-town-sx-1')('queue', { orgId: 'eu-hx', stage: 'review' })).items
    const row = rows.find((r: { id: string }) => r.id === c.id)
    expect(row).toMatchObject({ accountMasked: '6222 **** **** 1234', memberNo: c.memberNo })
    expect(JSON.stringify(rows)).not.toMatch(new RegExp(`${ACCOUNT_NO}|${DIAGNOSIS}|${HOSPITAL}|selfPaid|diagnosis|hospital`))
  })
})

it('When a claim goes all the way, then no inbox entry, log line, audit detail, statistic or stored field holds health data or numbers in clear', async () => {
  const m = await coveredMember(h, plan)
  const invoice = invoiceNo()
  const c = data(h, await ma(h, m.openid)('claim', claimBody(await photos(h, m.openid), { invoiceNumbers: [invoice] })))
  data(h, await ma(h, 'o-eu-hx-1')('review', { id: c.id, decision: 'return', note: '请补拍出院小结。' }))
  data(h, await ma(h, m.openid)('resubmit', { id: c.id, attachments: await photos(h, m.openid) }))
  data(h, await ma(h, 'o-eu-hx-1')('review', { id: c.id, decision: 'documents_ok' }))
  data(h, await ma(h, 'o-town-sx-1')('approve', { id: c.id }))
  data(h, await ma(h, 'o-town-sx-1')('revealAccount', { id: c.id }))
  data(h, await ma(h, 'o-town-sx-1')('markPaid', { id: c.id, reference: 'BANK-01' }))

  // The member's inbox is the one the worker already reads (the membership holderKey, merged by grievance.inbox).
  const worker = data(h, await h.as(m.openid)('grievance', 'inbox', { limit: 100 })).mine.items
  expect(worker.map((i: { type: string }) => i.type)).toEqual(expect.arrayContaining(['mutualAid.returned', 'mutualAid.checked', 'mutualAid.approved', 'mutualAid.paid']))
  const orgs = await Promise.all(['org:eu-hx', 'org:sx'].map((k) => h.deps.store.inbox.list(k, undefined, 100)))
  const audit = (await h.deps.store.audit.listByRecord('mutual_aid_claim', c.id, undefined, 100)).items.map((a) => a.detail ?? {})
  const stats = data(h, await ma(h, 'o-city-admin')('stats', { year: 2026, format: 'csv' }))
  const stored = JSON.stringify(await h.deps.store.mutualAid.getClaim(c.id))
  const secret = new RegExp([ACCOUNT_NO, DIAGNOSIS, HOSPITAL, invoice, '王小明', '6222'].join('|'))
  for (const [where, text] of [
    ['worker inbox', JSON.stringify(worker)], ['org inboxes', JSON.stringify(orgs)], ['logs', JSON.stringify(h.log.entries)],
    ['audit details', JSON.stringify(audit)], ['stats CSV', stats.csv],
  ] as const) expect({ where, leak: secret.exec(text)?.[0] ?? null }).toEqual({ where, leak: null })
  // At rest: the account, diagnosis and invoice only encrypted or hashed (the hospital is stored for the claim page).
  expect(stored).not.toMatch(new RegExp([ACCOUNT_NO, DIAGNOSIS, invoice, '王小明'].join('|')))
  expect(worker.find((i: { type: string }) => i.type === 'mutualAid.paid')).toMatchObject({ title: '已支付 3,000.00 元' })
})
