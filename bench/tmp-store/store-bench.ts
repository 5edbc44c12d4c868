// Temporary bench (helper scratch, not for commit): import + search over 100k enterprises.
import { mkdtempSync, rmSync, statSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { openSqliteStore } from '../../cloudfunctions/_lib/store/sqlite'
import { creditCodeCheckChar } from '../../types/credit-code'
import type { Enterprise } from '../../types/directory'

const WORDS = Array.from('华宏盛达鑫源兴隆恒泰金丰瑞祥嘉禾永安博通天成新宇佳美明辉春秋江南海洋星光远东福寿吉利鸿运腾飞振兴东方红日月光伟业德胜')
const SUFFIX = ['织造', '电子', '饰品', '物流']
let seed = 42
const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n)
const ALPHA = '0123456789ABCDEFGHJKLMNPQRTUWXY'
function code(i: number) {
  let n = i, body = ''
  for (let k = 0; k < 9; k++) { body = ALPHA[n % 31] + body; n = Math.floor(n / 31) }
  const f = `91330782${body}`
  return f + creditCodeCheckChar(f)
}
const N = 100_000
const enterprises: Enterprise[] = Array.from({ length: N }, (_, i) => {
  let mid = ''
  const words = 2 + rnd(3)
  for (let w = 0; w < words; w++) mid += WORDS[rnd(WORDS.length)] + WORDS[rnd(WORDS.length)]
  return {
    id: `E${String(i).padStart(7, '0')}`, name: `义乌${mid}${SUFFIX[rnd(4)]}有限公司`, creditCode: code(i),
    townId: `T${String(rnd(14)).padStart(2, '0')}`, unionId: null, jointUnionId: null, staff: rnd(500), industry: null,
  }
})

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'store-bench-'))
  const path = join(dir, 'b.db')
  const store = openSqliteStore(path)
  let t = performance.now()
  await store.directory.upsertBatch({ orgs: [], enterprises, officers: [] })
  let ms = performance.now() - t
  console.log(`import ${N}: ${ms.toFixed(0)} ms, ${(N / ms * 1000).toFixed(0)} rows/s`)
  t = performance.now()
  await store.directory.upsertBatch({ orgs: [], enterprises: enterprises.map((e, i) => i % 2 ? { ...e, name: e.name.replace('有限公司', '股份有限公司') } : e), officers: [] })
  ms = performance.now() - t
  console.log(`re-import ${N} (half renamed): ${ms.toFixed(0)} ms, ${(N / ms * 1000).toFixed(0)} rows/s`)
  await store.close()
  const raw = new Database(path)
  raw.pragma('wal_checkpoint(TRUNCATE)')
  const size = statSync(path).size
  const has = (raw.prepare("SELECT count(*) c FROM sqlite_master WHERE name='dbstat'").get() as any)
  let gramBytes = 0
  try {
    gramBytes = (raw.prepare("SELECT sum(pgsize) s FROM dbstat WHERE name IN ('enterprise_grams','enterprise_gram_counts')").get() as any).s
  } catch { gramBytes = -1 }
  const entBytes = (() => { try { return (raw.prepare("SELECT sum(pgsize) s FROM dbstat WHERE name IN ('enterprises','sqlite_autoindex_enterprises_1','sqlite_autoindex_enterprises_2','enterprises_town_id')").get() as any).s } catch { return -1 } })()
  console.log(`db size ${(size / 1e6).toFixed(1)} MB; grams tables ${(gramBytes / 1e6).toFixed(1)} MB; enterprises+indexes ${(entBytes / 1e6).toFixed(1)} MB; postings ${(raw.prepare('SELECT count(*) c FROM enterprise_grams').get() as any).c}; distinct grams ${(raw.prepare('SELECT count(*) c FROM enterprise_gram_counts').get() as any).c}`, has)
  raw.close()

  const s2 = openSqliteStore(path)
  const queries: Array<[string, string | undefined]> = []
  for (let i = 0; i < 2000; i++) {
    const e = enterprises[rnd(N)]
    const chars = Array.from(e.name)
    const len = 2 + rnd(5)
    const start = rnd(chars.length - len)
    const kind = rnd(10)
    const q = kind === 0 ? e.creditCode : kind === 1 ? WORDS[rnd(WORDS.length)] + WORDS[rnd(WORDS.length)] + WORDS[rnd(WORDS.length)] + '物流有' : chars.slice(start, start + len).join('')
    queries.push([q, rnd(3) === 0 ? `T${String(rnd(14)).padStart(2, '0')}` : undefined])
  }
  for (const [q, town] of queries.slice(0, 200)) await s2.directory.searchEnterprises(q, town, undefined, 20)
  const times: number[] = []
  let worst = ''
  let hits = 0
  for (const [q, town] of queries) {
    const t0 = performance.now()
    const page = await s2.directory.searchEnterprises(q, town, undefined, 20)
    const dt = performance.now() - t0
    hits += page.items.length
    if (dt > Math.max(...times, 0)) worst = `${q} ${town ?? ''} ${dt.toFixed(2)}ms items=${page.items.length}`
    times.push(dt)
  }
  times.sort((a, b) => a - b)
  const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(times.length * p))].toFixed(3)
  console.log(`search ${times.length} queries: p50 ${pct(0.5)} ms, p90 ${pct(0.9)} ms, p99 ${pct(0.99)} ms, max ${pct(1)} ms; avg items ${(hits / times.length).toFixed(1)}; worst: ${worst}`)
  // Baseline: a plain LIKE scan for comparison.
  const raw2 = new Database(path, { readonly: true })
  const like = raw2.prepare("SELECT * FROM enterprises WHERE name LIKE ? ORDER BY id LIMIT 20")
  const lt: number[] = []
  for (const [q] of queries.slice(0, 300)) { const t0 = performance.now(); like.all(`%${q}%`); lt.push(performance.now() - t0) }
  lt.sort((a, b) => a - b)
  console.log(`LIKE baseline (300 q): p50 ${lt[150].toFixed(3)} ms, p99 ${lt[297].toFixed(3)} ms`)
  raw2.close()
  await s2.close()
  rmSync(dir, { recursive: true, force: true })
  void existsSync
}
main()
