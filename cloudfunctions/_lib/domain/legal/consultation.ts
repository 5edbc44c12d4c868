/**
 * The consultation clock (issue 11): the first answer is due 24 clock hours after asking (holidays included,
 * the seed's 24-hour online window). Missed at a town → the city federation with a fresh 24 hours, the miss
 * charged to the town; missed at the city → supervised, and it stays. The first answer stops the clock.
 */
import type { Org } from '../../../../types/directory'
import { ANSWER_WITHIN_HOURS } from '../../../../types/legal-labels'
import { toIso } from '../../runtime/time'
import type { ConsultClockState as Consultation, LegalHistoryEntry } from './state'

const HOUR_MS = 3_600_000

export function answerBy(from: Date): string {
  return toIso(new Date(from.getTime() + ANSWER_WITHIN_HOURS * HOUR_MS))
}

/** Still waiting for its first answer (the only state the clock runs in). */
export function clockRuns(c: Pick<Consultation, 'status' | 'firstAnsweredAt'>): boolean {
  return c.firstAnsweredAt === null && (c.status === 'waiting' || c.status === 'claimed')
}

export type ConsultEscalation = { patch: Partial<Consultation>; event: LegalHistoryEntry }

/**
 * What the sweep does with a consultation past answer-by: `city` is the city federation (the root). Null when
 * nothing is due (answered, closed, or not yet late).
 */
export function escalateConsultation(c: Consultation, now: Date, city: Org): ConsultEscalation | null {
  if (!clockRuns(c) || c.escalateAt === null || new Date(c.escalateAt).getTime() > now.getTime()) return null
  const at = toIso(now)
  const missedOrgIds = c.missedOrgIds.includes(c.assignedOrgId) ? c.missedOrgIds : [...c.missedOrgIds, c.assignedOrgId]
  if (c.assignedOrgId === city.id) {
    return {
      patch: { supervised: true, escalateAt: null, missedOrgIds },
      event: { at, type: 'supervised', fromOrgId: c.assignedOrgId, toOrgId: c.assignedOrgId, actor: null },
    }
  }
  const due = answerBy(now)
  return {
    patch: {
      assignedOrgId: city.id, assignedPath: city.path, routeReason: 'CITY_CENTRE', status: 'waiting',
      claimedBy: null, claimedAt: null, answerBy: due, escalateAt: due, missedOrgIds,
    },
    event: { at, type: 'escalated', fromOrgId: c.assignedOrgId, toOrgId: city.id, actor: null, note: '24 小时内未答复，转市总工会法律服务中心' },
  }
}
