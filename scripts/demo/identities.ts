/**
 * Who one can be in the development identity switcher. Officer openids exist in scripts/demo/yiwu.json
 * with the same role and org (tests/demo/data.test.ts checks it); workers are not in the directory.
 * No imports on purpose: the host and the H5 dev build can both read this list.
 */
export type DemoIdentity = { openid: string; label: string; role: 'worker' | 'officer' | 'admin' | 'lawyer'; orgId?: string }

export const DEMO_IDENTITIES: DemoIdentity[] = [
  { openid: 'o-worker-1', label: '职工（演示）', role: 'worker' },
  { openid: 'o-worker-2', label: '职工二（演示）', role: 'worker' },
  { openid: 'o-eu-hx-1', label: '华鑫织造工会 干部', role: 'officer', orgId: 'eu-hx' },
  { openid: 'o-ju-sx1-1', label: '苏溪村联合工会 干部', role: 'officer', orgId: 'ju-sx1' },
  { openid: 'o-sx-a1-1', label: '苏溪镇第一片区工委 干部', role: 'officer', orgId: 'sx-a1' },
  { openid: 'o-town-sx-1', label: '苏溪镇总工会 干部', role: 'officer', orgId: 'sx' },
  { openid: 'o-town-sx-admin', label: '苏溪镇总工会 管理员', role: 'admin', orgId: 'sx' },
  { openid: 'o-city-admin', label: '义乌市总工会 管理员', role: 'admin', orgId: 'yw' },
  { openid: 'o-lawyer-1', label: '义乌市总工会 律师', role: 'lawyer', orgId: 'yw' },
]
