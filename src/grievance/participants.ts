import type { OfficerReporter } from '../services/grievance'

/**
 * How an officer refers to one worker on a case, the same in the reporter card and the messages: the reporter,
 * or a worker who joined, numbered by `reporterId` (the participant's index as the server gives it, the
 * reporter being 0).
 */
export const participantRef = (r: Pick<OfficerReporter, 'reporterId' | 'role'>) =>
  r.role === 'reporter' ? '报告人' : `一起反映的职工 ${r.reporterId}`

/** The reference, with the name only where the server made it visible to this officer. */
export const participantLabel = (r: OfficerReporter) => (r.visible ? `${participantRef(r)}（${r.name}）` : participantRef(r))
