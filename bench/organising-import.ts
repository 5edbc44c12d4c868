/**
 * Import of a 50,000-row social-insurance list (issue 13 §2) through the real `organising.importInsured` entry, the
 * way the page sends it (chunks of 500 rows staged, the last one commits them all), into a fresh SQLite store with
 * the demo directory — against a raw prepared-statement insert loop of the same rows in one transaction, on the
 * same schema and pragmas, in the same run. `npx tsx bench/organising-import.ts` prints the JSON.
 */
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { FUNCTIONS } from '../cloudfunctions/registry'
import { migrate } from '../cloudfunctions/_lib/store/sqlite'
import { entryRow, ORGANISING_SQL } from '../cloudfunctions/_lib/store/sqlite/organising'
import { memoryLogger } from '../cloudfunctions/_lib/runtime/log'
import { creditCodeCheckChar } from '../types/credit-code'
import { IMPORT_CHUNK_ROWS } from '../types/organising-labels'
import { localDeps } from '../scripts/host/deps'
import { seedDemo } from '../scripts/host/demo'
import { makeTempDir } from './lib/tmp'
import { msSince } from './lib/stats'

export type OrganisingImportResult = {
  rows: number
  chunks: number
  importMs: number
  importRowsPerSec: number
  rawInsertMs: number
  rawRowsPerSec: number
  /** import time ÷ raw insert time */
  ratio: number
  onList: number
}

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const TOWNS = ['苏溪镇', '佛堂镇', '稠城街道', '北苑街道']

function code(n: number): string {
  let body = ''
  for (let i = 0, v = n; i < 9; i++, v = Math.floor(v / 31)) body = ALPHABET[v % 31] + body
  const first17 = `92330782${body}`
  return first17 + creditCodeCheckChar(first17)
}

export function insuredRows(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    line: i + 2, creditCode: code(i + 1), name: `参保测试企业${i + 1}有限公司`, insured: 1 + ((i * 7919) % 400), townId: TOWNS[i % TOWNS.length], month: '2026-02',
  }))
}

function rawInsert(path: string, rows: ReturnType<typeof insuredRows>): number {
  const db = new Database(path)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  db.pragma('cache_size = -65536')
  migrate(db)
  try {
    const insert = db.prepare(ORGANISING_SQL.upsert)
    const at = '2026-03-10T10:00:00+08:00'
    const t0 = process.hrtime.bigint()
    db.transaction(() => {
      for (const r of rows) {
        insert.run(entryRow({
          creditCode: r.creditCode, name: r.name, insured: r.insured, month: r.month, townId: 'sx', areaId: null, enterpriseId: null, covered: false,
          coveredAt: null, status: 'todo', organiserOpenid: null, organiserName: null, nextContact: null, remindAt: null, notes: [],
          history: [{ importId: 'raw', month: r.month, insured: r.insured, at }], importId: 'raw', createdAt: at, updatedAt: at, version: 1,
        }))
      }
    })()
    return msSince(t0)
  } finally {
    db.close()
  }
}

export async function benchOrganisingImport(opts: { rows?: number } = {}): Promise<OrganisingImportResult> {
  const count = opts.rows ?? 50_000
  const rows = insuredRows(count)
  const dir = makeTempDir('organising')
  try {
    const deps = localDeps({ dbPath: join(dir.path, 'union.db'), dataDir: dir.path, baseUrl: () => 'http://127.0.0.1:0', log: memoryLogger() })
    await seedDemo(deps.store)
    const caller = { kind: 'user' as const, openid: 'o-city-admin' }
    const now = new Date('2026-03-10T10:00:00+08:00')
    const chunks = Math.ceil(count / IMPORT_CHUNK_ROWS)
    let importId: string | undefined
    let out: any
    const t0 = process.hrtime.bigint()
    for (let c = 0; c < chunks; c++) {
      const part = rows.slice(c * IMPORT_CHUNK_ROWS, (c + 1) * IMPORT_CHUNK_ROWS)
      out = await FUNCTIONS.organising.invoke({ action: 'importInsured', rows: part, chunk: c, last: c === chunks - 1, ...(importId ? { importId } : {}) }, caller, deps, now)
      if (!out.ok) throw new Error(`import failed: ${out.error.code} ${out.error.message}`)
      importId = out.data.importId
    }
    const importMs = msSince(t0)
    await deps.store.close()
    const rawInsertMs = rawInsert(join(dir.path, 'raw.db'), rows)
    const perSec = (ms: number) => Math.round(count / (ms / 1000))
    return {
      rows: count, chunks, importMs: Math.round(importMs), importRowsPerSec: perSec(importMs), rawInsertMs: Math.round(rawInsertMs),
      rawRowsPerSec: perSec(rawInsertMs), ratio: Math.round((importMs / rawInsertMs) * 10) / 10, onList: out.data.onList,
    }
  } finally {
    dir.remove()
  }
}

if (require.main === module) {
  benchOrganisingImport().then((r) => console.log(JSON.stringify(r, null, 2)))
}
