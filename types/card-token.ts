/**
 * The e-member card token: a compact Ed25519-signed claim set carried by the card's QR code.
 * One module for the signer (function `card`) and every verifier (`card.verify`, the offline verifier page, the
 * bench). Pure and portable: runs in Node, the browser and the WeChat mini-program (no node:crypto, no Buffer,
 * no TextEncoder, no crypto.subtle, no clock of its own).
 *
 * Token v1: `UC1.` + base64url(body ‖ signature), canonical (no padding, unused bits zero).
 *   body = keyId (4) ‖ exp (uint32 BE, unix seconds) ‖ status (1) ‖ memberNo ‖ orgId ‖ orgName ‖ nameMasked
 *   each string: 1 length byte + UTF-8; signature = Ed25519(seed, "union-card/v1" ‖ body), 64 bytes.
 * The signed message starts with a context label so this key's signatures mean "card, v1" and nothing else.
 */
import * as ed from '@noble/ed25519'
import { sha512 } from '@noble/hashes/sha2.js'
import { MEMBER_STATUSES, type MemberStatus } from './membership-labels'
import type { VerifyView } from './membership-views'

// Synchronous hashing for noble (v3 has no sync default; crypto.subtle is async and absent on weapp).
// The cast bridges the two packages' typings (ArrayBuffer vs ArrayBufferLike); the function is the one noble documents.
ed.hashes.sha512 = sha512 as typeof ed.hashes.sha512

export const CARD_TOKEN_PREFIX = 'UC1.'
const CONTEXT = utf8Encode('union-card/v1')
const SIG_BYTES = 64
const FIXED_BYTES = 4 + 4 + 1
/**
 * The four strings share this many bytes, so a token stays under 200 characters (a small QR): the org name,
 * display-only, gets what the others leave (at least 12 bytes) and is cut with … when longer. The card page
 * shows the full name from the `card.token` reply. Only ids far longer than any in use (memberNo + orgId over
 * ~40 bytes) push a token past 200 characters; at every cap it stays under 320.
 */
export const CLAIM_STRINGS_MAX_BYTES = 69
const ORG_NAME_MIN_BYTES = 12
const NAME_MASKED_MAX_BYTES = 16
/** The directory's id limit (types/directory.ts); ids that long make a larger QR, still within one token. */
const ID_MAX_BYTES = 64
/** Anything longer is not a token of ours: rejected before any work. */
const TOKEN_MAX_CHARS = 400

export type CardClaims = {
  memberNo: string
  orgId: string
  orgName: string
  nameMasked: string
  status: MemberStatus
  /** Unix seconds; the token is valid strictly before this instant. */
  exp: number
}

/** What a verifier learns from a token: VerifyView without the online-only reason, plus the signed claims. */
export type VerifyResult = Omit<VerifyView, 'reason'> & {
  reason: Exclude<VerifyView['reason'], 'unknown_member'>
  /** Set when the signature is good (valid, expired, suspended, left); null when forged or malformed. */
  claims: CardClaims | null
}

// ---- public API ----

export function publicKeyOf(seed: Uint8Array): Uint8Array {
  return publicKeyOfSeed(bytesOf(seed, 32, 'seed')).slice()
}

/** 8 hex characters naming a public key (first 4 bytes of its SHA-512); carried in every token. */
export function keyIdOf(publicKey: Uint8Array): string {
  return toHex(keyIdBytes(bytesOf(publicKey, 32, 'public key')))
}

/**
 * Signs one message with the card key. Ed25519 signatures are deterministic, so every signer of one seed gives the
 * same bytes: the function uses Node's native Ed25519 (cloudfunctions/card/lib/keys.ts, ~30× faster than this
 * pure-JS one), pages and tests may use `seedSigner`.
 */
export type CardSigner = { publicKey: Uint8Array; sign(message: Uint8Array): Uint8Array }

/** The portable signer (noble ed25519) for a 32-byte seed. */
export function seedSigner(seed: Uint8Array): CardSigner {
  const key = bytesOf(seed, 32, 'seed').slice()
  return { publicKey: publicKeyOfSeed(key), sign: (message) => ed.sign(message, key) }
}

