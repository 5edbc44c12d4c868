/** Chinese labels of the officer dashboard (zod-free, for pages). */
export const DASHBOARD_TITLE = '工作看板'

export const SECTION_LABELS = {
  grievances: '维权诉求',
  memberships: '入会申请',
  legal: '法律咨询',
  mutualAid: '医疗互助',
  arrears: '欠薪零报告（本月）',
  organising: '清单式建会',
} as const

export const TREND_LABELS = {
  grievancesReceived: '每月收到的诉求（件）',
  onTimeAcceptRate: '按时受理率（%）',
  satisfiedRate: '满意率（%）',
  answeredWithin24hRate: '法律咨询 24 小时内答复率（%）',
  mutualAidPaid: '医疗互助每月支付（元）',
} as const

export const NOT_YET = '—'
export const EMPTY_TEXT = '统计每小时更新一次，首次统计完成后这里会显示数据。'
