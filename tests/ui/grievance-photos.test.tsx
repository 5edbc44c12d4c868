/**
 * Evidence photos in jsdom: the picker on the report form and in replies, and photos on the case page. The
 * device side (choose, shrink, read, preview: src/components/photo-picker/photo-io.ts) and the transport are mocked; the
 * sizing and type checks (photo-format.ts) run for real.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import { call } from '../../src/services/api'
import { choosePhotos, previewPhotos, readPhoto, type PickedPhoto } from '../../src/components/photo-picker/photo-io'
import { fitWithin, sniffBase64, toPhotoData, PHOTO_TOO_LARGE, NOT_A_PHOTO } from '../../src/components/photo-picker/photo-format'
import ReportPage from '../../src/grievance/pages/report/index'
import CasePage from '../../src/grievance/pages/case/index'

jest.mock('../../src/services/api', () => ({ call: jest.fn() }))
jest.mock('../../src/components/photo-picker/photo-io', () => ({ choosePhotos: jest.fn(), readPhoto: jest.fn(), previewPhotos: jest.fn() }))
const callMock = jest.mocked(call)
const chooseMock = jest.mocked(choosePhotos)
const readMock = jest.mocked(readPhoto)

type Reply = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string; fields?: Record<string, string> } }

const JPEG = '/9j/4AAQSkZJRgABAQ' // FF D8 FF E0 … JFIF
const PNG = 'iVBORw0KGgoAAAANSUhEUg' // 89 50 4E 47 0D 0A 1A 0A …
const WEBP = Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'latin1').toString('base64')
const picks = (n: number): PickedPhoto[] => Array.from({ length: n }, (_, i) => ({ path: `blob:photo-${i + 1}`, width: 4000, height: 3000 }))

const NETWORK: Reply = { ok: false, error: { code: 'NETWORK', message: '网络异常，请检查网络后重试' } }
const submitted = { id: 'c-1', receipt: '4000123412341234', status: 'pending', assignedOrgId: 'yw', routeReason: 'TRIAGE_CITY', acceptBy: '2026-03-13T00:00:00+08:00' }

/** `grievance.upload` answers from a queue (default: a fresh file id); other actions as the tests need. */
function backend(replies: Record<string, Reply[]> = {}) {
  let n = 0
  callMock.mockImplementation(async (fn, action) => {
    const key = `${fn}.${action}`
    if (key === 'directory.listTowns') return { ok: true, data: { items: [] } } as never
    if (key === 'grievance.preview') {
      return { ok: true, data: { orgId: 'yw', orgName: '义乌市总工会', routeExplanation: '不确定单位，交给市总工会分办。', acceptByLabel: '3月12日 24:00', acceptByEstimated: false } } as never
    }
    if (key === 'grievance.upload') return (replies[key]?.shift() ?? { ok: true, data: { fileId: `f-${++n}` } }) as never
    const next = replies[key]?.shift()
    if (!next) throw new Error(`unexpected call ${key}`)
    return next as never
  })
}
const inputsOf = (action: string) => callMock.mock.calls.filter(([, a]) => a === action).map(([, , input]) => input as Record<string, unknown>)

const click = async (el: Element) => {
  await act(async () => {
    fireEvent.click(el)
  })
}
/** Lets the upload queue run to the end. */
const settle = () => act(async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve()
})
const cells = () => Array.from(document.querySelectorAll('.photos__cell:not(.photos__add)'))

/** A complete anonymous report with no unit (the shortest valid form). */
async function fillForm() {
  await click(screen.getByText('不确定'))
  await click(screen.getByText('欠薪'))
  await click(screen.getByText('匿名'))
  fireEvent.change(screen.getByLabelText('问题描述'), { target: { value: '三月份工资一直没有发。' } })
}

beforeEach(() => {
  callMock.mockReset()
  jest.clearAllMocks()
  readMock.mockResolvedValue({ contentType: 'image/jpeg', dataBase64: JPEG })
})

