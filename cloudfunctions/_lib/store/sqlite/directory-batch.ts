/**
 * The directory import: one transaction over prepared statements, upsert by id, the bigram index
 * kept in step. Any failure (e.g. a credit code held by another enterprise) rolls back everything.
 */
import type Database from 'better-sqlite3'
import type { Enterprise, Officer, Org } from '../../../../types/directory'
import { AppError } from '../../runtime/result'
import { asciiLower, bigrams } from './grams'
import { prepareOfficerUpsert } from './officers'
import { fromEnterprise, fromOrg } from './rows'

export type DirectoryBatch = { orgs: Org[]; enterprises: Enterprise[]; officers: Officer[] }
const PROGRESS_EVERY = 10_000

export function directoryBatch(db: Database.Database) {
  const upsertOrg = db.prepare(
    `INSERT INTO orgs (id, name, type, kind, parent_id, path, town_id)
     VALUES (@id, @name, @type, @kind, @parent_id, @path, @town_id)
     ON CONFLICT(id) DO UPDATE SET name = excluded.name, type = excluded.type, kind = excluded.kind,
       parent_id = excluded.parent_id, path = excluded.path, town_id = excluded.town_id`,
  )
  // Never INSERT OR REPLACE here: it would silently delete the row holding a clashing credit code.
  const upsertEnterprise = db.prepare(
    `INSERT INTO enterprises (id, name, credit_code, town_id, union_id, joint_union_id, staff, industry)
     VALUES (@id, @name, @credit_code, @town_id, @union_id, @joint_union_id, @staff, @industry)
     ON CONFLICT(id) DO UPDATE SET name = excluded.name, credit_code = excluded.credit_code,
       town_id = excluded.town_id, union_id = excluded.union_id, joint_union_id = excluded.joint_union_id,
       staff = excluded.staff, industry = excluded.industry`,
  )
  const currentName = db.prepare<[string], { name: string }>('SELECT name FROM enterprises WHERE id = ?')
  const codeHolder = db.prepare<[string], { id: string; name: string }>('SELECT id, name FROM enterprises WHERE credit_code = ?')
  // One statement per enterprise instead of one per bigram: ~30 % faster on a 100k import.
  const addGrams = db.prepare(
    'INSERT OR IGNORE INTO enterprise_grams (gram, enterprise_id) SELECT value, ? FROM json_each(?)',
  )
  const dropGrams = db.prepare(
    'DELETE FROM enterprise_grams WHERE enterprise_id = ? AND gram IN (SELECT value FROM json_each(?))',
  )
  const bumpCount = db.prepare(
    'INSERT INTO enterprise_gram_counts (gram, n) VALUES (?, ?) ON CONFLICT(gram) DO UPDATE SET n = n + excluded.n',
  )
  const recount = db.prepare(
    `INSERT INTO enterprise_gram_counts (gram, n) VALUES (?, (SELECT count(*) FROM enterprise_grams WHERE gram = ?))
     ON CONFLICT(gram) DO UPDATE SET n = excluded.n`,
  )
  const dropEmptyCounts = db.prepare('DELETE FROM enterprise_gram_counts WHERE n <= 0')
  const upsertOfficer = prepareOfficerUpsert(db)

  /** Per-bigram count changes of a batch; `dirty` bigrams are recounted instead. */
  type Tally = { deltas: Map<string, number>; dirty: Set<string> }

  function writeEnterprise(e: Enterprise, index: number, tally: Tally) {
    const holder = codeHolder.get(e.creditCode)
    if (holder && holder.id !== e.id) {
      throw new AppError('CONFLICT', `统一社会信用代码 ${e.creditCode} 已被企业“${holder.name}”（${holder.id}）使用`, {
        [`enterprises.${index}.creditCode`]: `该统一社会信用代码已被企业“${holder.name}”使用`,
      })
    }
    const before = currentName.get(e.id)
    upsertEnterprise.run(fromEnterprise(e))
    const oldGrams = before ? bigrams(asciiLower(before.name)) : []
    const newGrams = bigrams(asciiLower(e.name))
    const keep = new Set(newGrams)
    const had = new Set(oldGrams)
    const dropped = oldGrams.filter((g) => !keep.has(g))
    const added = newGrams.filter((g) => !had.has(g))
    postings(dropped, e.id, dropGrams, -1, tally)
    postings(added, e.id, addGrams, +1, tally)
  }

  /** Applies postings in one statement; if fewer rows changed than expected (the index had drifted), the bigrams are recounted. */
  function postings(grams: string[], id: string, statement: Database.Statement, sign: 1 | -1, tally: Tally) {
    if (grams.length === 0) return
    if (statement.run(id, JSON.stringify(grams)).changes !== grams.length) grams.forEach((g) => tally.dirty.add(g))
    else for (const g of grams) tally.deltas.set(g, (tally.deltas.get(g) ?? 0) + sign)
  }

  function writeCounts({ deltas, dirty }: Tally) {
    let shrank = false
    for (const [gram, delta] of deltas) {
      if (delta !== 0 && !dirty.has(gram)) bumpCount.run(gram, delta)
      if (delta < 0) shrank = true
    }
    for (const gram of dirty) recount.run(gram, gram)
    if (shrank || dirty.size > 0) dropEmptyCounts.run()
  }

  const run = db.transaction((batch: DirectoryBatch, onProgress?: (done: number, total: number) => void) => {
    const total = batch.orgs.length + batch.enterprises.length + batch.officers.length
    let done = 0
    const tick = () => {
      done++
      if (onProgress && (done % PROGRESS_EVERY === 0 || done === total)) onProgress(done, total)
    }
    for (const org of batch.orgs) {
      upsertOrg.run(fromOrg(org))
      tick()
    }
    const tally: Tally = { deltas: new Map(), dirty: new Set() }
    batch.enterprises.forEach((e, index) => {
      writeEnterprise(e, index, tally)
      tick()
    })
    writeCounts(tally)
    for (const officer of batch.officers) {
      upsertOfficer(officer)
      tick()
    }
  })

  return run
}
