/**
 * Import of a directory file into a fresh SQLite file: `importDirectory` (cross-row validation, upsert,
 * bigram search index) against a raw prepared-statement insert loop of the same rows in one transaction,
 * on the same schema and pragmas. Parsing and zod validation of the JSON file are timed separately.
 * Rounds alternate which of the two goes first; medians are reported.
 */
import Database from 'better-sqlite3'
import { readFileSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { directoryFile } from '../types/directory'
import { importDirectory } from '../cloudfunctions/directory/importDirectory'
import { planImport, type ImportBatch } from '../cloudfunctions/_lib/domain/directory-import'
import { isFailure } from '../cloudfunctions/_lib/runtime/result'
import { migrate, openSqliteStore } from '../cloudfunctions/_lib/store/sqlite'
import { fromEnterprise, fromOrg } from '../cloudfunctions/_lib/store/sqlite/rows'
import { median, msSince } from './lib/stats'

/** Medians over `rounds` (ms). */
export type ImportResult = {
  rounds: number
  rows: number
  fileBytes: number
  /** readFileSync + JSON.parse */
  jsonParseMs: number
  /** directoryFile.parse (zod) of the parsed JSON */
  zodValidateMs: number
  /** planImport alone (the cross-row checks importDirectory runs before writing) */
  planMs: number
  importMs: number
  importRowsPerSec: number
  rawInsertMs: number
  rawRowsPerSec: number
  /** importDirectory time ÷ raw insert time */
  ratio: number
  /** bigram postings written by importDirectory (the search index) */
  gramPostings: number
  dbBytes: number
  journalMode: string
  /** the imported database, kept for the search bench (inside the caller's workDir) */
  dbPath: string
}

/** The adapter's pragmas (cloudfunctions/_lib/store/sqlite/index.ts), so the baseline pays the same durability. */
function openRaw(path: string) {
  const db = new Database(path)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  db.pragma('cache_size = -65536')
  migrate(db)
  return db
}

function rawInsert(path: string, { orgs, enterprises }: ImportBatch): number {
  const db = openRaw(path)
  try {
    const insertOrg = db.prepare(
      'INSERT INTO orgs (id, name, type, kind, parent_id, path, town_id) VALUES (@id, @name, @type, @kind, @parent_id, @path, @town_id)',
    )
    const insertEnterprise = db.prepare(
      `INSERT INTO enterprises (id, name, credit_code, town_id, union_id, joint_union_id, staff, industry)
       VALUES (@id, @name, @credit_code, @town_id, @union_id, @joint_union_id, @staff, @industry)`,
    )
    const start = process.hrtime.bigint()
    db.transaction(() => {
      for (const o of orgs) insertOrg.run(fromOrg(o))
      for (const e of enterprises) insertEnterprise.run(fromEnterprise(e))
    })()
    return msSince(start)
  } finally {
    db.close()
  }
}

/** One round: parse, validate, plan, then the raw baseline and importDirectory in the given order. */
async function round(jsonPath: string, dir: string, n: number, rawFirst: boolean) {
  let start = process.hrtime.bigint()
  const raw: unknown = JSON.parse(readFileSync(jsonPath, 'utf8'))
  const jsonParseMs = msSince(start)
  start = process.hrtime.bigint()
  const file = directoryFile.parse(raw)
  const zodValidateMs = msSince(start)
  start = process.hrtime.bigint()
  const plan = planImport(file, new Map())
  const planMs = msSince(start)
  if (!plan.ok) throw new Error(`bench file is invalid: ${JSON.stringify(plan.problems.slice(0, 3))}`)

  const dbPath = join(dir, `import-${n}.db`)
  const viaImport = async () => {
    const store = openSqliteStore(dbPath)
    const t = process.hrtime.bigint()
    const summary = await importDirectory(store, file)
    const ms = msSince(t)
    await store.close()
    if (isFailure(summary)) throw new Error(`importDirectory refused the bench file: ${summary.message}`)
    return ms
  }
  const rawPath = join(dir, `raw-${n}.db`)
  let rawInsertMs = rawFirst ? rawInsert(rawPath, plan.batch) : 0
  const importMs = await viaImport()
  if (!rawFirst) rawInsertMs = rawInsert(rawPath, plan.batch)
  removeDb(rawPath)
  const rows = file.orgs.length + file.enterprises.length + file.officers.length
  return { rows, jsonParseMs, zodValidateMs, planMs, importMs, rawInsertMs, dbPath }
}

const removeDb = (path: string) => ['', '-wal', '-shm'].forEach((suffix) => rmSync(path + suffix, { force: true }))

/** `rounds` alternating rounds (raw first, then import first, …); medians are reported. */
export async function benchImport(opts: { jsonPath: string; workDir: string; rounds?: number }): Promise<ImportResult> {
  const rounds: Awaited<ReturnType<typeof round>>[] = []
  for (let n = 0; n < (opts.rounds ?? 3); n++) {
    if (n > 0) removeDb(rounds[n - 1].dbPath)
    rounds.push(await round(opts.jsonPath, opts.workDir, n, n % 2 === 0))
  }
  const mid = (key: 'jsonParseMs' | 'zodValidateMs' | 'planMs' | 'importMs' | 'rawInsertMs') => median(rounds.map((r) => r[key]))
  const { rows, dbPath } = rounds[rounds.length - 1]
  const importMs = mid('importMs')
  const rawInsertMs = mid('rawInsertMs')

  const db = new Database(dbPath, { readonly: true })
  const gramPostings = (db.prepare('SELECT count(*) AS n FROM enterprise_grams').get() as { n: number }).n
  const journalMode = String(db.pragma('journal_mode', { simple: true }))
  db.close()
  return {
    rounds: rounds.length,
    rows,
    fileBytes: statSync(opts.jsonPath).size,
    jsonParseMs: mid('jsonParseMs'),
    zodValidateMs: mid('zodValidateMs'),
    planMs: mid('planMs'),
    importMs,
    importRowsPerSec: rows / (importMs / 1000),
    rawInsertMs,
    rawRowsPerSec: rows / (rawInsertMs / 1000),
    ratio: importMs / rawInsertMs,
    gramPostings,
    dbBytes: statSync(dbPath).size,
    journalMode,
    dbPath,
  }
}
