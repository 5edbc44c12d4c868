import { fieldErrors } from '../../../types/zod'
import {
  CONSENT_MESSAGES,
  MEMBERSHIP_ROUTE_EXPLANATIONS,
  MEMBERSHIP_ROUTE_REASONS,
  WORKPLACE_MESSAGES as W,
  applyInput,
  cardVerifyInput,
  leaveInput,
  queueInput,
  rejectInput,
  revealIdInput,
  suspendInput,
  transferInput,
} from '../../../types/membership'
import { contactInput, submitInput } from '../../../types/grievance'

type Schema = { safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }
const errors = (schema: Schema, input: unknown) => {
  const r = schema.safeParse(input)
  return r.success ? {} : fieldErrors(r.error!)
}

const consents = { idNumber: true, shareWithUnion: true }
const employed = { requestId: 'req-00000001', name: '张三', idNumber: '330782199003071235', phone: '13812345678', enterpriseId: 'e-hx', consents }
const courier = {
  requestId: 'req-00000002',
  name: '李四',
  idNumber: '11010519491231002X',
  phone: '13912345678',
  noFixedEmployer: true,
  occupation: '快递员',
  residenceTownId: 'sx',
  consents,
}

describe('apply input', () => {
  it('When an employed worker applies, then defaults fill in: not employer-blind, has a fixed employer', () => {
    expect(applyInput.parse(employed)).toEqual({ ...employed, noFixedEmployer: false, employerBlind: false })
  })

  it('When a courier without a fixed employer applies, then occupation and residence town are kept', () => {
    expect(applyInput.parse(courier)).toEqual({ ...courier, employerBlind: false })
  })

  it('When the employer is typed by name, with or without a town, then it is accepted', () => {
    const { enterpriseId: _omit, ...noId } = employed
    expect(applyInput.safeParse({ ...noId, enterpriseName: '义乌某某袜业', townId: 'sx' }).success).toBe(true)
    expect(applyInput.safeParse({ ...noId, enterpriseName: '义乌某某袜业' }).success).toBe(true)
  })

  it('When the ID number and phone are typed loosely, then they are normalised', () => {
    const parsed = applyInput.parse({ ...employed, name: ' 张三 ', idNumber: ' 1101 0519 4912 3100 2x', phone: '+86 138-1234-5678' })
    expect(parsed).toMatchObject({ name: '张三', idNumber: '11010519491231002X', phone: '13812345678' })
  })

  it.each([
    ['330782199003071236', '身份证号校验位不正确，请核对'],
    ['330782202302290029', '身份证号中的出生日期不正确'],
    ['330782190013010021', '身份证号中的出生日期不正确'],
    ['3307821990030712', '身份证号应为 18 位'],
    ['330782900307123', '请填写 18 位新版身份证号'],
    ['', '请填写身份证号'],
  ])('When the ID number is %s, then idNumber says "%s"', (idNumber, message) => {
    expect(errors(applyInput, { ...employed, idNumber })).toEqual({ idNumber: message })
  })

  it.each([
    [{ idNumber: 330782199003071235 }, { idNumber: '请填写身份证号' }],
    [{ phone: '12812345678' }, { phone: '请填写 11 位手机号' }],
    [{ phone: undefined }, { phone: '请填写手机号' }],
    [{ name: ' ' }, { name: '请填写姓名' }],
    [{ name: '张'.repeat(51) }, { name: '姓名不能超过 50 个字' }],
    [{ requestId: 'x' }, { requestId: '请求编号应为 8–64 位字母、数字、_ 或 -' }],
    [{ employerBlind: 'yes' }, { employerBlind: '“入会不惊动单位”应为是或否' }],
    [{ enterpriseId: 'e hx' }, { enterpriseId: '单位编号格式不正确' }],
  ])('When %j, then the message sits on that field', (over, expected) => {
    expect(errors(applyInput, { ...employed, ...over })).toEqual(expected)
  })

  it.each([
    [{ idNumber: false, shareWithUnion: true }, { 'consents.idNumber': CONSENT_MESSAGES.idNumber }],
    [{ idNumber: true }, { 'consents.shareWithUnion': CONSENT_MESSAGES.shareWithUnion }],
    [{ idNumber: 'true', shareWithUnion: 1 }, { 'consents.idNumber': CONSENT_MESSAGES.idNumber, 'consents.shareWithUnion': CONSENT_MESSAGES.shareWithUnion }],
    [undefined, { 'consents.idNumber': CONSENT_MESSAGES.idNumber, 'consents.shareWithUnion': CONSENT_MESSAGES.shareWithUnion }],
  ])('When consents are %j, then each missing one is named (must be literally true)', (given, expected) => {
    expect(errors(applyInput, { ...employed, consents: given })).toEqual(expected)
    expect(Object.values(expected).every((m) => m.startsWith('请阅读并同意'))).toBe(true)
  })

  describe('workplace rule: no fixed employer, or an employer', () => {
    const { enterpriseId: _omit, ...noEmployer } = employed
    it.each([
      ['neither employer nor "no fixed employer"', noEmployer, { enterpriseId: W.employerMissing }],
      ['no fixed employer without occupation and residence', { ...noEmployer, noFixedEmployer: true }, { occupation: W.occupationMissing, residenceTownId: W.residenceMissing }],
      ['no fixed employer with an employer and a town', { ...courier, enterpriseId: 'e-hx', enterpriseName: '华鑫', townId: 'sx' }, { enterpriseId: W.employerNotExpected, enterpriseName: W.employerNotExpected, townId: W.townNotExpected }],
      ['an employer with an occupation and a residence town', { ...employed, occupation: '快递员', residenceTownId: 'sx' }, { occupation: W.occupationNotExpected, residenceTownId: W.residenceNotExpected }],
      ['an occupation outside the list', { ...courier, occupation: '程序员' }, { occupation: '请选择职业' }],
    ])('When %s, then every problem is named', (_name, input, expected) => {
      expect(errors(applyInput, input)).toEqual(expected)
    })

    it('When other fields also fail, then the workplace problem is still reported with them', () => {
      expect(errors(applyInput, { ...noEmployer, idNumber: '330782199003071236', phone: '123', consents: {} })).toEqual({
        idNumber: '身份证号校验位不正确，请核对',
        phone: '请填写 11 位手机号',
        'consents.idNumber': CONSENT_MESSAGES.idNumber,
        'consents.shareWithUnion': CONSENT_MESSAGES.shareWithUnion,
        enterpriseId: W.employerMissing,
      })
      expect(errors(applyInput, null)).toHaveProperty('_')
    })
  })
})

