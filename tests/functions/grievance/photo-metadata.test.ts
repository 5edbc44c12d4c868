/**
 * Evidence photos are stored without their metadata whatever the phone sent (`upload`, bytes in the call; the
 * mini-program's `finishUpload` path: direct-upload.test.ts): a worker who reports their employer must not be
 * locatable or identifiable from the GPS position or device model in a photo an officer opens.
 */
import { MAX_EVIDENCE_BYTES } from '../../../types/grievance'
import { openHarness, type Harness } from '../../support/harness'
import { MODEL, MOTION_TRAILER, dirtyWebp, jpegMetadata, jpegWith, leaksIn, pngMetadata, pngWith, WEBP_ALPHA } from '../../support/image-fixtures'
import { TUE, data, newWorker, report } from './helpers'
import { JPEG, png } from './images'

let h: Harness
beforeAll(async () => {
  h = await openHarness()
})
afterAll(() => h.close())

const upload = (openid: string, bytes: Buffer, contentType: string) =>
  h.as(openid)('grievance', 'upload', { contentType, dataBase64: bytes.toString('base64') }, TUE)
const storedBytes = async (fileId: string) => Buffer.from((await h.deps.files.readUpTo(fileId, MAX_EVIDENCE_BYTES))!)

describe('When a worker uploads a phone original with GPS and device model in it', () => {
  const clean = png([90, 10, 200])
  test.each([
    ['a JPEG with Exif (GPS IFD, Model), XMP, ICC and a motion-photo video', 'image/jpeg', jpegWith(jpegMetadata(), MOTION_TRAILER), JPEG],
    ['a PNG with tEXt, iTXt (XMP), eXIf and tIME', 'image/png', pngWith(pngMetadata(), undefined, clean), clean],
    ['a WebP with EXIF and XMP chunks', 'image/webp', dirtyWebp(), WEBP_ALPHA],
  ])('%s: then the stored photo is the clean image, with none of it', async (_name, contentType, dirty, expected) => {
    expect(leaksIn(dirty)).toContain(MODEL)
    const worker = newWorker()
    const { fileId } = data(h, await upload(worker, dirty, contentType))
    const stored = await storedBytes(fileId)
    expect(leaksIn(stored)).toEqual([])
    expect(stored.equals(expected)).toBe(true)
    // And it is that stripped photo a report carries.
    expect((await h.as(worker)('grievance', 'submit', report({ attachments: [fileId] }), TUE)).ok).toBe(true)
  })
})

describe('When a worker uploads a damaged photo', () => {
  test.each([
    ['a JPEG cut off in its Exif block', 'image/jpeg', jpegWith(jpegMetadata()).subarray(0, 60)],
    ['a JPEG cut off in its image data', 'image/jpeg', JPEG.subarray(0, JPEG.length - 20)],
    ['a PNG with a chunk length past the end', 'image/png', Buffer.concat([png().subarray(0, 33), Buffer.from([0x7f, 0, 0, 0]), Buffer.from('tEXtGPS')])],
    ['a WebP whose RIFF is shorter than it says', 'image/webp', dirtyWebp().subarray(0, 60)],
  ])('%s: then it is refused as a damaged photo in Chinese, and nothing is stored', async (_name, contentType, bytes) => {
    const put = jest.spyOn(h.deps.files, 'put')
    try {
      const out = await upload(newWorker(), bytes, contentType)
      expect(out).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { dataBase64: expect.stringMatching(/已损坏或不完整/) } } })
      expect(put).not.toHaveBeenCalled()
      const logged = h.log.entries.at(-1)
      expect(logged).toMatchObject({ level: 'info', message: 'photo refused as damaged', fields: { reason: expect.any(String) } })
      expect(JSON.stringify(logged)).not.toContain(MODEL)
    } finally {
      put.mockRestore()
    }
  })
})
