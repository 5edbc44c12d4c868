/**
 * The directory import on CloudBase: `doc(id).set(...)` (upsert) of every record inside transactions of at
 * most TX_DOCS records, so a batch up to that size — every admin import, see TX_DOCS — is all-or-nothing.
 * A larger batch is written transaction by transaction: if one fails, the records of the transactions
 * before it stay written (each whole), the rest are not, and the error says how many; running the same
 * batch again is safe (every write is an idempotent upsert). Credit-code clashes are found before anything
 * is written (the unique index on `creditCode` still guards against a race, and its error becomes the same
 * CONFLICT).
 */
import type { Enterprise, Officer, Org } from '../../../../types/directory'
import { AppError } from '../../runtime/result'
import { chunks, isDuplicateWrite, type Db, type Doc } from './db'
import { enterpriseFields, orgFields } from './directory-docs'
import { officerFields } from './officers'
import { transact, type Tx } from './transaction'

export type DirectoryBatch = { orgs: Org[]; enterprises: Enterprise[]; officers: Officer[] }

/**
 * Records per transaction. The platform documents no cap (docs/cloudbase.md); each record is one request in
 * sequence, so 500 keeps a transaction under 60 s (the directory function's timeout, and MongoDB's default
 * transaction lifetime) even at 50 ms a request. An admin import is one function call of at most 100 KB of
 * JSON, about 500–1,000 records: one or two transactions.
 */
export const TX_DOCS = 500

type Write = { collection: string; id: string; fields: Record<string, unknown>; enterprise?: [Enterprise, number] }

/** `holder` is unknown when the unique index (not the pre-check) caught the clash. */
function clash(index: number, code: string, holder?: { id: string; name: string }): AppError {
  const who = holder ? `企业“${holder.name}”` : '其他企业'
  return new AppError('CONFLICT', `统一社会信用代码 ${code} 已被${who}${holder ? `（${holder.id}）` : ''}使用`, {
    [`enterprises.${index}.creditCode`]: `该统一社会信用代码已被${who}使用`,
  })
}

async function holdersOf(db: Db, codes: string[]): Promise<Map<string, Doc>> {
  const _ = db.command
  const holders = new Map<string, Doc>()
  for (const part of chunks(codes, 100)) {
    const res = await db.collection('enterprises').where({ creditCode: _.in(part) }).limit(1000).get()
    for (const doc of res.data as Doc[]) holders.set(String(doc.creditCode), doc)
  }
  return holders
}

/** Throws CONFLICT for the first enterprise whose code another enterprise keeps after this batch. */
async function checkCreditCodes(db: Db, enterprises: Enterprise[]): Promise<void> {
  const codeAfterBatch = new Map(enterprises.map((e) => [e.id, e.creditCode]))
  const firstInBatch = new Map<string, Enterprise>()
  const holders = await holdersOf(db, [...new Set(enterprises.map((e) => e.creditCode))])
  enterprises.forEach((e, index) => {
    const earlier = firstInBatch.get(e.creditCode)
    if (earlier && earlier.id !== e.id) throw clash(index, e.creditCode, earlier)
    firstInBatch.set(e.creditCode, e)
    const holder = holders.get(e.creditCode)
    const holderKeepsCode = holder && (codeAfterBatch.get(holder._id) ?? e.creditCode) === e.creditCode
    if (holder && holder._id !== e.id && holderKeepsCode) {
      throw clash(index, e.creditCode, { id: holder._id, name: String(holder.name) })
    }
  })
}

/** One upsert inside the transaction; a credit code the unique index refuses becomes that row's CONFLICT. */
async function put(tx: Tx, w: Write): Promise<void> {
  try {
    await tx.collection(w.collection).doc(w.id).set(w.fields)
  } catch (error) {
    if (w.enterprise && isDuplicateWrite(error)) throw clash(w.enterprise[1], w.enterprise[0].creditCode)
    throw error
  }
}

/** The error of a failed transaction; when earlier transactions were committed, saying so. */
function partial(error: unknown, done: number, total: number): unknown {
  if (done === 0) return error
  if (error instanceof AppError) {
    const { code, message, fields } = error.failure
    return new AppError(code, `${message}（已写入前 ${done} 条，其余 ${total - done} 条未写入；重新导入同一文件是安全的）`, fields)
  }
  return new Error(`directory batch: ${done} of ${total} records written, the rest not; run the same batch again`, { cause: error })
}

export async function upsertDirectoryBatch(
  db: Db,
  batch: DirectoryBatch,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  await checkCreditCodes(db, batch.enterprises)
  const writes: Write[] = [
    ...batch.orgs.map((o) => ({ collection: 'orgs', id: o.id, fields: orgFields(o) })),
    ...batch.enterprises.map((e, index): Write => ({ collection: 'enterprises', id: e.id, fields: enterpriseFields(e), enterprise: [e, index] })),
    ...batch.officers.map((o) => ({ collection: 'officers', id: o.openid, fields: officerFields(o) })),
  ]
  let done = 0
  for (const part of chunks(writes, TX_DOCS)) {
    try {
      await transact(db, async (tx) => {
        for (const w of part) await put(tx, w)
      })
    } catch (error) {
      // A clash the commit found (a write outside this batch raced it): the pre-check names the holder now.
      if (isDuplicateWrite(error)) await checkCreditCodes(db, batch.enterprises).catch((named: unknown) => {
        throw partial(named, done, writes.length)
      })
      throw partial(error, done, writes.length)
    }
    done += part.length
    onProgress?.(done, writes.length)
  }
}
