/** The officer's work in the desktop navigation, in the order of 工作台 (zod-free, no Taro). */
export type DeskSection = 'home' | 'grievance' | 'membership' | 'verify' | 'stats' | 'directory' | (string & {})

export type DeskNavItem = { key: DeskSection; title: string; url: string }

// A capability's queue joins here when it ships (e.g. 法律咨询's officer/lawyer queue).
export const DESK_NAV: DeskNavItem[] = [
  { key: 'home', title: '工作台', url: '/workbench/pages/index/index' },
  { key: 'dashboard', title: '工作看板', url: '/dashboard/pages/index/index' },
  { key: 'grievance', title: '维权诉求', url: '/grievance/pages/queue/index' },
  { key: 'membership', title: '入会审核', url: '/membership/pages/queue/index' },
  { key: 'legal', title: '法律咨询', url: '/legal/pages/desk/index' },
  { key: 'legal-aid', title: '法律援助', url: '/legal/pages/aid-queue/index' },
  { key: 'verify', title: '会员证核验', url: '/membership/pages/verify/index' },
  { key: 'stats', title: '诉求统计', url: '/grievance/pages/stats/index' },
  { key: 'directory', title: '单位目录', url: '/directory/pages/search/index' },
  { key: 'mutual-aid', title: '医疗互助', url: '/mutual-aid/pages/queue/index' },
  { key: 'arrears', title: '欠薪预警', url: '/arrears/pages/board/index' },
  { key: 'arrears-file', title: '欠薪零报告', url: '/arrears/pages/file/index' },
  { key: 'radar', title: '风险雷达', url: '/radar/pages/index/index' },
  { key: 'organising', title: '建会清单', url: '/organising/pages/list/index' },
]
