/**
 * Evidence photos from the mini-program: a function call carries at most 100 KB of text on CloudBase, so the
 * client puts the bytes in cloud storage itself (`uploadSlot` → `wx.cloud.uploadFile` → `finishUpload`). The
 * grievance function runs with the CloudBase files adapter on the local fake; the client's upload is the
 * node-sdk's `uploadFile` to the path the slot gave (the same storage call the mini-program SDK makes).
 */
import { cloudbaseFiles } from '../../../cloudfunctions/_lib/files/cloudbase'
import type { FilesPort } from '../../../cloudfunctions/_lib/files/port'
import { MAX_EVIDENCE_BYTES } from '../../../types/grievance'
import { startCloudbaseFake, type CloudbaseFake } from '../../support/cloudbase-fake'
import { openHarness, type Harness } from '../../support/harness'
import { MOTION_TRAILER, jpegMetadata, jpegWith, leaksIn, segment } from '../../support/image-fixtures'
import { TUE, data, newWorker, report } from './helpers'
import { EXE, JPEG, png } from './images'

let fake: CloudbaseFake
let h: Harness
let files: FilesPort

beforeAll(async () => {
  fake = await startCloudbaseFake({ now: () => Date.now() })
  h = await openHarness()
  files = cloudbaseFiles(fake.app)
  ;(h.deps as { files: FilesPort }).files = files
})
afterAll(async () => {
  await h.close()
  await fake.close()
})

const call = (openid: string, action: string, input: Record<string, unknown> = {}) => h.as(openid)('grievance', action, input, TUE)

/** What the mini-program does: ask for a slot, upload there, finish. */
async function clientUpload(openid: string, bytes: Buffer, contentType: string) {
  const { cloudPath } = data(h, await call(openid, 'uploadSlot', { contentType }))
  const { fileID } = await fake.app.uploadFile({ cloudPath, fileContent: bytes })
  return { fileID, out: await call(openid, 'finishUpload', { contentType, fileId: fileID }) }
}

const stored = async (fileId: string) => files.exists(fileId)

