/**
 * Where the legal pages send a worker, with what they already know as page parameters. The receiving form shows
 * the values for the worker to check and change: nothing is filed from here.
 */
import type { LegalCategory } from '../../types/legal-labels'

export const LEGAL = {
  home: '/legal/pages/index/index',
  ask: '/legal/pages/ask/index',
  mine: '/legal/pages/mine/index',
  consultation: '/legal/pages/consultation/index',
  receipt: '/legal/pages/receipt/index',
  limitation: '/legal/pages/limitation/index',
  calculator: '/legal/pages/calculator/index',
  evidence: '/legal/pages/evidence/index',
  arbitration: '/legal/pages/arbitration/index',
  knowledge: '/legal/pages/knowledge/index',
  /** The legal-aid application form (it reads the parameters of `aidFormUrl`). */
  aid: '/legal/pages/aid-apply/index',
  aidMine: '/legal/pages/aid-mine/index',
  /** One aid application: the applicant's status page, or the deciding officer's page (by the reply's shape). */
  aidCase: '/legal/pages/aid/index',
  // Lawyers, officers and admins (entries on 工作台).
  desk: '/legal/pages/desk/index',
  deskConsultation: '/legal/pages/desk-consultation/index',
  aidQueue: '/legal/pages/aid-queue/index',
  parameters: '/legal/pages/parameters/index',
  articles: '/legal/pages/articles/index',
  stats: '/legal/pages/stats/index',
} as const

/** Long texts are cut so the page address stays short (the worker sees and can complete the text there). */
const PREFILL_MAX = 500
const cut = (text: string) => (text.length > PREFILL_MAX ? `${text.slice(0, PREFILL_MAX)}…` : text)

export function withQuery(path: string, params: Record<string, string | null | undefined>): string {
  const q = Object.entries(params)
    .filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&')
  return q ? `${path}?${q}` : path
}

/** A legal category in the grievance form's own categories (休息休假 is about working time there). */
const GRIEVANCE_CATEGORY: Record<LegalCategory, string> = {
  wage: 'wage_arrears', contract: 'contract', termination: 'contract', overtime: 'overtime',
  social_insurance: 'social_insurance', injury: 'work_injury', leave: 'overtime', other: 'other',
}

export type Known = { category: LegalCategory; question: string; enterpriseName: string | null; townId: string | null }

/** 转为维权诉求: src/grievance/pages/report reads `from`, `category`, `enterpriseName`, `townId`, `description`. */
export const grievanceReportUrl = (k: Known) =>
  withQuery('/grievance/pages/report/index', {
    from: 'legal', category: GRIEVANCE_CATEGORY[k.category], enterpriseName: k.enterpriseName, townId: k.townId, description: cut(k.question),
  })

/** 申请法律援助: the aid form reads `from`, `category`, `enterpriseName`, `townId`, `facts`, `limitationDeadline`. */
export const aidFormUrl = (k: Partial<Known> & { limitationDeadline?: string | null }) =>
  withQuery(LEGAL.aid, {
    from: 'legal', category: k.category, enterpriseName: k.enterpriseName, townId: k.townId,
    facts: k.question ? cut(k.question) : null, limitationDeadline: k.limitationDeadline,
  })

/** One claim of the arbitration application: what is asked for, and the amount when there is one. */
export type Claim = { text: string; amount: number | null }

/** 仲裁申请书: `claims` (JSON list), `category`, `enterpriseName`, `facts`. */
export const arbitrationUrl = (p: { claims?: Claim[]; category?: LegalCategory; enterpriseName?: string | null; facts?: string }) =>
  withQuery(LEGAL.arbitration, {
    claims: p.claims?.length ? JSON.stringify(p.claims) : null, category: p.category, enterpriseName: p.enterpriseName,
    facts: p.facts ? cut(p.facts) : null,
  })
