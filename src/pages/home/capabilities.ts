/** The home page's entries. `url` set = live; without it the tile says 即将开放 instead of linking nowhere. */
export type Capability = { key: string; title: string; hint: string; url?: string }

export const CAPABILITIES: Capability[] = [
  { key: 'join', title: '我要入会', hint: '在线申请加入工会', url: '/membership/pages/apply/index' },
  { key: 'card', title: '电子会员证', hint: '出示会员身份', url: '/membership/pages/card/index' },
  { key: 'legal', title: '法律咨询', hint: '工会律师免费解答', url: '/legal/pages/index/index' },
  { key: 'mutual-aid', title: '医疗互助', hint: '住院后申请互助金', url: '/mutual-aid/pages/cover/index' },
  { key: 'report', title: '我要维权', hint: '反映欠薪、社保等问题', url: '/grievance/pages/report/index' },
  { key: 'directory', title: '单位查询', hint: '查企业所属工会', url: '/directory/pages/search/index' },
]
