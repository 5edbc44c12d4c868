/**
 * Evidence photos through the real host over HTTP: upload (size and real type checked), ownership of
 * attachments, and photos reachable only through a short-lived link by someone allowed to see the case.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { memoryLogger } from '../../../cloudfunctions/_lib/runtime/log'
import { reporterKey } from '../../../cloudfunctions/grievance/lib/keys'
import { startHost, type Host } from '../../../scripts/host/server'
import { uid } from '../../support/factories'
import { WEBP_LOSSLESS } from '../../support/image-fixtures'
import { newWorker, report } from './helpers'
import { EXE, JPEG, png } from './images'

const TOWN_OFFICER = 'o-town-sx-1'
const ENTERPRISE_UNION_OFFICER = 'o-eu-hx-1'
const AREA_OFFICER = 'o-sx-a1-1'

let host: Host
let dir: string
/** The host's clock (request time and file links): Tuesday 2026-03-10 10:00 Shanghai, moved forward only. */
let clockMs = Date.parse('2026-03-10T10:00:00+08:00')

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'union-photos-'))
  host = await startHost({
    port: 0, dbPath: join(dir, 'u.db'), dataDir: dir, dev: true, demo: true, timers: false, log: memoryLogger(),
    clock: () => new Date(clockMs),
  })
})
afterAll(async () => {
  await host.close()
  rmSync(dir, { recursive: true, force: true })
})

async function call(openid: string, action: string, input: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const res = await fetch(`${host.url}/fn/grievance`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dev-openid': openid, ...headers },
    body: JSON.stringify({ action, ...input }),
  })
  expect(res.status).toBe(200)
  return res.json()
}
function data(out: any): any {
  if (!out.ok) throw new Error(`expected ok, got ${out.error.code}: ${out.error.message} ${JSON.stringify(out.error.fields ?? {})}`)
  return out.data
}
const upload = (openid: string, bytes: Buffer, contentType: string, headers: Record<string, string> = {}) =>
  call(openid, 'upload', { contentType, dataBase64: bytes.toString('base64') }, headers)
const uploaded = async (openid: string, bytes: Buffer, contentType: string): Promise<string> =>
  data(await upload(openid, bytes, contentType)).fileId
const fileBlind = async (openid: string, attachments: string[]) =>
  data(await call(openid, 'submit', report({ privacy: 'employer_blind', attachments })))

async function fetchBytes(link: string) {
  const res = await fetch(link)
  return { status: res.status, type: res.headers.get('content-type'), bytes: Buffer.from(await res.arrayBuffer()) }
}
const storedEvidence = () => {
  try {
    return readdirSync(join(dir, 'files', 'data', 'evidence')).length
  } catch {
    return 0
  }
}

