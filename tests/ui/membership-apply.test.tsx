/**
 * The 我要入会 form in jsdom, with the transport mocked at the component boundary: instant ID-number checks,
 * the no-fixed-employer branch, explicit consents, server field errors under their fields, and one request id
 * per form however often it is retried.
 */
import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { Enterprise, Org } from '../../types/directory'
import { CONSENT_TEXTS, EMPLOYER_BLIND_EXPLANATION, MEMBERSHIP_ERRORS } from '../../types/membership-labels'
import { call } from '../../src/services/api'
import ApplyPage from '../../src/membership/pages/apply/index'

jest.mock('../../src/services/api', () => ({ call: jest.fn() }))
const callMock = jest.mocked(call)

type Reply = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string; fields?: Record<string, string> } }

const town = (id: string, name: string): Org => ({ id, name, type: 'town_federation', kind: null, parentId: 'yw', path: `/yw/${id}/`, townId: id })
const TOWNS = [town('sx', '苏溪镇总工会'), town('ft', '佛堂镇总工会')]
const huaxin: Enterprise = {
  id: 'e-hx', name: '义乌华鑫织造有限公司', creditCode: '91330782MA21U6RU95', townId: 'sx', unionId: 'eu-hx', jointUnionId: null, staff: 320, industry: '纺织',
}
/** Valid numbers (GB 11643 check digit): a man born 1985-03-07, a woman born 1949-12-31 (check character X). */
const ID_MALE = '330782198503071237'
const ID_FEMALE_X = '11010519491231002X'
const summary = {
  id: 'a-1', status: 'pending', assignedOrgId: 'eu-hx', assignedOrgName: '华鑫织造工会', routeReason: 'ENTERPRISE_UNION',
  routeExplanation: '您的单位有自己的工会，由单位工会受理。', reviewBy: '2026-03-31T00:00:00+08:00', reviewByLabel: '3月30日 24:00', reviewByEstimated: false,
}
const NOT_YET = { ok: true, data: { member: null, applications: [], next: null } } as const

/** Routes `call(fn, action)` to canned replies; per-action queues are consumed in order. */
function backend(replies: Record<string, Reply[]> = {}, mine: Reply = NOT_YET) {
  callMock.mockImplementation(async (fn, action) => {
    const key = `${fn}.${action}`
    if (key === 'directory.listTowns') return { ok: true, data: { items: TOWNS } } as never
    if (key === 'directory.searchEnterprises') return { ok: true, data: { items: [huaxin], next: null } } as never
    if (key === 'membership.mine') return mine as never
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
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } })
/** The message right under an input (FieldError follows its field). */
const messageUnder = (label: string) => screen.getByLabelText(label).nextElementSibling?.textContent ?? null
const consent = (text: string) => screen.getByText(text).closest('[role="checkbox"]') as HTMLElement

async function openForm() {
  render(<ApplyPage />)
  return screen.findByText('提交入会申请')
}

/** A complete application from a worker of 华鑫 (found in the directory), both consents given. */
async function fillForm() {
  type('姓名', '张三')
  type('身份证号', ID_MALE)
  type('手机号', '13812345678')
  type('搜索单位', '华鑫')
  await click(screen.getByText('搜索'))
  await click(await screen.findByText('义乌华鑫织造有限公司'))
  await click(consent(CONSENT_TEXTS.idNumber))
  await click(consent(CONSENT_TEXTS.shareWithUnion))
}

beforeEach(() => {
  callMock.mockReset()
  jest.clearAllMocks()
})

test('When the worker types an ID number, then the check digit is judged at 18 characters or on leaving the field, and gender and birth date are read from it', async () => {
  backend()
  await openForm()

  type('身份证号', ID_MALE.slice(0, 17))
  expect(screen.queryByRole('alert')).toBeNull() // half-typed is not wrong yet
  fireEvent.blur(screen.getByLabelText('身份证号'))
  expect(messageUnder('身份证号')).toBe('身份证号应为 18 位')

  type('身份证号', `${ID_MALE.slice(0, 17)}9`)
  expect(messageUnder('身份证号')).toBe('身份证号校验位不正确，请核对')
  expect(screen.queryByText(/性别：/)).toBeNull()

  type('身份证号', ID_MALE)
  expect(screen.queryByText('身份证号校验位不正确，请核对')).toBeNull()
  expect(screen.getByText(/性别：男 · 出生日期：1985年3月7日/)).toBeTruthy()

  type('身份证号', ID_FEMALE_X.toLowerCase()) // x in either case
  expect(screen.getByText(/性别：女 · 出生日期：1949年12月31日/)).toBeTruthy()
  expect(screen.queryByLabelText('性别')).toBeNull() // derived, never asked
})

