/**
 * Evidence photos: where an upload is stored, whose it is, and how a reader gets it. A file's key is
 * `evidence/<id>-<tag>.<ext>`, `<tag>` a keyed hash of the uploader's reporterKey and `<id>`: it binds the file to
 * its uploader (a case or message may only carry its sender's own files) without the openid, and without a
 * per-person folder. Links carry the key (local `/files/<key>`, CloudBase temp URLs the cloud path), so a
 * per-person folder would let an officer match an anonymous report's photos with the same worker's named one.
 */
import { timingSafeEqual } from 'node:crypto'
import { EVIDENCE_EXTENSIONS, type EvidenceType } from '../../../types/grievance'
import type { ActionContext } from '../../_lib/runtime/deps'
import { fail, type Failure } from '../../_lib/runtime/result'
import { callerKey } from './access'

/** Officers and workers get links to private files that expire after five minutes. */
export const PHOTO_LINK_TTL_SECONDS = 300

/** First 16 hex of the caller's reporterKey: names them in internal records (never in a key or a link). */
export const evidenceOwner = (ctx: ActionContext) => callerKey(ctx).slice(0, 16)

/** `kind` keeps the two apart: a slot's name (given to the client) is never also a valid evidence key. */
const tagFor = (ctx: ActionContext, id: string, kind: 'evidence' | 'incoming' = 'evidence') =>
  ctx.deps.crypto.hash(`${kind}:${callerKey(ctx)}:${id}`).slice(0, 16)

export function evidenceKey(ctx: ActionContext, type: EvidenceType): string {
  const id = ctx.deps.ids()
  return `evidence/${id}-${tagFor(ctx, id)}.${EVIDENCE_EXTENSIONS[type]}`
}

/**
 * Where a mini-program uploads a photo itself (`uploadSlot`) before `finishUpload` checks it. Only the
 * function ever writes `evidence/` keys, so a file a client wrote is never taken as evidence unchecked.
 */
export function incomingKey(ctx: ActionContext, type: EvidenceType): { id: string; key: string } {
  const id = ctx.deps.ids()
  return { id, key: `incoming/${id}-${tagFor(ctx, id, 'incoming')}.${EVIDENCE_EXTENSIONS[type]}` }
}

const EVIDENCE_KEY = /^evidence\/([0-9A-Za-z]{1,64})-([0-9a-f]{16})\.(?:jpg|png|webp)$/
const INCOMING_KEY = /^incoming\/([0-9A-Za-z]{1,64})-([0-9a-f]{16})\.(jpg|png|webp)$/

const ownTag = (ctx: ActionContext, m: RegExpExecArray | null, kind: 'evidence' | 'incoming' = 'evidence') =>
  m !== null && timingSafeEqual(Buffer.from(m[2]), Buffer.from(tagFor(ctx, m[1], kind)))

/** Whether a storage key is one of the caller's own evidence uploads (a keyed tag: no storage read). */
export function isOwnKey(ctx: ActionContext, key: string | null): boolean {
  return ownTag(ctx, key === null ? null : EVIDENCE_KEY.exec(key))
}

/** The id (its slot's) and extension of one of the caller's own `incomingKey`s, or null for any other key. */
export function ownIncoming(ctx: ActionContext, key: string | null): { id: string; ext: string } | null {
  const m = key === null ? null : INCOMING_KEY.exec(key)
  return ownTag(ctx, m, 'incoming') ? { id: m![1], ext: m![3] } : null
}

const NOT_YOURS = '这张照片不是您上传的，请重新上传'
const MISSING = '照片不存在或已被删除，请重新上传'
const REPEATED = '同一张照片添加了两次，请删除重复的照片'

/**
 * Every attachment must be the caller's own upload and still stored. A VALIDATION failure names each bad
 * one (`attachments.<i>`); null when all are fine. Runs before anything is written.
 */
export async function checkAttachments(ctx: ActionContext, fileIds: readonly string[]): Promise<Failure | null> {
  const reasons = await Promise.all(
    fileIds.map(async (id, i) => {
      if (fileIds.indexOf(id) !== i) return REPEATED
      if (!isOwnKey(ctx, ctx.deps.files.keyOf(id))) return NOT_YOURS
      return (await ctx.deps.files.exists(id)) ? null : MISSING
    }),
  )
  const bad = reasons.flatMap((reason, i) => (reason ? [[`attachments.${i}`, reason] as const] : []))
  if (bad.length === 0) return null
  const firstIndex = reasons.findIndex((r) => r !== null)
  return fail('VALIDATION', `第 ${firstIndex + 1} 张照片：${bad[0][1]}`, Object.fromEntries(bad))
}

/**
 * Short-lived links to private files, in order. A file that is gone from storage (CloudBase answers
 * STORAGE_FILE_NONEXIST) is left out and logged, so one lost photo never hides the whole case or message list.
 */
export async function photoLinks(ctx: ActionContext, fileIds: readonly string[]): Promise<string[]> {
  const links = await Promise.allSettled(fileIds.map((f) => ctx.deps.files.signedUrl(f, PHOTO_LINK_TTL_SECONDS)))
  return links.flatMap((link, index) => {
    if (link.status === 'fulfilled') return [link.value]
    const error = link.reason instanceof Error ? link.reason.message : String(link.reason)
    ctx.deps.log.error('evidence photo link failed', { requestId: ctx.requestId, index, error })
    return []
  })
}
