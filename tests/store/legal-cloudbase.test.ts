/**
 * The legal store contract on the CloudBase adapter (real @cloudbase/node-sdk → local fake of the TCB API), then
 * what only CloudBase shows: each method is one request, updates are one conditional write with sub-documents set
 * whole, an article's bigrams live in its document (none while unpublished). That every query the contract sends is
 * served by an index in collections.ts is checked with the other contracts in tests/deploy/index-coverage.test.ts.
 */
import { openCloudbaseStore } from '../../cloudfunctions/_lib/store/cloudbase'
import type { Store } from '../../cloudfunctions/_lib/store/port'
import { createCollections } from '../../scripts/cloudbase-init'
import { startCloudbaseFake, type CloudbaseFake } from '../support/cloudbase-fake'
import * as make from '../support/factories'
import * as legal from '../support/legal-factories'
import { runLegalStoreContract } from './legal-contract'

runLegalStoreContract('Legal store: CloudBase (node-sdk → local fake)', async () => {
  const fake = await startCloudbaseFake()
  await createCollections(fake.app)
  return { store: openCloudbaseStore(fake.app), cleanup: () => fake.close() }
})

describe('Legal store: CloudBase specifics (real SDK, local fake)', () => {
  let fake: CloudbaseFake
  let store: Store
  beforeAll(async () => {
    fake = await startCloudbaseFake()
    await createCollections(fake.app)
    store = openCloudbaseStore(fake.app)
  })
  afterAll(() => fake.close())

  /** The requests `work` sent, as `action collection`. */
  async function requests(work: () => Promise<unknown>): Promise<string[]> {
    fake.requests.length = 0
    await work()
    return fake.requests.map((r) => `${r.action.replace('database.', '')} ${String(r.body.collectionName)}`)
  }
  const raw = async (collection: string, id: string) =>
    ((await fake.app.database().collection(collection).doc(id).get()).data as Array<Record<string, unknown>>)[0]

  test('When each method runs, then it is one request (a retried create reads once more)', async () => {
    const c = legal.consultation()
    const a = legal.aid()
    const art = legal.article()
    const r = legal.reminder()
    const p = legal.parameters()
    const one: Array<[string, () => Promise<unknown>]> = [
      ['insertDocument legal_consultations', () => store.legal.createConsultation(c)],
      ['getDocument legal_consultations', () => store.legal.getConsultation(c.id)],
      ['getDocument legal_consultations', () => store.legal.getConsultationByRequestKey(c.requestKey)],
      ['getDocument legal_consultations', () => store.legal.getConsultationByReceipt(c.receiptHash)],
      ['modifyDocument legal_consultations', () => store.legal.updateConsultation({ ...c, version: 2 })],
      ['getDocument legal_consultations', () => store.legal.listConsultationQueue(c.assignedOrgId, {}, undefined, 10)],
      ['getDocument legal_consultations', () => store.legal.listConsultationsByAsker(c.askerKey, 'x|y', 10)],
      ['getDocument legal_consultations', () => store.legal.listConsultationsDue(c.answerBy, undefined, 10)],
      ['getDocument legal_consultations', () => store.legal.listConsultationsForStats('/', c.assignedOrgId, '2026-03-01', '2026-04-01', undefined, 10)],
      ['insertDocument legal_articles', () => store.legal.saveArticle(art)],
      ['modifyDocument legal_articles', () => store.legal.saveArticle({ ...art, version: 2 })],
      ['getDocument legal_articles', () => store.legal.getArticle(art.id)],
      ['getDocument legal_articles', () => store.legal.searchArticles('拖欠工资', 'wage', `${art.updatedAt}|${art.id}`, 10)],
      ['modifyDocument legal_parameters', () => store.legal.putParameters(p)],
      ['getDocument legal_parameters', () => store.legal.getParameters(p.year)],
      ['insertDocument legal_aid', () => store.legal.createAid(a)],
      ['modifyDocument legal_aid', () => store.legal.updateAid({ ...a, version: 2 })],
      ['getDocument legal_aid', () => store.legal.listAidQueue(a.assignedOrgId, undefined, 10)],
      ['getDocument legal_aid', () => store.legal.listAidByApplicant(a.applicantKey, undefined, 10)],
      ['getDocument legal_aid', () => store.legal.listAidDue(a.createdAt, undefined, 10)],
      ['getDocument legal_aid', () => store.legal.listAidForStats('/', '2026-03-01', '2026-04-01', undefined, 10)],
      ['insertDocument legal_reminders', () => store.legal.addReminders([r, legal.reminder(), legal.reminder()])],
      ['getDocument legal_reminders', () => store.legal.listRemindersDue(r.dueDay, undefined, 10)],
      ['modifyDocument legal_reminders', () => store.legal.markReminderSent(r.id, '2027-01-29T09:00:00+08:00')],
    ]
    for (const [expected, work] of one) expect(await requests(work)).toEqual([expected])
    expect(await requests(() => store.legal.createConsultation({ ...c, id: make.uid('cons') }))).toEqual([
      'insertDocument legal_consultations',
      'getDocument legal_consultations',
    ])
  })

  test('When a record is updated, then the SDK sends one conditional update with sub-documents set whole', async () => {
    const c = legal.consultation({ rating: { score: 3, solved: false } })
    await store.legal.createConsultation(c)
    fake.requests.length = 0
    expect(await store.legal.updateConsultation({ ...c, rating: { score: 5 } as never, version: 2 })).toBe(true)
    expect(fake.requests[0].body).toMatchObject({ action: 'database.modifyDocument', merge: true, upsert: false })
    expect(JSON.parse(String(fake.requests[0].body.query))).toEqual({ _id: c.id, version: { $numberInt: '1' } })
    const data = JSON.parse(String(fake.requests[0].body.data)) as { $set: Record<string, unknown> }
    expect(Object.keys(data.$set).every((k) => !k.includes('.'))).toBe(true)
    // The old sub-field is gone: the sub-document was replaced, not merged.
    expect((await store.legal.getConsultation(c.id))?.rating).toEqual({ score: 5 })
  })

  test('When an article is saved, then its document holds its bigrams while published (none otherwise) and the record does not', async () => {
    const w = legal.uniqueWord(3)
    const a = legal.article({ title: `${w} Law`, body: '加班费' })
    await store.legal.saveArticle(a)
    expect(((await raw('legal_articles', a.id)).grams as string[]).sort()).toEqual([w.slice(0, 2), w.slice(1), 'la', 'aw', '加班', '班费'].sort())
    expect(await store.legal.getArticle(a.id)).toEqual(a)
    await store.legal.saveArticle({ ...a, published: false, version: 2 })
    expect((await raw('legal_articles', a.id)).grams).toEqual([])
  })

  test('When an aid application is paused, then its document sorts it last in the queue (decideKey "~")', async () => {
    const a = legal.aid({ status: 'awaiting_material', decideBy: null })
    await store.legal.createAid(a)
    expect((await raw('legal_aid', a.id)).decideKey).toBe('~')
    expect(await store.legal.getAid(a.id)).toEqual(a)
  })
})