test('When the consents are not ticked, then both messages show and nothing is sent; they start unticked and are ticked one by one', async () => {
  backend()
  await openForm()
  await fillFormWithoutConsents()
  expect(consent(CONSENT_TEXTS.idNumber).getAttribute('aria-checked')).toBe('false')
  expect(consent(CONSENT_TEXTS.shareWithUnion).getAttribute('aria-checked')).toBe('false')

  await click(screen.getByText('提交入会申请'))

  expect(screen.getByText('请阅读并同意身份证号的使用说明')).toBeTruthy()
  expect(screen.getByText('请阅读并同意把申请交给受理的工会')).toBeTruthy()
  expect(inputsOf('apply')).toEqual([])

  await click(consent(CONSENT_TEXTS.idNumber))
  expect(consent(CONSENT_TEXTS.idNumber).getAttribute('aria-checked')).toBe('true')
  expect(consent(CONSENT_TEXTS.shareWithUnion).getAttribute('aria-checked')).toBe('false')
  expect(screen.queryByText('请阅读并同意身份证号的使用说明')).toBeNull()
})

async function fillFormWithoutConsents() {
  type('姓名', '张三')
  type('身份证号', ID_MALE)
  type('手机号', '13812345678')
  type('搜索单位', '华鑫')
  await click(screen.getByText('搜索'))
  await click(await screen.findByText('义乌华鑫织造有限公司'))
}

test('When the worker has no fixed employer, then the form asks the occupation and the town they live in, and sends only those', async () => {
  backend({ 'membership.apply': [{ ok: true, data: { ...summary, assignedOrgId: 'ft', routeReason: 'NEW_EMPLOYMENT' } }] })
  await openForm()
  expect(screen.getByText(EMPLOYER_BLIND_EXPLANATION)).toBeTruthy()
  type('姓名', '李四')
  type('身份证号', ID_MALE)
  type('手机号', '13812345678')
  await click(consent(CONSENT_TEXTS.idNumber))
  await click(consent(CONSENT_TEXTS.shareWithUnion))

  await click(screen.getByText('无固定单位 / 新就业形态'))
  expect(screen.queryByLabelText('搜索单位')).toBeNull()
  expect(screen.queryByText(EMPLOYER_BLIND_EXPLANATION)).toBeNull() // no employer to keep uninformed
  await click(screen.getByText('提交入会申请'))
  expect(screen.getByText('请选择您的职业')).toBeTruthy()
  expect(screen.getByText('请选择您居住的镇（街道）')).toBeTruthy()
  expect(inputsOf('apply')).toEqual([])

  await click(screen.getByText('外卖送餐员'))
  await click(screen.getByText('佛堂镇总工会'))
  await click(screen.getByText('提交入会申请'))

  const [sent] = inputsOf('apply')
  expect(sent).toEqual({
    requestId: expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/), name: '李四', idNumber: ID_MALE, phone: '13812345678',
    noFixedEmployer: true, occupation: '外卖送餐员', residenceTownId: 'ft', consents: { idNumber: true, shareWithUnion: true },
  })
  expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/membership/pages/status/index?id=a-1' })
})

test('When the server answers VALIDATION, then each message appears under its own field', async () => {
  backend({
    'membership.apply': [{
      ok: false,
      error: {
        code: 'VALIDATION', message: '填写的内容有误，请按提示修改',
        fields: { name: '姓名不能超过 50 个字', phone: '请填写 11 位手机号', idNumber: '身份证号中的出生日期不正确', 'consents.shareWithUnion': '请阅读并同意把申请交给受理的工会' },
      },
    }],
  })
  await openForm()
  await fillForm()
  await click(screen.getByText('提交入会申请'))

  expect(messageUnder('姓名')).toBe('姓名不能超过 50 个字')
  expect(messageUnder('手机号')).toBe('请填写 11 位手机号')
  expect(messageUnder('身份证号')).toBe('身份证号中的出生日期不正确')
  expect(consent(CONSENT_TEXTS.shareWithUnion).nextElementSibling?.textContent).toBe('请阅读并同意把申请交给受理的工会')
  expect(screen.getByText('有内容需要修改，请看上面的红色提示。')).toBeTruthy()

  type('姓名', '张三丰') // touching a field clears its message only
  expect(screen.queryByText('姓名不能超过 50 个字')).toBeNull()
  expect(screen.getByText('请填写 11 位手机号')).toBeTruthy()
})