export function signCardToken(claims: CardClaims, key: Uint8Array | CardSigner): string {
  const signer = key instanceof Uint8Array ? seedSigner(key) : key
  const status = MEMBER_STATUSES.indexOf(claims.status)
  if (status < 0) throw new TypeError(`unknown member status ${claims.status}`)
  if (!Number.isInteger(claims.exp) || claims.exp < 0 || claims.exp > 0xffffffff) throw new TypeError('exp must be unix seconds')
  const memberNo = idBytes(claims.memberNo, 'memberNo')
  const orgId = idBytes(claims.orgId, 'orgId')
  const nameMasked = utf8Truncate(claims.nameMasked, NAME_MASKED_MAX_BYTES)
  const orgBudget = Math.max(ORG_NAME_MIN_BYTES, CLAIM_STRINGS_MAX_BYTES - memberNo.length - orgId.length - nameMasked.length)
  const fields = [memberNo, orgId, utf8Truncate(claims.orgName, orgBudget), nameMasked]
  const body = new Uint8Array(FIXED_BYTES + fields.reduce((n, f) => n + 1 + f.length, 0))
  body.set(keyIdBytes(bytesOf(signer.publicKey, 32, 'public key')), 0)
  new DataView(body.buffer).setUint32(4, claims.exp)
  body[8] = status
  let at = FIXED_BYTES
  for (const f of fields) {
    body[at++] = f.length
    body.set(f, at)
    at += f.length
  }
  const signature = bytesOf(signer.sign(concat(CONTEXT, body)), SIG_BYTES, 'signature')
  return CARD_TOKEN_PREFIX + base64urlEncode(concat(body, signature))
}

/**
 * Never throws on any token. Order: malformed (not our shape) → forged (wrong key or bad signature) →
 * expired (now ≥ exp) → suspended / left (as signed) → valid. Forged and malformed show no member;
 * an expired, suspended or left token shows the masked claims with `valid: false`.
 */
export function verifyCardToken(token: string, publicKey: Uint8Array, now: Date): VerifyResult {
  const pk = bytesOf(publicKey, 32, 'public key')
  if (Number.isNaN(now.getTime())) throw new TypeError('now must be a valid Date') // else every token would look current
  const parsed = parseToken(token)
  if (!parsed) return { valid: false, reason: 'malformed', member: null, expiresAt: null, claims: null }
  if (!sameBytes(parsed.keyId, keyIdBytes(pk)) || !signatureOk(parsed.signature, parsed.body, pk))
    return { valid: false, reason: 'forged', member: null, expiresAt: null, claims: null }
  const c = parsed.claims
  const reason = Math.floor(now.getTime() / 1000) >= c.exp ? 'expired' : c.status === 'active' ? 'valid' : c.status
  const member = { nameMasked: c.nameMasked, memberNo: c.memberNo, orgId: c.orgId, orgName: c.orgName, status: c.status }
  return { valid: reason === 'valid', reason, member, expiresAt: isoShanghai(c.exp), claims: c }
}

/** The message an Ed25519 verifier checks for `token` (the bench's bare-verify baseline), or null if malformed. */
export function signedPartsOf(token: string): { message: Uint8Array; signature: Uint8Array } | null {
  const parsed = parseToken(token)
  return parsed && { message: concat(CONTEXT, parsed.body), signature: parsed.signature }
}

// ---- parsing ----

type Parsed = { keyId: Uint8Array; body: Uint8Array; signature: Uint8Array; claims: CardClaims }

function parseToken(token: unknown): Parsed | null {
  if (typeof token !== 'string' || token.length > TOKEN_MAX_CHARS || !token.startsWith(CARD_TOKEN_PREFIX)) return null
  const bytes = base64urlDecode(token.slice(CARD_TOKEN_PREFIX.length))
  if (!bytes || bytes.length < FIXED_BYTES + 4 + SIG_BYTES) return null
  const body = bytes.subarray(0, bytes.length - SIG_BYTES)
  const status = MEMBER_STATUSES[body[8]]
  if (!status) return null
  const strings: string[] = []
  let at = FIXED_BYTES
  for (let k = 0; k < 4; k++) {
    const len = body[at++]
    if (len === undefined || at + len > body.length) return null
    const s = utf8Decode(body.subarray(at, at + len))
    if (s === null) return null
    strings.push(s)
    at += len
  }
  if (at !== body.length) return null
  const [memberNo, orgId, orgName, nameMasked] = strings
  if (!memberNo || !orgId) return null
  const exp = new DataView(body.buffer, body.byteOffset, body.byteLength).getUint32(4)
  return {
    keyId: body.subarray(0, 4),
    body,
    signature: bytes.subarray(body.length),
    claims: { memberNo, orgId, orgName, nameMasked, status, exp },
  }
}

function signatureOk(signature: Uint8Array, body: Uint8Array, publicKey: Uint8Array): boolean {
  try {
    return ed.verify(signature, concat(CONTEXT, body), publicKey)
  } catch {
    return false // an undecodable point in the signature is a forgery, not a crash
  }
}