describe('When a worker files an employer-blind report with photos', () => {
  const worker = newWorker()
  const photo2 = png()
  let caseId: string
  let fileIds: string[]

  beforeAll(async () => {
    fileIds = [await uploaded(worker, JPEG, 'image/jpeg'), await uploaded(worker, photo2, 'image/png')]
    const out = await fileBlind(worker, fileIds)
    expect(out.assignedOrgId).toBe('sx')
    caseId = out.id
  })

  it('then the stored key names neither the worker nor a per-worker folder', () => {
    const mark = reporterKey(host.deps.crypto, worker).slice(0, 16)
    for (const id of fileIds) {
      expect(id).toMatch(/^evidence\/[0-9A-Z]{26}-[0-9a-f]{16}\.(jpg|png)$/)
      expect(id).not.toContain(worker)
      expect(id).not.toContain(mark)
    }
  })

  it('then the town officer gets links that fetch the exact bytes, privately', async () => {
    const view = data(await call(TOWN_OFFICER, 'get', { id: caseId }))
    expect(view.photos).toHaveLength(2)
    const [first, second] = await Promise.all(view.photos.map(fetchBytes))
    expect(first).toMatchObject({ status: 200, type: 'image/jpeg' })
    expect(first.bytes.equals(JPEG)).toBe(true)
    expect(second).toMatchObject({ status: 200, type: 'image/png' })
    expect(second.bytes.equals(photo2)).toBe(true)
    expect((await fetch(view.photos[0])).headers.get('cache-control')).toBe('private, no-store')
  })

  it('then the worker sees their own photos through short links too', async () => {
    const view = data(await call(worker, 'get', { id: caseId }))
    expect(view.photos).toHaveLength(2)
    expect((await fetchBytes(view.photos[0])).bytes.equals(JPEG)).toBe(true)
  })

  it('then a link works for five minutes and not a second longer', async () => {
    const [link] = data(await call(TOWN_OFFICER, 'get', { id: caseId })).photos
    clockMs += 300_000
    expect((await fetch(link)).status).toBe(200)
    clockMs += 1_000
    expect((await fetch(link)).status).toBe(403)
    // A fresh view gives a fresh link.
    const [fresh] = data(await call(TOWN_OFFICER, 'get', { id: caseId })).photos
    expect((await fetch(fresh)).status).toBe(200)
  })

  it('then a tampered link is refused with 403', async () => {
    const [jpegLink, pngLink] = data(await call(TOWN_OFFICER, 'get', { id: caseId })).photos
    const url = new URL(jpegLink)
    const sig = url.searchParams.get('sig')!
    const forged = (set: (u: URL) => void) => {
      const u = new URL(jpegLink)
      set(u)
      return u.toString()
    }
    expect((await fetch(forged((u) => u.searchParams.set('sig', (sig[0] === 'a' ? 'b' : 'a') + sig.slice(1))))).status).toBe(403)
    expect((await fetch(forged((u) => u.searchParams.set('exp', String(Number(u.searchParams.get('exp')) + 86_400))))).status).toBe(403)
    expect((await fetch(forged((u) => (u.pathname = new URL(pngLink).pathname)))).status).toBe(403)
    expect((await fetch(forged((u) => (u.search = '')))).status).toBe(403)
  })

  it('then grassroots officers get NOT_FOUND and so never receive a link', async () => {
    for (const officer of [ENTERPRISE_UNION_OFFICER, AREA_OFFICER]) {
      const got = await call(officer, 'get', { id: caseId })
      expect(got.ok).toBe(false)
      expect(got.error.code).toBe('NOT_FOUND')
      expect(JSON.stringify(got)).not.toContain('/files/')
      expect((await call(officer, 'messages', { id: caseId })).error.code).toBe('NOT_FOUND')
    }
  })

  it('then a co-worker who joins sees none of the reporter photos', async () => {
    const joiner = newWorker()
    data(await call(joiner, 'join', { caseId, requestId: uid('req'), privacy: 'anonymous' }))
    const view = data(await call(joiner, 'get', { id: caseId }))
    expect(view.role).toBe('joiner')
    expect(view.photos).toEqual([])
  })

  it('then replies carry only the sender own photos, shown to the other side as links', async () => {
    data(await call(TOWN_OFFICER, 'accept', { id: caseId }))
    const officerPhoto = png([10, 200, 30])
    const officerFile = await uploaded(TOWN_OFFICER, officerPhoto, 'image/png')
    const stolen = await call(TOWN_OFFICER, 'reply', { id: caseId, text: '请看这张照片。', attachments: [fileIds[0]] })
    expect(stolen.error.code).toBe('VALIDATION')
    expect(stolen.error.fields['attachments.0']).toMatch(/不是您上传的/)
    data(await call(TOWN_OFFICER, 'reply', { id: caseId, text: '已到现场核实，请看照片。', attachments: [officerFile] }))

    const notMine = await call(worker, 'reply', { id: caseId, text: '这是我的照片。', attachments: [officerFile] })
    expect(notMine.error.fields['attachments.0']).toMatch(/不是您上传的/)
    const workerFile = await uploaded(worker, JPEG, 'image/jpeg')
    data(await call(worker, 'reply', { id: caseId, text: '补充一张工资条。', attachments: [workerFile] }))

    const page = data(await call(worker, 'messages', { id: caseId, limit: 100 }))
    const fromUnion = page.items.find((m: any) => m.from === 'officer' && m.photos.length === 1)
    expect((await fetchBytes(fromUnion.photos[0])).bytes.equals(officerPhoto)).toBe(true)
  })
})

