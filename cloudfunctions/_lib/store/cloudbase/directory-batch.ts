/**
 * The directory import on CloudBase: no multi-document transactions, so a batch is a series of
 * idempotent `doc(id).set(...)` writes, 20 in flight at a time; an interrupted run is simply run
 * again. Credit-code clashes are found before anything is written (the unique index on
 * `creditCode` still guards against a race, and its error becomes the same CONFLICT).
 */
import type { Enterprise, Officer, Org } from '../../../../types/directory'
import { AppError } from '../../runtime/result'
import { chunks, isDuplicateWrite, putDoc, runBounded, type Db, type Doc } from './db'
import { enterpriseFields, orgFields } from './directory-docs'
import { officerFields } from './officers'

export type DirectoryBatch = { orgs: Org[]; enterprises: Enterprise[]; officers: Officer[] }

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

export async function upsertDirectoryBatch(
  db: Db,
  batch: DirectoryBatch,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  await checkCreditCodes(db, batch.enterprises)
  const writeEnterprise = async (e: Enterprise, index: number) => {
    try {
      await putDoc(db, 'enterprises', e.id, enterpriseFields(e))
    } catch (error) {
      if (isDuplicateWrite(error)) throw clash(index, e.creditCode)
      throw error
    }
  }
  await runBounded(
    [
      ...batch.orgs.map((o) => () => putDoc(db, 'orgs', o.id, orgFields(o))),
      ...batch.enterprises.map((e, index) => () => writeEnterprise(e, index)),
      ...batch.officers.map((o) => () => putDoc(db, 'officers', o.openid, officerFields(o))),
    ],
    onProgress,
  )
}
