/**
 * Knowledge-base search at the port (issue 11: p99 ≤ 20 ms over 100,000 published articles), SQLite adapter on a
 * file (WAL), through `store.legal` as the function handlers call it:
 * - a seeded generator writes `articles` legal Q&A articles (title + question + answer, 150–650 characters) built
 *   from a vocabulary of ~140 legal and workplace words drawn Zipf-like, function words and rarer characters, so
 *   bigram frequencies are skewed as in real text; 5 % are unpublished; saved through `saveArticle` in batches;
 * - queries as workers type them: one common word, two words, a fragment cut from a stored article, a word with a
 *   rare pair, a rare string (no hit); 30 % with a category, 20 % timed on page 2 (following `next`); pages of 20.
 * Each query is run once to warm, then timed. Prints p50/p99/max and how many queries found something.
 *
 * `npx tsx bench/legal-search.ts` (LEGAL_ARTICLES=20000 for a smaller corpus, LEGAL_QUERIES for the sample size).
 */
import { statSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { LEGAL_CATEGORIES, type LegalCategory } from '../types/legal-labels'
import type { Article } from '../cloudfunctions/_lib/store/legal-port'
import { openSqliteStore } from '../cloudfunctions/_lib/store/sqlite'
import { seededRng, type Rng } from './lib/rng'
import { msSince, percentile, round } from './lib/stats'
import { makeTempDir } from './lib/tmp'

export type LegalSearchBenchOptions = { articles: number; queries: number; pageSize: number; seed: number }
export const DEFAULT_LEGAL_SEARCH_BENCH: LegalSearchBenchOptions = { articles: 100_000, queries: 2_000, pageSize: 20, seed: 11 }

const TERMS = (
  '工资 加班费 劳动合同 经济补偿 赔偿金 社会保险 工伤 认定 仲裁 调解 欠薪 试用期 年休假 病假 产假 婚假 最低工资 双倍工资 ' +
  '辞退 解除 终止 违法 证据 考勤 工资条 银行流水 劳动关系 时效 计算 标准 基数 补缴 医疗 伤残 等级 鉴定 停工留薪 外卖 快递 ' +
  '骑手 平台 派遣 用工 续签 竞业限制 培训 服务期 违约金 押金 扣款 罚款 老板 公司 单位 车间 主管 加班 夜班 周末 节假日 ' +
  '高温津贴 住房公积金 失业保险 养老保险 医疗保险 生育保险 工伤保险 劳动监察 投诉 起诉 法院 律师 法律援助 工会 协商 ' +
  '调解委员会 仲裁委员会 申请书 判决 执行 拖欠 克扣 提成 绩效 奖金 年终奖 补贴 社保 离职 辞职 入职 转正 合同期满 医疗期 ' +
  '职业病 工作时间 休息日 综合工时 不定时工作制 劳务 实习 退休 返聘 非全日制 包工头 农民工 建筑工地 工厂 流水线 保安 ' +
  '保洁 厨师 司机 装卸 搬运 仓库 电商 直播 网约车 家政 月嫂 保姆 义乌 小商品 外贸 织造 饰品 物流'
).split(' ')
const GLUE = (
  '的 了 我 在 是 有 没有 不 要 给 他 说 怎么 可以 应该 如果 但是 因为 所以 已经 还 就 都 被 把 对 和 与 或者 请问 吗 呢 ' +
  '多少 几个月 一年 三个月 每天 每月 小时 元 天 个 这 那 什么 时候 情况 问题 规定 依法 根据 第 条 款 能不能 需要 先 再'
).split(' ')
/** Less common ideographs: place names, people, trades; their pairs are the rare bigrams. */
const RARE = Array.from({ length: 3000 }, (_, i) => String.fromCodePoint(0x5000 + i * 7))

/** Zipf-like draw: index 0 is the most frequent. */
const zipf = (rng: Rng, n: number) => Math.min(n - 1, Math.floor(n ** rng.next()) - 1)

function sentence(rng: Rng, chars: number): string {
  let out = ''
  let sinceComma = 0
  while (out.length < chars) {
    const r = rng.next()
    out += r < 0.55 ? TERMS[zipf(rng, TERMS.length)] : r < 0.9 ? GLUE[zipf(rng, GLUE.length)] : rng.pick(RARE) + rng.pick(RARE)
    if (++sinceComma > rng.int(4, 9)) {
      out += rng.chance(0.3) ? '。' : '，'
      sinceComma = 0
    }
  }
  return `${out}。`
}

function makeArticle(rng: Rng, i: number): Article {
  const at = new Date(Date.UTC(2024, 0, 1) + i * 97_000 + rng.int(0, 60_000))
  const updatedAt = `${at.toISOString().slice(0, 19)}+08:00`
  const topic = TERMS[zipf(rng, TERMS.length)]
  return {
    id: `art-${String(i).padStart(7, '0')}`,
    category: rng.pick(LEGAL_CATEGORIES),
    title: `${topic}${rng.pick(['怎么办', '如何计算', '的规定', '能要回来吗', '问题咨询'])}`,
    body: `问：${sentence(rng, rng.int(40, 150))}\n答：${sentence(rng, rng.int(100, 500))}`,
    source: rng.chance(0.7) ? 'consultation' : 'admin',
    consultationId: null,
    orgId: 'city',
    published: !rng.chance(0.05),
    useful: rng.int(0, 50),
    createdAt: updatedAt,
    updatedAt,
    version: 1,
  }
}

type Query = { q: string; category: LegalCategory | undefined; page2: boolean }

function makeQueries(rng: Rng, n: number, sample: (i: number) => Article): Query[] {
  return Array.from({ length: n }, () => {
    const r = rng.next()
    const term = () => TERMS[zipf(rng, TERMS.length)]
    let q: string
    if (r < 0.4) q = term()
    else if (r < 0.6) q = `${term()} ${term()}`
    else if (r < 0.8) {
      const body = sample(rng.int(0, 1_000_000)).body.replace(/[问答：，。\n]/g, '')
      const len = rng.int(2, 6)
      const start = rng.int(0, Math.max(0, body.length - len))
      q = body.slice(start, start + len)
    } else if (r < 0.9) q = `${term()}${rng.pick(RARE)}${rng.pick(RARE)}`
    else q = `${rng.pick(RARE)}${rng.pick(RARE)}${rng.pick(RARE)}`
    return { q, category: rng.chance(0.3) ? rng.pick(LEGAL_CATEGORIES) : undefined, page2: rng.chance(0.2) }
  })
}

export type LegalSearchBenchResult = {
  options: LegalSearchBenchOptions
  build: { seconds: number; fileMiB: number }
  search: { p50Ms: number; p99Ms: number; maxMs: number; meanMs: number; withHits: number; meanHits: number }
}

export async function benchLegalSearch(options: Partial<LegalSearchBenchOptions> = {}): Promise<LegalSearchBenchResult> {
  const opts = { ...DEFAULT_LEGAL_SEARCH_BENCH, ...options }
  const dir = makeTempDir('legal-search')
  const path = join(dir.path, 'store.db')
  const store = openSqliteStore(path)
  try {
    const rng = seededRng(opts.seed)
    const started = process.hrtime.bigint()
    const kept: Article[] = []
    // Batches share one group commit (one transaction per event-loop turn, decision 0007).
    for (let i = 0; i < opts.articles; i += 1000) {
      const batch = Array.from({ length: Math.min(1000, opts.articles - i) }, (_, j) => makeArticle(rng, i + j))
      if (kept.length < 5000) kept.push(...batch.slice(0, 50))
      const saved = await Promise.all(batch.map((a) => store.legal.saveArticle(a)))
      if (saved.some((ok) => !ok)) throw new Error('an article was refused')
    }
    const size = (file: string) => statSync(file, { throwIfNoEntry: false })?.size ?? 0
    const build = { seconds: round(msSince(started) / 1000, 1), fileMiB: round((size(path) + size(`${path}-wal`)) / 2 ** 20, 1) }

    const queries = makeQueries(rng, opts.queries, (i) => kept[i % kept.length])
    const times: number[] = []
    let withHits = 0
    let hits = 0
    for (const { q, category, page2 } of queries) {
      const first = await store.legal.searchArticles(q, category, undefined, opts.pageSize)
      const after = page2 && first.next ? first.next : undefined
      await store.legal.searchArticles(q, category, after, opts.pageSize) // warm
      const start = process.hrtime.bigint()
      const page = await store.legal.searchArticles(q, category, after, opts.pageSize)
      times.push(msSince(start))
      if (page.items.length > 0) withHits++
      hits += page.items.length
    }
    return {
      options: opts,
      build,
      search: {
        p50Ms: round(percentile(times, 50), 3),
        p99Ms: round(percentile(times, 99), 3),
        maxMs: round(Math.max(...times), 3),
        meanMs: round(times.reduce((a, b) => a + b, 0) / times.length, 3),
        withHits,
        meanHits: round(hits / queries.length, 1),
      },
    }
  } finally {
    await store.close()
    dir.remove()
  }
}

if (require.main === module) {
  const articles = Number(process.env.LEGAL_ARTICLES) || DEFAULT_LEGAL_SEARCH_BENCH.articles
  const queries = Number(process.env.LEGAL_QUERIES) || DEFAULT_LEGAL_SEARCH_BENCH.queries
  benchLegalSearch({ articles, queries })
    .then((r) => {
      process.stdout.write(`${JSON.stringify(r, null, 2)}\n`)
      const s = r.search
      process.stdout.write(
        `legal search, ${articles.toLocaleString()} articles (built in ${r.build.seconds} s, ${r.build.fileMiB} MiB): p50 ${s.p50Ms} ms, ` +
          `p99 ${s.p99Ms} ms (max ${s.maxMs} ms), ${s.withHits}/${queries} queries found articles; load average ${loadavg()[0].toFixed(1)}\n`,
      )
    })
    .catch((e: Error) => {
      process.stderr.write(`${e.stack ?? e.message}\n`)
      process.exit(1)
    })
}