test('When sending fails on the network and the worker retries, then the same requestId is sent and the status page opens', async () => {
  backend({
    'membership.apply': [
      { ok: false, error: { code: 'NETWORK', message: '网络异常，请检查网络后重试' } },
      { ok: true, data: summary },
    ],
  })
  await openForm()
  await fillForm()
  await click(screen.getByText('提交入会申请'))
  expect(screen.getByText('网络异常，请检查网络后重试')).toBeTruthy()
  expect(Taro.redirectTo).not.toHaveBeenCalled()

  await click(screen.getByText('重试'))

  const [first, second] = inputsOf('apply')
  expect(second.requestId).toBe(first.requestId)
  expect(second).toEqual({
    requestId: first.requestId, name: '张三', idNumber: ID_MALE, phone: '13812345678', enterpriseId: 'e-hx',
    noFixedEmployer: false, employerBlind: false, consents: { idNumber: true, shareWithUnion: true },
  })
  expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/membership/pages/status/index?id=a-1' })
})

test('When the worker chooses 入会不惊动单位, then it is sent with the employer', async () => {
  backend({ 'membership.apply': [{ ok: true, data: summary }] })
  await openForm()
  await fillForm()
  const blind = screen.getByRole('switch', { name: '入会不惊动单位' })
  expect(blind.getAttribute('aria-checked')).toBe('false')
  await click(blind)
  await click(screen.getByText('提交入会申请'))
  expect(inputsOf('apply')[0]).toMatchObject({ enterpriseId: 'e-hx', employerBlind: true })
})

test('When the ID number is already a member, then the message offers 会籍转接; when an application is pending, the way to its status', async () => {
  backend({
    'membership.apply': [
      // As the function answers them: the code, and the message on `idNumber` too.
      { ok: false, error: { code: 'MEMBERSHIP.ALREADY_MEMBER', message: MEMBERSHIP_ERRORS['MEMBERSHIP.ALREADY_MEMBER'], fields: { idNumber: MEMBERSHIP_ERRORS['MEMBERSHIP.ALREADY_MEMBER'] } } },
      { ok: false, error: { code: 'MEMBERSHIP.ALREADY_APPLIED', message: MEMBERSHIP_ERRORS['MEMBERSHIP.ALREADY_APPLIED'], fields: { idNumber: MEMBERSHIP_ERRORS['MEMBERSHIP.ALREADY_APPLIED'] } } },
    ],
  })
  await openForm()
  await fillForm()
  await click(screen.getByText('提交入会申请'))
  expect(screen.getByText(MEMBERSHIP_ERRORS['MEMBERSHIP.ALREADY_MEMBER'])).toBeTruthy() // once: in the notice
  await click(screen.getByText('会籍转接'))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/membership/pages/transfer/index' })

  await click(screen.getByText('提交入会申请'))
  expect(screen.getByText(MEMBERSHIP_ERRORS['MEMBERSHIP.ALREADY_APPLIED'])).toBeTruthy()
  expect(screen.queryByText(MEMBERSHIP_ERRORS['MEMBERSHIP.ALREADY_MEMBER'])).toBeNull()
  await click(screen.getByText('查看审核进度'))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/membership/pages/status/index' })
})

test('When the worker is already a member, then the page shows the membership and the ways on instead of the form', async () => {
  const member = { id: 'm-1', memberNo: 'YW2026000123', name: '张三', orgId: 'eu-hx', orgName: '华鑫织造工会', status: 'active', since: '2026-03-20T10:00:00+08:00', statusReason: null, history: [] }
  backend({}, { ok: true, data: { member, applications: [], next: null } })
  render(<ApplyPage />)

  expect(await screen.findByText('您已经是工会会员')).toBeTruthy()
  expect(screen.getByText('华鑫织造工会 · 会员号 YW2026000123')).toBeTruthy()
  expect(screen.queryByText('提交入会申请')).toBeNull()
  await click(screen.getByText('会籍转接'))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/membership/pages/transfer/index' })
})
