/**
 * H5 built for production (TARO_APP_CLOUD_ENV set at build time): the deployed functions through @cloudbase/js-sdk.
 * Loaded only from ./transports.ts inside a branch webpack drops from the weapp build and from development H5 builds, so the
 * SDK (~550 KB) is never in the mini-program and is a separate chunk on H5.
 * - Before the desktop signs in it holds an anonymous CloudBase login (the environment must allow 匿名登录): enough
 *   for `account.desktopStart` / `desktopPoll`, which need no identity.
 * - `signIn(ticket)` is `auth.signInWithCustomTicket` (the SDK's current name for `customAuthProvider().signIn`);
 *   from then on every call carries the custom user id (a desktop session id) that the functions map to the officer.
 * - Photos: `uploadFile` to the slot's path, as the mini-program does (a call carries at most 100 KB).
 */
import { NETWORK_ERROR, asEnvelope, type Transport } from './transport'

/** The part of @cloudbase/js-sdk 3.x this transport uses (its full types are the SDK's `cloudbase` namespace). */
export type WebAuth = {
  getLoginState(): Promise<unknown>
  signInAnonymously(): Promise<unknown>
  signInWithCustomTicket(getTicket: () => Promise<string>): Promise<unknown>
  signOut(): Promise<unknown>
}
export type WebApp = {
  auth(options: { persistence: 'local' }): WebAuth
  callFunction(options: { name: string; data: object }): Promise<{ result: unknown }>
  uploadFile(params: { cloudPath: string; filePath: Blob; fileContent: Blob }): Promise<{ fileID: string }>
}
export type WebSdk = { init(config: { env: string }): WebApp }

type Opened = { app: WebApp; auth: WebAuth }

function blobOf(dataBase64: string, contentType: string): Blob {
  const bytes = Uint8Array.from(atob(dataBase64), (c) => c.charCodeAt(0))
  return new Blob([bytes], { type: contentType })
}

export function cloudWebTransport(envId: string, load: () => Promise<WebSdk> = loadSdk): Transport {
  let opened: Promise<Opened> | null = null
  const open = () => {
    opened ??= load().then((sdk) => {
      const app = sdk.init({ env: envId })
      return { app, auth: app.auth({ persistence: 'local' }) }
    })
    opened.catch(() => (opened = null)) // a failed chunk load or init is tried again on the next call
    return opened
  }
  /** Functions refuse callers without any login state: until the desktop signs in, an anonymous one. */
  const loggedIn = async ({ auth }: Opened) => {
    if (await auth.getLoginState()) return
    const res = (await auth.signInAnonymously()) as { error?: unknown } | undefined
    if (res?.error) throw new Error('anonymous sign-in refused')
  }
  return {
    async call(fn, action, input) {
      try {
        const o = await open()
        await loggedIn(o)
        return asEnvelope((await o.app.callFunction({ name: fn, data: { ...input, action } })).result)
      } catch {
        return { ok: false, error: NETWORK_ERROR }
      }
    },
    uploads: () => true,
    async uploadFile(cloudPath, photo) {
      const o = await open()
      await loggedIn(o)
      // On the web the SDK PUTs `filePath` as the body (its type says string; the browser build takes a Blob/File).
      const file = blobOf(photo.dataBase64, photo.contentType)
      return (await o.app.uploadFile({ cloudPath, filePath: file, fileContent: file })).fileID
    },
    async signIn(ticket) {
      try {
        const { auth } = await open()
        await auth.signInWithCustomTicket(() => Promise.resolve(ticket))
        return true
      } catch {
        return false
      }
    },
    async signOut() {
      try {
        await (await open()).auth.signOut()
      } catch {
        // Nothing to forget when the SDK never loaded.
      }
    },
  }
}

async function loadSdk(): Promise<WebSdk> {
  const mod = (await import('@cloudbase/js-sdk')) as unknown as { default?: WebSdk } & WebSdk
  return mod.default ?? mod
}
