/** The knowledge base: publishing an anonymised copy, the personal-number refusal, public search, admins' articles. */
import { openHarness, anon, type Harness } from '../../support/harness'
import { uniqueHan } from '../../support/factories'
import { ANSWER, TUE, addOfficer, ask, data, newWorker } from './helpers'

let h: Harness
let sxLawyer: string
beforeAll(async () => {
  h = await openHarness()
  sxLawyer = await addOfficer(h, 'sx', 'lawyer')
})
afterAll(() => h.close())

async function answered() {
  const c = await ask(h, newWorker())
  data(h, await h.as(sxLawyer)('legal', 'answer', { id: c.id, text: ANSWER }, TUE))
  return c
}

describe('publishing', () => {
  it.each([
    ['a mobile number in the question', { question: '我的电话是 138-1234-5678，老板欠薪怎么办？' }, 'question'],
    ['an ID number in the answer', { answer: '请携带身份证 33078219880512302X 到仲裁委申请。' }, 'answer'],
  ])('When the published text holds %s, then LEGAL.PERSONAL_DATA names the field and nothing is published', async (_what, over, field) => {
    const c = await answered()
    const out = await h.as(sxLawyer)('legal', 'publish', { id: c.id, question: '单位欠薪两个月怎么办？', answer: '先书面催告，再申请仲裁。', ...over }, TUE)
    expect(out.error).toMatchObject({ code: 'LEGAL.PERSONAL_DATA', fields: { [field]: expect.any(String) } })
    expect(data(h, await h.call('legal', anon, { action: 'search', q: '单位欠薪两个月' })).items).toEqual([])
    expect((await h.deps.store.legal.getConsultation(c.id))!.published).toBe(false)
  })

  it('When a lawyer publishes an edited copy, then anyone finds it without signing in, never learning where it came from', async () => {
    const c = await answered()
    const word = uniqueHan(4)
    expect((await h.as(newWorker())('legal', 'publish', { id: c.id, question: `${word}欠薪怎么办？`, answer: '先书面催告，再申请仲裁。' })).error.code).toBe('NOT_FOUND')
    const out = data(h, await h.as(sxLawyer)('legal', 'publish', { id: c.id, question: `单位${word}欠薪两个月怎么办？`, answer: '先书面催告，再申请仲裁。' }, TUE))
    expect(out.published).toBe(true)
    const found = data(h, await h.call('legal', anon, { action: 'search', q: word }))
    expect(found.items).toEqual([expect.objectContaining({ id: out.articleId, category: 'wage', title: `单位${word}欠薪两个月怎么办？` })])
    expect(found.items[0].body).toContain('答：先书面催告')
    expect(JSON.stringify(found)).not.toMatch(new RegExp(`${c.id}|consultationId|orgId|两个月没有发工资`))
    expect((await h.deps.store.legal.getConsultation(c.id))!.published).toBe(true)

    // Publishing again replaces the copy: one article, the new wording.
    const again = data(h, await h.as(sxLawyer)('legal', 'publish', { id: c.id, question: `单位${word}欠薪三个月怎么办？`, answer: '先书面催告，再申请仲裁。' }, TUE))
    expect(again.articleId).toBe(out.articleId)
    expect(data(h, await h.call('legal', anon, { action: 'search', q: word })).items.map((i: any) => i.title)).toEqual([`单位${word}欠薪三个月怎么办？`])
  })

  it('When a consultation has no answer yet, then it cannot be published', async () => {
    const c = await ask(h, newWorker())
    expect((await h.as(sxLawyer)('legal', 'publish', { id: c.id, question: '欠薪怎么办？', answer: '申请仲裁。' })).error.code).toBe('LEGAL.NOT_ANSWERED')
  })
})

describe('admin articles', () => {
  it('When a town admin writes, edits and unpublishes an article, then search follows; another town’s admin cannot touch it', async () => {
    const word = uniqueHan(4)
    const saved = data(h, await h.as('o-town-sx-admin')('legal', 'articleSave', { category: 'injury', title: `${word}工伤认定`, body: '受伤后 30 日内由单位申请工伤认定。' }, TUE))
    expect(data(h, await h.call('legal', anon, { action: 'search', q: word, category: 'injury' })).items.map((i: any) => i.id)).toEqual([saved.id])
    expect(data(h, await h.call('legal', anon, { action: 'search', q: word, category: 'wage' })).items).toEqual([])

    expect((await h.as('o-town-ft-admin')('legal', 'articleUnpublish', { id: saved.id })).error.code).toBe('NOT_FOUND')
    expect((await h.as('o-town-sx-1')('legal', 'articleUnpublish', { id: saved.id })).error.code).toBe('FORBIDDEN')
    expect((await h.as('o-town-sx-admin')('legal', 'articleSave', { id: saved.id, category: 'injury', title: `${word}工伤`, body: '联系电话 13812345678' })).error.code).toBe('LEGAL.PERSONAL_DATA')
    const edited = data(h, await h.as('o-city-admin')('legal', 'articleSave', { id: saved.id, category: 'injury', title: `${word}工伤认定（修订）`, body: '受伤后 30 日内由单位申请，单位不申请的，本人一年内可以申请。' }, TUE))
    expect(edited.title).toBe(`${word}工伤认定（修订）`)

    data(h, await h.as('o-town-sx-admin')('legal', 'articleUnpublish', { id: saved.id }, TUE))
    expect(data(h, await h.call('legal', anon, { action: 'search', q: word })).items).toEqual([])
  })

  it('When an enterprise union admin or a worker writes an article, then it is refused', async () => {
    const eu = await addOfficer(h, 'eu-hx', 'admin')
    expect((await h.as(eu)('legal', 'articleSave', { category: 'other', title: '标题', body: '正文内容。' })).error.code).toBe('FORBIDDEN')
    expect((await h.as(newWorker())('legal', 'articleSave', { category: 'other', title: '标题', body: '正文内容。' })).error.code).toBe('FORBIDDEN')
  })
})