// ---- small byte helpers (portable: no Buffer, no TextEncoder) ----

const publicKeyCache = { seed: null as Uint8Array | null, publicKey: new Uint8Array(32) }
/** Memoised for the last seed: a signer signs every token with one key (saves a scalar multiplication each). */
function publicKeyOfSeed(seed: Uint8Array): Uint8Array {
  if (!publicKeyCache.seed || !sameBytes(publicKeyCache.seed, seed)) {
    publicKeyCache.publicKey = ed.getPublicKey(seed)
    publicKeyCache.seed = seed.slice()
  }
  return publicKeyCache.publicKey
}

const keyIdCache = { key: null as Uint8Array | null, id: new Uint8Array(4) }
/** Memoised for the last key: a verifier checks many tokens against one published key. */
function keyIdBytes(publicKey: Uint8Array): Uint8Array {
  if (!keyIdCache.key || !sameBytes(keyIdCache.key, publicKey)) {
    keyIdCache.id = sha512(publicKey).slice(0, 4)
    keyIdCache.key = publicKey.slice()
  }
  return keyIdCache.id
}

/** A fresh Uint8Array of this realm (Node Buffers and cross-realm arrays are copied), checked for length. */
function bytesOf(value: Uint8Array, length: number, what: string): Uint8Array {
  if (!ArrayBuffer.isView(value) || value.byteLength !== length) throw new TypeError(`${what} must be ${length} bytes`)
  return new Uint8Array(value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength))
}

function idBytes(value: string, what: string): Uint8Array {
  const bytes = utf8Encode(value)
  if (bytes.length === 0 || bytes.length > ID_MAX_BYTES) throw new TypeError(`${what} must be 1–${ID_MAX_BYTES} bytes`)
  return bytes
}

/** UTF-8 of `value`, cut at a character boundary to at most `max` bytes, ending in … when cut. */
function utf8Truncate(value: string, max: number): Uint8Array {
  const whole = utf8Encode(value)
  if (whole.length <= max) return whole
  const chars = Array.from(value)
  while (chars.length && utf8Encode(`${chars.join('')}…`).length > max) chars.pop()
  return utf8Encode(`${chars.join('')}…`)
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length)
  out.set(a, 0)
  out.set(b, a.length)
  return out
}

const toHex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')

/** `YYYY-MM-DDTHH:mm:ss+08:00` (Asia/Shanghai has no DST), as every time in the API. */
function isoShanghai(unixSeconds: number): string {
  return `${new Date(unixSeconds * 1000 + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`
}

export function utf8Encode(s: string): Uint8Array {
  const out: number[] = []
  for (const ch of s) {
    const c = ch.codePointAt(0)!
    if (c >= 0xd800 && c <= 0xdfff) out.push(0xef, 0xbf, 0xbd) // a lone surrogate → U+FFFD
    else if (c < 0x80) out.push(c)
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63))
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63))
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63))
  }
  return Uint8Array.from(out)
}

/** Strict UTF-8 (no overlongs, surrogates or code points above U+10FFFF); null on any invalid sequence. */
export function utf8Decode(bytes: Uint8Array): string | null {
  let out = ''
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]
    const n = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1
    if (n < 0 || i + n >= bytes.length) return null
    let c = n === 0 ? b : b & (0x3f >> n)
    for (let k = 1; k <= n; k++) {
      const cont = bytes[i + k]
      if ((cont & 0xc0) !== 0x80) return null
      c = (c << 6) | (cont & 63)
    }
    if ((n === 2 && (c < 0x800 || (c >= 0xd800 && c <= 0xdfff))) || (n === 3 && (c < 0x10000 || c > 0x10ffff))) return null
    out += String.fromCodePoint(c)
    i += n + 1
  }
  return out
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const B64_INDEX = new Int8Array(128).fill(-1)
for (let i = 0; i < B64.length; i++) B64_INDEX[B64.charCodeAt(i)] = i

export function base64urlEncode(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6))
    for (let k = 0; k < chars; k++) out += B64[(n >> (18 - 6 * k)) & 63]
  }
  return out
}

/** Canonical base64url only (no padding, unused trailing bits zero): one token has one spelling. */
export function base64urlDecode(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null
  const out = new Uint8Array(Math.floor((text.length * 6) / 8))
  let acc = 0
  let bits = 0
  let at = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const v = code < 128 ? B64_INDEX[code] : -1
    if (v < 0) return null
    acc = ((acc << 6) | v) & 0xffffff
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out[at++] = (acc >> bits) & 0xff
    }
  }
  if (bits > 0 && (acc & ((1 << bits) - 1)) !== 0) return null
  return out
}