describe('other membership inputs', () => {
  it('transfer follows the same workplace rule and needs a requestId', () => {
    expect(transferInput.parse({ requestId: 'req-00000003', enterpriseId: 'e-hx' })).toEqual({ requestId: 'req-00000003', enterpriseId: 'e-hx', noFixedEmployer: false, employerBlind: false })
    expect(errors(transferInput, { requestId: 'req-00000003' })).toEqual({ enterpriseId: W.employerMissing })
    expect(errors(transferInput, { requestId: 'req-00000003', noFixedEmployer: true, occupation: '外卖送餐员' })).toEqual({ residenceTownId: W.residenceMissing })
  })

  it('leave takes an optional reason of at most 200 characters', () => {
    expect(leaveInput.parse({})).toEqual({})
    expect(leaveInput.parse({ reason: ' 离开义乌 ' })).toEqual({ reason: '离开义乌' })
    expect(errors(leaveInput, { reason: '字'.repeat(201) })).toEqual({ reason: '退会原因不能超过 200 个字' })
  })

  it('reject needs a listed reason code and an explanation; suspend needs a reason', () => {
    expect(rejectInput.parse({ id: 'a1', reason: 'INFO_MISMATCH', note: ' 身份证号与姓名不符 ' })).toEqual({ id: 'a1', reason: 'INFO_MISMATCH', note: '身份证号与姓名不符' })
    expect(errors(rejectInput, { id: 'a1', reason: 'LAZY', note: '' })).toEqual({ reason: '请选择不通过的原因', note: '请填写说明' })
    expect(errors(rejectInput, { id: 'a1', reason: 'OTHER', note: '字'.repeat(301) })).toEqual({ note: '说明不能超过 300 个字' })
    expect(errors(suspendInput, { memberId: 'm1' })).toEqual({ reason: '请填写暂停原因' })
  })

  it('revealId names exactly one application or member', () => {
    expect(revealIdInput.parse({ applicationId: 'a1', field: 'idNumber' })).toEqual({ applicationId: 'a1', field: 'idNumber' })
    expect(revealIdInput.parse({ memberId: 'm1', field: 'phone' })).toEqual({ memberId: 'm1', field: 'phone' })
    expect(errors(revealIdInput, { field: 'phone' })).toEqual({ applicationId: '请指定一份申请或一位会员（只能选一个）' })
    expect(errors(revealIdInput, { applicationId: 'a1', memberId: 'm1', field: 'phone' })).toEqual({ applicationId: '请指定一份申请或一位会员（只能选一个）' })
    expect(errors(revealIdInput, { applicationId: 'a1', field: 'name' })).toEqual({ field: '请选择要查看的信息：身份证号或手机号' })
  })

  it('queue filters by a known status; a card token is 1–1000 characters', () => {
    expect(errors(queueInput, { status: 'lost', limit: 101 })).toEqual({ status: '状态不正确', limit: '每页最多 100 条' })
    expect(errors(cardVerifyInput, { token: ' ' })).toEqual({ token: '请扫描或粘贴会员卡二维码' })
    expect(errors(cardVerifyInput, { token: 'x'.repeat(1001) })).toEqual({ token: '二维码内容过长，不是会员卡二维码' })
  })

  it('every route reason has a Chinese explanation', () => {
    for (const r of MEMBERSHIP_ROUTE_REASONS) expect(MEMBERSHIP_ROUTE_EXPLANATIONS[r]).toMatch(/[\u4e00-\u9fa5]/)
  })
})

describe('the shared phone field keeps grievance behaviour', () => {
  it('normalises and checks the contact phone exactly as before', () => {
    expect(contactInput.parse({ name: '张三', phone: '+86 138-1234-5678' })).toEqual({ name: '张三', phone: '13812345678' })
    expect(errors(contactInput, { name: '张三', phone: '12345678901' })).toEqual({ phone: '请填写 11 位手机号' })
    expect(errors(contactInput, { name: '张三' })).toEqual({ phone: '请填写手机号' })
    expect(errors(submitInput, { requestId: 'x', category: 'other', privacy: 'named', description: '老板拖欠工资', contact: { name: '张三', phone: '13812345678' } })).toEqual({
      requestId: '请求编号应为 8–64 位字母、数字、_ 或 -',
    })
  })
})
