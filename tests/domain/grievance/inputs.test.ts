import { fieldErrors } from '../../../types/zod'
import {
  CATEGORY_HINTS,
  CATEGORY_LABELS,
  GRIEVANCE_CATEGORIES,
  PRIVACY_EXPLANATIONS,
  PRIVACY_MODES,
  ROUTE_REASONS,
  ROUTE_REASON_EXPLANATIONS,
  deadlineLabel,
  joinInput,
  queueInput,
  rateInput,
  statsInput,
  submitInput,
  transferInput,
} from '../../../types/grievance'

const valid = { requestId: 'req-00000001', category: 'wage_arrears', privacy: 'named', description: '老板拖欠三个月工资了', contact: { name: '张三', phone: '13812345678' } }
const errors = (schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, input: unknown) => {
  const r = schema.safeParse(input)
  return r.success ? {} : fieldErrors(r.error!)
}

describe('submit input', () => {
  it('fills defaults: not urgent, 1 affected, no attachments', () => {
    expect(submitInput.parse(valid)).toEqual({ ...valid, urgent: false, affectedCount: 1, attachments: [] })
  })

  it('normalises a phone typed with +86, spaces and dashes', () => {
    expect(submitInput.parse({ ...valid, contact: { name: ' 张三 ', phone: '+86 138-1234-5678' } }).contact).toEqual({ name: '张三', phone: '13812345678' })
  })

  it('requires the contact for named and employer_blind, and refuses it for anonymous', () => {
    const { contact: _omit, ...noContact } = valid
    expect(errors(submitInput, { ...noContact, privacy: 'named' })).toEqual({ contact: '实名或不让单位知道时，请填写姓名和手机号' })
    expect(errors(submitInput, { ...noContact, privacy: 'employer_blind' })).toEqual({ contact: '实名或不让单位知道时，请填写姓名和手机号' })
    expect(errors(submitInput, { ...valid, privacy: 'anonymous' })).toEqual({ contact: '匿名反映不需要填写姓名和电话，请删除后再提交' })
    expect(submitInput.safeParse({ ...noContact, privacy: 'anonymous' }).success).toBe(true)
  })

  it('reports every bad field at once, in Chinese', () => {
    expect(
      errors(submitInput, {
        ...valid,
        requestId: 'x',
        category: 'noise',
        affectedCount: 0,
        description: '短',
        contact: { name: '', phone: '12345678901' },
        attachments: Array.from({ length: 10 }, (_, i) => `f${i}`),
      }),
    ).toEqual({
      requestId: '请求编号应为 8–64 位字母、数字、_ 或 -',
      category: '请选择问题类型',
      affectedCount: '受影响人数至少为 1',
      description: '请至少写 5 个字，说明发生了什么',
      'contact.name': '请填写姓名',
      'contact.phone': '请填写 11 位手机号',
      attachments: '最多上传 9 张照片',
    })
    expect(errors(submitInput, { ...valid, description: '字'.repeat(2001) })).toEqual({ description: '问题描述不能超过 2000 个字' })
    expect(errors(submitInput, null)).toHaveProperty('_')
  })
})

describe('other inputs', () => {
  it('join follows the same contact rule', () => {
    expect(joinInput.parse({ caseId: 'c1', requestId: 'req-00000002', privacy: 'anonymous' })).toEqual({ caseId: 'c1', requestId: 'req-00000002', privacy: 'anonymous', affectedCount: 1 })
    expect(errors(joinInput, { caseId: 'c1', requestId: 'req-00000002', privacy: 'employer_blind' })).toHaveProperty('contact')
  })

  it('rate is a whole 1–5; transfer needs a reason; queue limit ≤ 100', () => {
    expect(errors(rateInput, { id: 'c1', score: 6 })).toEqual({ score: '评分应为 1–5 分' })
    expect(errors(rateInput, { id: 'c1', score: 4.5 })).toHaveProperty('score')
    expect(errors(transferInput, { id: 'c1', toOrgId: 'sx', reason: ' ' })).toEqual({ reason: '请填写转办原因' })
    expect(errors(queueInput, { limit: 101 })).toEqual({ limit: '每页最多 100 条' })
  })

  it('stats dates are real days, from ≤ to', () => {
    expect(statsInput.parse({ orgId: 'yw', from: '2026-01-01', to: '2026-03-31' })).toEqual({ orgId: 'yw', from: '2026-01-01', to: '2026-03-31' })
    expect(errors(statsInput, { orgId: 'yw', from: '2026-02-30' })).toEqual({ from: '开始日期不是有效日期' })
    expect(errors(statsInput, { orgId: 'yw', from: '2026-03-02', to: '2026-03-01' })).toEqual({ to: '开始日期不能晚于结束日期' })
  })
})

describe('worker-facing words', () => {
  it('every category, privacy mode and route reason has its Chinese text', () => {
    for (const c of GRIEVANCE_CATEGORIES) expect(CATEGORY_LABELS[c] && CATEGORY_HINTS[c]).toMatch(/[\u4e00-\u9fa5]/)
    for (const p of PRIVACY_MODES) expect(PRIVACY_EXPLANATIONS[p]).toMatch(/[\u4e00-\u9fa5]/)
    for (const r of ROUTE_REASONS) expect(ROUTE_REASON_EXPLANATIONS[r]).toMatch(/[\u4e00-\u9fa5]/)
  })

  it('writes an end-of-day deadline as 24:00 of that day', () => {
    expect(deadlineLabel('2026-03-13T00:00:00+08:00')).toBe('3月12日 24:00')
    expect(deadlineLabel('2026-03-01T00:00:00+08:00')).toBe('2月28日 24:00')
    expect(deadlineLabel('2026-03-10T14:00:00+08:00')).toBe('3月10日 14:00')
  })
})
