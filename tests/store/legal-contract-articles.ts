/**
 * The legal store contract, knowledge base part (run by legal-contract.ts inside each adapter's suite). Each test
 * searches for CJK words whose bigrams no other test's data holds (`legal.uniqueWord`); the listing without a query uses times in
 * year 9000+, newer than any other article. An article matches a query when it holds every bigram of the query's
 * words in its title or body; results are newest first (updatedAt desc, id desc), cursor `${updatedAt}|${id}`.
 */
import type { Article, LegalStore } from '../../cloudfunctions/_lib/store/legal-port'
import * as make from '../support/factories'
import * as legal from '../support/legal-factories'
import { newestFirst } from './legal-contract-helpers'
import { collect, ids } from './paging'

const newest = newestFirst<Article>((a) => a.updatedAt)
const day = (d: number, hh = 9) => `2026-04-${String(d).padStart(2, '0')}T${String(hh).padStart(2, '0')}:00:00+08:00`

export function runLegalArticleContract(store: () => LegalStore) {
  describe('knowledge base: save and search', () => {
    async function seed(articles: Article[]): Promise<void> {
      for (const a of articles) expect(await store().saveArticle(a)).toBe(true)
    }
    const search = (q: string, category?: Article['category'], limit = 100) =>
      collect((after) => store().searchArticles(q, category, after, limit)).then((r) => ids(r.items))

    test('When an article is saved, then get returns it; version 1 again is refused, later versions are version-guarded', async () => {
      const a = legal.article({ source: 'consultation', consultationId: make.uid('cons'), useful: 3 })
      await seed([a])
      expect(await store().getArticle(a.id)).toEqual(a)
      expect(await store().saveArticle({ ...a, title: '重复创建' })).toBe(false)
      const edited = { ...a, body: '修改后的正文：加班费按小时工资的 150% 支付。', updatedAt: day(2), version: 2 }
      expect(await store().saveArticle(edited)).toBe(true)
      expect(await store().saveArticle({ ...edited, title: '旧版本' })).toBe(false)
      expect(await store().saveArticle({ ...edited, title: '跳版本', version: 4 })).toBe(false)
      expect(await store().saveArticle(legal.article({ version: 2 }))).toBe(false)
      expect(await store().getArticle(a.id)).toEqual(edited)
      expect(await store().getArticle(make.uid('art'))).toBeNull()
      const racers = ['甲', '乙'].map((t) => ({ ...edited, title: t, version: 3 }))
      const results = await Promise.all(racers.map((r) => store().saveArticle(r)))
      expect(results.filter(Boolean)).toHaveLength(1)
      expect(await store().getArticle(a.id)).toEqual(racers[results.indexOf(true)])
    })

    test('When articles hold a word whole, in pieces or in part, then a query matches those holding every bigram of its words', async () => {
      const w = legal.uniqueWord(4)
      const [c0, c1, c2, c3] = Array.from(w)
      const whole = legal.article({ updatedAt: day(3) }, w)
      const pieces = legal.article({ body: `先说${c0}${c1}，再说${c1}${c2}。`, updatedAt: day(4) })
      const part = legal.article({ body: `只有${c0}${c1}。`, updatedAt: day(5) })
      const inBody = legal.article({ category: 'injury', body: `工伤认定：${w}。`, updatedAt: day(2) })
      const hidden = legal.article({ published: false, updatedAt: day(6) }, w)
      await seed([part, hidden, inBody, pieces, whole])
      expect(await search(w)).toEqual(ids([whole, inBody]))
      expect(await search(`${c0}${c1}${c2}`)).toEqual(ids([pieces, whole, inBody]))
      expect(await search(`${c0}${c1}`)).toEqual(ids([part, pieces, whole, inBody]))
      // Punctuation and spaces separate words: no bigram spans them.
      expect(await search(` ${c1}${c2}？${c2}${c3}！`)).toEqual(ids([whole, inBody]))
      expect(await search(`${c2}${c3}${c0}`)).toEqual([])
      expect(await search(w, 'injury')).toEqual(ids([inBody]))
      expect(await search(w, 'wage')).toEqual(ids([whole]))
      expect(await search(w, 'leave')).toEqual([])
    })

    test('When an article holds the rarer bigrams of a query but not its commonest one, then it does not match', async () => {
      const w = legal.uniqueWord(4)
      const [c0, c1, c2, c3] = Array.from(w)
      const lacking = legal.article({ body: `${c1}${c2}，${c2}${c3}。` })
      const holding = legal.article({ updatedAt: day(1) }, w)
      const common = [0, 1, 2].map(() => legal.article({ body: `${c0}${c1}。` }))
      await seed([lacking, holding, ...common])
      expect(await search(w)).toEqual([holding.id])
      expect(await search(`${c1}${c2}${c3}`)).toEqual(ids([holding, lacking]))
    })

    test('When a query mixes ASCII and Chinese, then letters match case-insensitively, also next to Chinese', async () => {
      const w = legal.uniqueWord(3)
      const a = legal.article({ title: `${w}Law 与 APP 用工` })
      await seed([a, legal.article({ title: `${w}劳动法` })])
      expect(await search(`${w}LAW`)).toEqual(ids([a]))
      expect(await search(`${w} app`)).toEqual(ids([a]))
      expect(await search(`${w}Laws`)).toEqual([])
    })

    test('When an article is unpublished and published again, then search hides it and then finds it by its new text', async () => {
      const [w, v] = [legal.uniqueWord(4), legal.uniqueWord(4)]
      const a = legal.article({}, w)
      await seed([a])
      expect(await search(w)).toEqual([a.id])
      const off = { ...a, published: false, updatedAt: day(7), version: 2 }
      expect(await store().saveArticle(off)).toBe(true)
      expect(await search(w)).toEqual([])
      expect(await store().getArticle(a.id)).toEqual(off)
      const back = { ...off, published: true, title: `${v}：新的标题`, updatedAt: day(8), version: 3 }
      expect(await store().saveArticle(back)).toBe(true)
      expect(await search(w)).toEqual([])
      expect(await search(v)).toEqual([a.id])
      expect((await store().searchArticles(v, undefined, undefined, 10)).items).toEqual([back])
    })

    test('When 25 matches share update times, then pages of 10 and of 4 follow (updatedAt desc, id desc), also inside a tie', async () => {
      const w = legal.uniqueWord(4)
      const times = [day(9, 10), day(9, 10), day(9, 10), day(9, 11), day(8, 10)]
      const mine = Array.from({ length: 25 }, (_, i) => legal.article({ updatedAt: times[i % 5], category: i % 2 ? 'wage' : 'overtime' }, w))
      // Saved in a shuffled order, so neither save order nor id order is the listing order.
      await seed([...mine.slice(12), ...mine.slice(0, 12).reverse()])
      const expected = [...mine].sort(newest)
      const tens = await collect((after) => store().searchArticles(w, undefined, after, 10))
      expect(tens.sizes).toEqual([10, 10, 5])
      expect(ids(tens.items)).toEqual(ids(expected))
      const fours = await collect((after) => store().searchArticles(w, undefined, after, 4))
      expect(fours.sizes).toEqual([4, 4, 4, 4, 4, 4, 1])
      expect(ids(fours.items)).toEqual(ids(expected))
      const first = await store().searchArticles(w, undefined, undefined, 4)
      expect(first.next).toBe(`${first.items[3].updatedAt}|${first.items[3].id}`)
      const overtime = await collect((after) => store().searchArticles(w, 'overtime', after, 3))
      expect(ids(overtime.items)).toEqual(ids(expected.filter((a) => a.category === 'overtime')))
      // A cursor of a time alone starts strictly before that time.
      expect(ids((await collect((after) => store().searchArticles(w, undefined, after, 10), day(9, 10))).items)).toEqual(
        ids(expected.filter((a) => a.updatedAt < day(9, 10))),
      )
    })

    test('When the query has no bigram, then every published article is listed newest first, optionally of a category', async () => {
      const y = 9000 + (parseInt(make.uid('y').split('-')[1], 16) % 900)
      const t = (d: number) => `${y}-01-0${d}T09:00:00+08:00`
      const newer = [
        legal.article({ updatedAt: t(5), category: 'leave' }),
        legal.article({ updatedAt: t(4) }),
        legal.article({ updatedAt: t(4), category: 'leave' }),
        legal.article({ updatedAt: t(3) }),
      ]
      await seed([legal.article({ updatedAt: t(6), published: false }), ...newer])
      const expected = ids([...newer].sort(newest))
      const firstTwo = await store().searchArticles('', undefined, undefined, 2)
      expect(ids(firstTwo.items)).toEqual(expected.slice(0, 2))
      expect(ids((await store().searchArticles('', undefined, firstTwo.next!, 2)).items)).toEqual(expected.slice(2, 4))
      expect(ids((await store().searchArticles('', 'leave', undefined, 2)).items)).toEqual(ids([newer[0], newer[2]]))
      // A single character, or punctuation only, has no bigram: the same listing.
      for (const q of ['劳', ' ？ ']) expect(ids((await store().searchArticles(q, undefined, undefined, 4)).items)).toEqual(expected)
    })
  })
}