describe('photo format', () => {
  test('When a photo is larger than 1600 px on its longest side, then it is scaled down keeping its shape; smaller ones stay', () => {
    expect(fitWithin(4000, 3000)).toEqual({ width: 1600, height: 1200 })
    expect(fitWithin(3000, 4000)).toEqual({ width: 1200, height: 1600 })
    expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 })
  })

  test('When bytes are read, then their real type is taken from the magic bytes, and non-photos or oversize ones are refused', () => {
    expect(sniffBase64(JPEG)).toBe('image/jpeg')
    expect(sniffBase64(PNG)).toBe('image/png')
    expect(sniffBase64(WEBP)).toBe('image/webp')
    expect(sniffBase64(Buffer.from('MZ\x90\x00 not a photo', 'latin1').toString('base64'))).toBeNull()
    expect(toPhotoData(PNG)).toEqual({ contentType: 'image/png', dataBase64: PNG })
    expect(toPhotoData('TVqQAAMAAAAEAAAA')).toEqual({ problem: NOT_A_PHOTO })
    const sixMb = JPEG + 'A'.repeat(8 * 1024 * 1024 - JPEG.length)
    expect(toPhotoData(sixMb)).toEqual({ problem: PHOTO_TOO_LARGE })
  })
})

describe('report form', () => {
  test('When the worker picks more than 9 photos, then only 9 are kept, the add tile goes, and a removal makes room for one more', async () => {
    backend()
    chooseMock.mockResolvedValueOnce(picks(12))
    render(<ReportPage />)

    await click(screen.getByLabelText('添加照片'))
    await settle()

    expect(chooseMock).toHaveBeenLastCalledWith(9)
    expect(cells()).toHaveLength(9)
    expect(screen.getByText('9/9')).toBeTruthy()
    expect(screen.queryByLabelText('添加照片')).toBeNull()
    expect(inputsOf('upload')).toHaveLength(9)
    expect(inputsOf('upload')[0]).toEqual({ contentType: 'image/jpeg', dataBase64: JPEG })

    await click(screen.getByLabelText('删除第 3 张照片'))
    expect(cells()).toHaveLength(8)
    chooseMock.mockResolvedValueOnce(picks(1))
    await click(screen.getByLabelText('添加照片'))
    expect(chooseMock).toHaveBeenLastCalledWith(1)
  })

  test('When an upload fails, then that photo shows 重试, the form will not go on until it is retried or removed, and only uploaded ids are sent', async () => {
    backend({
      'grievance.upload': [
        { ok: true, data: { fileId: 'f-a' } },
        NETWORK,
        { ok: false, error: { code: 'VALIDATION', message: '这个文件不是照片', fields: { dataBase64: '这个文件不是照片' } } },
        { ok: true, data: { fileId: 'f-b' } },
      ],
      'grievance.submit': [{ ok: true, data: submitted }],
      'grievance.get': [{ ok: false, error: { code: 'NETWORK', message: '网络异常' } }],
    })
    chooseMock.mockResolvedValueOnce(picks(3))
    render(<ReportPage />)
    await fillForm()
    await click(screen.getByLabelText('添加照片'))
    await settle()

    const [first, second, third] = cells()
    expect(within(first as HTMLElement).queryByText('上传失败')).toBeNull()
    expect(within(second as HTMLElement).getByText('上传失败')).toBeTruthy()
    expect(screen.getByText('第 2 张：网络异常，请检查网络后重试')).toBeTruthy()
    expect(within(third as HTMLElement).getByText('上传失败')).toBeTruthy()
    expect(screen.queryByLabelText('重试上传第 3 张照片')).toBeNull() // the server refused the bytes: retrying cannot help

    await click(screen.getByText('下一步：确认'))
    expect(screen.getByText('有照片没有上传成功：请点“重试”，或点 ✕ 删除它')).toBeTruthy()
    expect(screen.queryByText('确认提交')).toBeNull()

    await click(screen.getByLabelText('重试上传第 2 张照片'))
    await settle()
    await click(screen.getByLabelText('删除第 3 张照片'))
    expect(screen.queryByText('有照片没有上传成功：请点“重试”，或点 ✕ 删除它')).toBeNull()
    expect(inputsOf('upload')).toHaveLength(4)

    await click(screen.getByText('下一步：确认'))
    expect(screen.getByText('2 张（只有处理的工会能看到）')).toBeTruthy()
    await click(screen.getByText('确认提交'))

    expect(inputsOf('submit')).toHaveLength(1)
    expect(inputsOf('submit')[0].attachments).toEqual(['f-a', 'f-b'])
  })

  test('When the server rejects one attachment, then the form comes back with that photo failed, and a retry sends a new id', async () => {
    backend({
      'grievance.submit': [
        { ok: false, error: { code: 'VALIDATION', message: '第 2 张照片：照片不存在或已被删除，请重新上传', fields: { 'attachments.1': '照片不存在或已被删除，请重新上传' } } },
        { ok: true, data: submitted },
      ],
      'grievance.get': [{ ok: false, error: { code: 'NETWORK', message: '网络异常' } }],
    })
    chooseMock.mockResolvedValueOnce(picks(2))
    render(<ReportPage />)
    await fillForm()
    await click(screen.getByLabelText('添加照片'))
    await settle()
    await click(screen.getByText('下一步：确认'))
    await click(screen.getByText('确认提交'))

    expect(inputsOf('submit')[0].attachments).toEqual(['f-1', 'f-2'])
    expect(screen.getByText('第 2 张：照片不存在或已被删除，请重新上传')).toBeTruthy()
    expect(screen.queryByText(/^照片不存在或已被删除/)).toBeNull() // not repeated in the list of other problems

    await click(screen.getByLabelText('重试上传第 2 张照片'))
    await settle()
    await click(screen.getByText('下一步：确认'))
    await click(screen.getByText('确认提交'))
    expect(inputsOf('submit')[1].attachments).toEqual(['f-1', 'f-3'])
    expect(inputsOf('submit')[1].requestId).toBe(inputsOf('submit')[0].requestId)
  })

  test('When no photo is added, then the report is sent without attachments', async () => {
    backend({ 'grievance.submit': [{ ok: true, data: submitted }], 'grievance.get': [{ ok: false, error: { code: 'NETWORK', message: '网络异常' } }] })
    render(<ReportPage />)
    await fillForm()
    expect(screen.getByText(/请不要上传能看出您是谁的照片/)).toBeTruthy() // anonymous: photos can identify
    await click(screen.getByText('下一步：确认'))
    await click(screen.getByText('确认提交'))
    expect(inputsOf('submit')[0]).not.toHaveProperty('attachments')
  })
})