describe('When an upload is not a photo of the declared type, or too large', () => {
  it('then a PNG declared as JPEG, an EXE, an unknown type or garbage is refused in Chinese and nothing is stored', async () => {
    const worker = newWorker()
    const before = storedEvidence()
    const asJpeg = await upload(worker, png(), 'image/jpeg')
    expect(asJpeg.error.code).toBe('VALIDATION')
    expect(asJpeg.error.fields.dataBase64).toBe('照片实际是 PNG 格式，与声明的 JPEG 不符，请重新选择')
    for (const type of ['image/jpeg', 'image/png', 'image/webp']) {
      const exe = await upload(worker, EXE, type)
      expect(exe.error.code).toBe('VALIDATION')
      expect(exe.error.fields.dataBase64).toMatch(/不是照片/)
    }
    const declaredExe = await upload(worker, EXE, 'application/x-msdownload')
    expect(declaredExe.error.fields.contentType).toMatch(/JPEG、PNG 或 WebP/)
    const garbage = await call(worker, 'upload', { contentType: 'image/jpeg', dataBase64: '/9j/%%%' })
    expect(garbage.error.fields.dataBase64).toMatch(/不完整/)
    expect(storedEvidence()).toBe(before)
  })

  it('then a WebP is accepted when declared as WebP', async () => {
    expect(await uploaded(newWorker(), WEBP_LOSSLESS, 'image/webp')).toMatch(/\.webp$/)
  })

  it('then over 5 MB decoded is refused, and exactly 5 MB is accepted', async () => {
    const worker = newWorker()
    const big = Buffer.alloc(5 * 1024 * 1024 + 1)
    JPEG.copy(big)
    const tooBig = await upload(worker, big, 'image/jpeg')
    expect(tooBig.error.code).toBe('VALIDATION')
    expect(tooBig.error.fields.dataBase64).toBe('照片不能超过 5 MB，请压缩后再上传')
    expect(await uploaded(worker, big.subarray(0, 5 * 1024 * 1024), 'image/jpeg')).toMatch(/\.jpg$/)
  })
})

describe('When a report carries photos that are not the worker own', () => {
  it('then another worker file, a forged or foreign id, a removed file or a repeat is VALIDATION per photo, and nothing is written', async () => {
    const [owner, other] = [newWorker(), newWorker()]
    const theirs = await uploaded(owner, JPEG, 'image/jpeg')
    const mine = await uploaded(other, JPEG, 'image/jpeg')
    const removed = await uploaded(other, png(), 'image/png')
    await host.deps.files.remove(removed)
    const forged = theirs.replace(/-[0-9a-f]{16}\./, '-0123456789abcdef.')

    const out = await call(other, 'submit', report({ attachments: [theirs, mine, forged, removed, mine, 'cloud://env.bucket/private/' + mine] }))
    expect(out.error.code).toBe('VALIDATION')
    expect(out.error.message).toMatch(/^第 1 张照片：/)
    expect(out.error.fields).toEqual({
      'attachments.0': '这张照片不是您上传的，请重新上传',
      'attachments.2': '这张照片不是您上传的，请重新上传',
      'attachments.3': '照片不存在或已被删除，请重新上传',
      'attachments.4': '同一张照片添加了两次，请删除重复的照片',
      'attachments.5': '这张照片不是您上传的，请重新上传',
    })
    expect(data(await call(other, 'mine')).items).toEqual([])
    // With only their own photo the same worker's report goes through.
    expect(data(await call(other, 'submit', report({ attachments: [mine] }))).id).toBeTruthy()
  })
})

describe('When a person uploads many photos in one Shanghai day', () => {
  it('then the 51st is RATE_LIMITED, and the next day they may upload again', async () => {
    const worker = newWorker()
    const day = { 'x-dev-now': '2026-03-11T23:00:00+08:00' }
    for (let i = 0; i < 50; i++) expect((await upload(worker, JPEG, 'image/jpeg', day)).ok).toBe(true)
    const over = await upload(worker, JPEG, 'image/jpeg', day)
    expect(over.error.code).toBe('RATE_LIMITED')
    expect(over.error.message).toBe('每天最多上传 50 张照片，请明天再试')
    // Another person is not affected, and at midnight Shanghai time the count starts again.
    expect((await upload(newWorker(), JPEG, 'image/jpeg', day)).ok).toBe(true)
    expect((await upload(worker, JPEG, 'image/jpeg', { 'x-dev-now': '2026-03-12T00:00:00+08:00' })).ok).toBe(true)
  })
})
