/**
 * The transport interface (one per build target, chosen in ./transports.ts): how a call reaches the functions, how a photo's
 * bytes reach cloud storage where a call cannot carry them (CloudBase: 100 KB of text per call), and how a desktop
 * browser signs in with the ticket `account.desktopPoll` answered. Implementations:
 * - ./transport-weapp.ts      the mini-program: Taro.cloud (identity = the WeChat user, injected by CloudBase)
 * - ./transport-cloud-web.ts  H5 built for production (TARO_APP_CLOUD_ENV): @cloudbase/js-sdk, custom login
 * - ./transport-host.ts       H5 in development: HTTP to the local host, with its development identity headers
 */
import type { Envelope, ErrorBody } from '../../types/envelope'

export const NETWORK_ERROR: ErrorBody = { code: 'NETWORK', message: '网络异常，请检查网络后重试' }
export const BAD_REPLY: ErrorBody = { code: 'INTERNAL', message: '系统繁忙，请稍后再试' }

/** A shrunk photo: its bytes as base64, and on weapp the file they were read from (`path`). */
export type UploadPhoto = { contentType: 'image/jpeg' | 'image/png' | 'image/webp'; dataBase64: string; path?: string }

export interface Transport {
  /** Never throws for expected failures: they come back as `{ ok: false }` envelopes (NETWORK when unreachable). */
  call<T>(fn: string, action: string, input: object): Promise<Envelope<T>>
  /** Whether this photo can go to cloud storage itself (then `grievance.uploadSlot` → `uploadFile` → `finishUpload`). */
  uploads(photo: UploadPhoto): boolean
  /** Puts the photo at `cloudPath` and answers its file id; throws when the upload fails. */
  uploadFile(cloudPath: string, photo: UploadPhoto): Promise<string>
  /** Desktop sign-in with a ticket from `account.desktopPoll`: true once this browser is signed in. */
  signIn(ticket: string): Promise<boolean>
  /** Forgets this browser's sign-in (the session itself is ended with `account.desktopEnd`). */
  signOut(): Promise<void>
}

export function asEnvelope<T>(value: unknown): Envelope<T> {
  const v = value as Envelope<T> | null | undefined
  if (v && typeof v === 'object' && (v.ok === true || (v.ok === false && typeof v.error?.code === 'string'))) return v
  return { ok: false, error: BAD_REPLY }
}