describe('case page', () => {
  const view = {
    id: 'c-1', status: 'accepted', category: 'wage_arrears', urgent: false, enterpriseName: null, affectedCount: 1, participantCount: 1,
    assignedOrgId: 'sx', assignedOrgName: '苏溪镇总工会', routeReason: 'TOWN', routeExplanation: '', acceptBy: '2026-03-12T00:00:00+08:00',
    acceptByLabel: '3月11日 24:00', acceptByEstimated: false, resolveBy: '2026-03-27T00:00:00+08:00', resolveByLabel: '3月26日 24:00', paused: false,
    supervised: false, overdue: false, outcome: null, summary: null, resolvedAt: null, rating: null, linkedCaseId: null,
    createdAt: '2026-03-10T10:00:00+08:00', history: [], orgNames: { sx: '苏溪镇总工会' }, description: '三月份工资一直没有发。',
    photos: ['http://h/files/evidence%2Fa.jpg?exp=1&sig=x', 'http://h/files/evidence%2Fb.jpg?exp=1&sig=y'],
  }
  const officerView = { ...view, enterpriseId: null, supervisedForMe: false, reporters: [{ reporterId: '0', role: 'reporter', affectedCount: 1, privacy: 'anonymous', visible: false, notice: '匿名' }] }

  function caseBackend(v: unknown, replies: Record<string, Reply[]> = {}) {
    backend(replies)
    const inner = callMock.getMockImplementation()
    callMock.mockImplementation(async (fn, action, input) => {
      if (action === 'get') return { ok: true, data: v } as never
      if (action === 'messages') return { ok: true, data: { items: [], next: null } } as never
      if (fn === 'account') return { ok: true, data: { openid: 'o', officer: null } } as never
      return inner?.(fn, action, input) as never
    })
  }

  beforeEach(() => jest.mocked(useRouter).mockReturnValue({ params: { id: 'c-1' } } as never))

  test('When the reporter opens the case, then the photos show as thumbnails that open a preview, with who can see them', async () => {
    caseBackend({ ...view, role: 'reporter', receipt: null })
    render(<CasePage />)
    expect(await screen.findByText('证据照片（2 张）')).toBeTruthy()
    expect(screen.getByText('这些照片只有处理这条诉求的工会能看到，单位看不到。')).toBeTruthy()

    await click(screen.getByLabelText('查看第 2 张照片'))
    expect(previewPhotos).toHaveBeenCalledWith(view.photos, 1)
  })

  test('When an officer replies with a photo, then its id goes with the reply, and the form closes after', async () => {
    caseBackend(officerView, { 'grievance.reply': [{ ok: true, data: { id: 'c-1', messageId: 'm-1' } }] })
    chooseMock.mockResolvedValueOnce(picks(1))
    render(<CasePage />)
    await click(await screen.findByText('回复职工'))
    fireEvent.change(screen.getByLabelText('回复内容'), { target: { value: '已约谈企业，附整改通知。' } })
    await click(screen.getByLabelText('添加照片'))
    await settle()
    jest.mocked(Taro.showModal).mockResolvedValueOnce({ confirm: true, cancel: false } as never)
    await click(screen.getByText('发送回复'))

    expect(inputsOf('reply')).toEqual([{ id: 'c-1', text: '已约谈企业，附整改通知。', requestId: expect.any(String), attachments: ['f-1'] }])
    expect(screen.queryByLabelText('回复内容')).toBeNull()
  })

  test('When a worker sends a message while a photo is still uploading, then nothing is sent until it is done', async () => {
    let finish: (r: Reply) => void = () => undefined
    caseBackend({ ...view, photos: [], role: 'reporter', receipt: null }, { 'grievance.reply': [{ ok: true, data: { id: 'c-1', messageId: 'm-1' } }] })
    const inner = callMock.getMockImplementation()
    callMock.mockImplementation(async (fn, action, input) =>
      action === 'upload' ? (new Promise<Reply>((resolve) => (finish = resolve)) as never) : (inner?.(fn, action, input) as never))
    chooseMock.mockResolvedValueOnce(picks(1))
    render(<CasePage />)
    fireEvent.change(await screen.findByLabelText('留言内容'), { target: { value: '工资条在照片里' } })
    await click(screen.getByLabelText('添加照片'))
    await settle()
    expect(screen.getByText('上传中')).toBeTruthy()

    await click(screen.getByText('发送'))
    expect(inputsOf('reply')).toEqual([])
    expect(screen.getByText('照片还在上传，请稍等上传完成')).toBeTruthy()

    await act(async () => finish({ ok: true, data: { fileId: 'f-9' } }))
    await settle()
    await click(screen.getByText('发送'))
    expect(inputsOf('reply')).toEqual([{ id: 'c-1', text: '工资条在照片里', requestId: expect.any(String), attachments: ['f-9'] }])
    expect((screen.getByLabelText('留言内容') as HTMLTextAreaElement).value).toBe('')
    expect(cells()).toHaveLength(0)
  })

  test('When a message fails on the network and is sent again, then the same requestId goes; an edited or the next message gets a new one', async () => {
    const ok: Reply = { ok: true, data: { id: 'c-1', messageId: 'm-1' } }
    caseBackend({ ...view, photos: [], role: 'reporter', receipt: null }, { 'grievance.reply': [NETWORK, ok, NETWORK, ok, ok] })
    render(<CasePage />)
    const box = await screen.findByLabelText('留言内容')
    fireEvent.change(box, { target: { value: '第一条' } })
    await click(screen.getByText('发送'))
    await click(screen.getByText('发送'))
    fireEvent.change(box, { target: { value: '第二条' } })
    await click(screen.getByText('发送'))
    fireEvent.change(box, { target: { value: '第二条，改过' } })
    await click(screen.getByText('发送'))
    fireEvent.change(box, { target: { value: '第一条' } })
    await click(screen.getByText('发送'))

    const ids = inputsOf('reply').map((i) => i.requestId as string)
    expect(ids).toHaveLength(5)
    expect(ids[1]).toBe(ids[0]) // the retry of 第一条
    expect(new Set(ids).size).toBe(4) // 第二条, its edit, and 第一条 written again are new messages
    expect(ids.every((id) => /^[A-Za-z0-9_-]{8,64}$/.test(id))).toBe(true)
  })
})