describe('direct upload from the mini-program', () => {
  test('When a worker uploads a phone original to the slot and finishes, then it is stored as evidence without GPS or model, and attaches', async () => {
    const worker = newWorker()
    // A real JPEG as a phone's uncompressed original: Exif with GPS and model, XMP, ICC, MPF, a comment, a motion-photo
    // video, and ~300 KB of vendor blocks (over the 100 KB a function call carries).
    const vendor = Array.from({ length: 5 }, () => segment(0xe9, Buffer.alloc(60_000, 0x47)))
    const photo = jpegWith([...jpegMetadata(), ...vendor], MOTION_TRAILER)
    expect(photo.length).toBeGreaterThan(300_000)
    const { fileID, out } = await clientUpload(worker, photo, 'image/jpeg')
    const { fileId } = data(h, out)
    expect(fileId).toMatch(/\/private\/evidence\//)
    expect(await stored(fileID)).toBe(false) // the client's own file is gone
    const kept = Buffer.from((await files.readUpTo(fileId, MAX_EVIDENCE_BYTES))!)
    expect(leaksIn(kept)).toEqual([])
    expect(kept.equals(JPEG)).toBe(true) // the image data byte for byte, nothing else
    const filed = await call(worker, 'submit', report({ attachments: [fileId] }))
    expect(filed.ok).toBe(true)
  })

  test('When the uploaded photo is damaged, then it is refused in Chinese, not stored, and the client file removed', async () => {
    const worker = newWorker()
    const put = jest.spyOn(files, 'put')
    try {
      const { fileID, out } = await clientUpload(worker, jpegWith(jpegMetadata()).subarray(0, 200), 'image/jpeg')
      expect(out).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { fileId: expect.stringMatching(/已损坏或不完整/) } } })
      expect(put).not.toHaveBeenCalled()
      expect(await stored(fileID)).toBe(false)
    } finally {
      put.mockRestore()
    }
  })

  test('When the uploaded file is not the declared image, then VALIDATION names it and nothing is kept', async () => {
    const worker = newWorker()
    const exe = await clientUpload(worker, EXE, 'image/png')
    expect(exe.out).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(exe.out.error.fields.fileId).toMatch(/不是照片/)
    expect(await stored(exe.fileID)).toBe(false)
    const realPng = await clientUpload(worker, png(), 'image/png')
    expect(realPng.out.ok).toBe(true)
  })

  test('When the uploaded file is over 5 MB, then it is refused and removed', async () => {
    const worker = newWorker()
    const big = Buffer.concat([png(), Buffer.alloc(MAX_EVIDENCE_BYTES + 10)])
    const { fileID, out } = await clientUpload(worker, big, 'image/png')
    expect(out).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { fileId: expect.stringMatching(/5 MB/) } } })
    expect(await stored(fileID)).toBe(false)
  })

  test("When someone finishes another person's upload, or a raw client file is attached, then both are refused", async () => {
    const owner = newWorker()
    const { cloudPath } = data(h, await call(owner, 'uploadSlot', { contentType: 'image/png' }))
    const { fileID } = await fake.app.uploadFile({ cloudPath, fileContent: png() })
    const stolen = await call(newWorker(), 'finishUpload', { contentType: 'image/png', fileId: fileID })
    expect(stolen).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { fileId: expect.stringMatching(/不是您上传的/) } } })
    // The owner skips finishUpload and attaches the unchecked file: not evidence.
    const skipped = await call(owner, 'submit', report({ attachments: [fileID] }))
    expect(skipped).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(skipped.error.fields['attachments.0']).toBeDefined()
  })

  test('When a client writes its slot name under evidence/ itself (a storage rule set too wide), then it is not its evidence', async () => {
    const worker = newWorker()
    const { cloudPath } = data(h, await call(worker, 'uploadSlot', { contentType: 'image/png' }))
    const forged = (cloudPath as string).replace('/incoming/', '/evidence/')
    const { fileID } = await fake.app.uploadFile({ cloudPath: forged, fileContent: EXE })
    const filed = await call(worker, 'submit', report({ attachments: [fileID] }))
    expect(filed).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'attachments.0': expect.stringMatching(/不是您上传的/) } } })
  })

  test('When removing the client file fails after a good upload, then the evidence is still answered and the failure logged', async () => {
    const worker = newWorker()
    const remove = jest.spyOn(files, 'remove').mockRejectedValueOnce(new Error('storage busy'))
    try {
      const { out } = await clientUpload(worker, png(), 'image/png')
      expect(data(h, out).fileId).toMatch(/\/private\/evidence\//)
      expect(h.log.entries).toContainEqual(expect.objectContaining({ level: 'error', message: 'incoming photo not removed' }))
    } finally {
      remove.mockRestore()
    }
  })

  test('When the slot was taken but nothing was uploaded, or the type differs from the slot, then VALIDATION', async () => {
    const worker = newWorker()
    const { cloudPath } = data(h, await call(worker, 'uploadSlot', { contentType: 'image/png' }))
    const never = await call(worker, 'finishUpload', { contentType: 'image/png', fileId: `cloud://${fake.env}.bucket/${cloudPath}` })
    expect(never).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { fileId: expect.stringMatching(/没有上传成功/) } } })
    const { fileID } = await fake.app.uploadFile({ cloudPath, fileContent: png() })
    const asJpeg = await call(worker, 'finishUpload', { contentType: 'image/jpeg', fileId: fileID })
    expect(asJpeg).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { contentType: expect.any(String) } } })
  })
})

test('When the storage takes bytes only in the call (the local host), then the slot has no path', async () => {
  const local = await openHarness()
  try {
    const out = await local.as(newWorker())('grievance', 'uploadSlot', { contentType: 'image/jpeg' }, TUE)
    expect(data(local, out)).toEqual({ cloudPath: null })
  } finally {
    await local.close()
  }
})
