/**
 * The CloudBase collections and their indexes: one list read by the deploy plan (scripts/deploy/plan.ts:
 * `npm run deploy` creates them; tests/deploy/index-coverage.test.ts checks every adapter query against them) and by
 * the test fake (which enforces the unique ones). `_id` is always indexed and unique; it is the domain id in every
 * collection.
 */
export type IndexSpec = {
  name: string
  /** Field and direction, in key order. */
  keys: ReadonlyArray<readonly [field: string, direction: 1 | -1]>
  unique: boolean
}
export type CollectionSpec = { name: string; indexes: readonly IndexSpec[] }

export const COLLECTIONS = [
  {
    name: 'orgs',
    indexes: [
      // listTowns: where type, order by _id.
      { name: 'type_id', keys: [['type', 1], ['_id', 1]], unique: false },
      // listOrgsBelow: a case-sensitive ^prefix regex on path can walk this index.
      { name: 'path', keys: [['path', 1]], unique: false },
    ],
  },
  {
    name: 'enterprises',
    indexes: [
      { name: 'creditCode_unique', keys: [['creditCode', 1]], unique: true },
      { name: 'townId_id', keys: [['townId', 1], ['_id', 1]], unique: false },
    ],
  },
  { name: 'officers', indexes: [{ name: 'orgId_id', keys: [['orgId', 1], ['_id', 1]], unique: false }] },
  // Looked up by _id (the code) only.
  { name: 'invites', indexes: [] },
  {
    // Audit lines, inbox items and check-ins: an action's side records are one insert (decision 0020).
    name: 'journal',
    indexes: [
      { name: 'audit_record_id', keys: [['kind', 1], ['recordType', 1], ['recordId', 1], ['_id', 1]], unique: false },
      // An inbox, newest first: walked backwards on _id.
      { name: 'inbox_recipient_id', keys: [['kind', 1], ['recipientKey', 1], ['_id', -1]], unique: false },
      // The notify timer walks every inbox item by id.
      { name: 'kind_id', keys: [['kind', 1], ['_id', 1]], unique: false },
      { name: 'checkin_due', keys: [['kind', 1], ['sent', 1], ['dueAt', 1], ['_id', 1]], unique: false },
    ],
  },
  // A handful of documents, read whole.
  { name: 'calendar_years', indexes: [] },
  {
    name: 'grievances',
    indexes: [
      { name: 'receiptHash_unique', keys: [['receiptHash', 1]], unique: true },
      // listQueue: one index per filter shape, each ending in the (acceptBy, _id) keyset order.
      { name: 'queue', keys: [['assignedOrgId', 1], ['acceptBy', 1], ['_id', 1]], unique: false },
      { name: 'queue_status', keys: [['assignedOrgId', 1], ['status', 1], ['acceptBy', 1], ['_id', 1]], unique: false },
      { name: 'queue_overdue', keys: [['assignedOrgId', 1], ['overdue', 1], ['acceptBy', 1], ['_id', 1]], unique: false },
      { name: 'queue_supervised', keys: [['assignedOrgId', 1], ['supervised', 1], ['acceptBy', 1], ['_id', 1]], unique: false },
      { name: 'supervisor', keys: [['supervisorOrgId', 1], ['supervised', 1], ['acceptBy', 1], ['_id', 1]], unique: false },
      // Sweeps: a range `<= now` on a string key skips the nulls, so the walk covers due cases only.
      { name: 'escalate_due', keys: [['escalateAt', 1], ['_id', 1]], unique: false },
      { name: 'supervise_due', keys: [['superviseAt', 1], ['_id', 1]], unique: false },
      // listOpenAt: open cases of an enterprise and category, most affected first.
      { name: 'open_at', keys: [['enterpriseId', 1], ['category', 1], ['affectedCount', -1], ['_id', 1]], unique: false },
      // listForStats: the createdAt window in (createdAt, _id) order, the path prefix checked on the entry.
      { name: 'created', keys: [['createdAt', 1], ['_id', 1], ['assignedPath', 1]], unique: false },
      // listMissedFrom: multikey on the array; the ^prefix regex seeks each path's range, then the createdAt window.
      { name: 'missed_created', keys: [['missedPaths', 1], ['createdAt', 1], ['_id', 1]], unique: false },
      // countsByEnterprise (risk radar): a town's cases from a day on, in (createdAt, _id) pages.
      { name: 'town_created', keys: [['townId', 1], ['createdAt', 1], ['_id', 1]], unique: false },
      // Participants are embedded in their case (decision 0021). Multikey on every participant's requestKey: the
      // idempotency guard of submissions and joins (a retried insert or join clashes), and getByRequestKey.
      { name: 'requestKeys_unique', keys: [['requestKeys', 1]], unique: true },
      // listByReporter: a worker's cases (reported or joined), newest first; multikey on the reporterKeys.
      { name: 'participantKeys_id', keys: [['participantKeys', 1], ['_id', -1]], unique: false },
      // Messages are embedded too (decision 0024): read with their case, a reply's key checked on it; no index.
    ],
  },
  // Evidence upload slots: the sweep walks unfinished ones issued before a cutoff (`finished` false, issuedAt < t).
  { name: 'upload_slots', indexes: [{ name: 'finished_issuedAt_id', keys: [['finished', 1], ['issuedAt', 1], ['_id', 1]], unique: false }] },
  {
    // Membership (cloudbase/memberships.ts, decision 0022): a join is one document from application to member.
    name: 'memberships',
    indexes: [
      // The claims (membership-docs.ts `claimsOf`): each always a string — the key, or `~<_id>` when none is claimed.
      { name: 'uRequest_unique', keys: [['uRequest', 1]], unique: true },
      { name: 'uPendingAccount_unique', keys: [['uPendingAccount', 1]], unique: true },
      { name: 'uPendingPerson_unique', keys: [['uPendingPerson', 1]], unique: true },
      { name: 'uPerson_unique', keys: [['uPerson', 1]], unique: true },
      { name: 'uAccount_unique', keys: [['uAccount', 1]], unique: true },
      { name: 'uMemberNo_unique', keys: [['uMemberNo', 1]], unique: true },
      // listQueue: one index per filter shape, each ending in the (reviewBy, _id) keyset order.
      { name: 'queue', keys: [['assignedOrgId', 1], ['reviewBy', 1], ['_id', 1]], unique: false },
      { name: 'queue_status', keys: [['assignedOrgId', 1], ['status', 1], ['reviewBy', 1], ['_id', 1]], unique: false },
      { name: 'queue_overdue', keys: [['assignedOrgId', 1], ['overdue', 1], ['reviewBy', 1], ['_id', 1]], unique: false },
      // listDue: `escalateAt <= now` on a string key skips the nulls (decided applications, members made outside a review).
      { name: 'escalate_due', keys: [['escalateAt', 1], ['_id', 1]], unique: false },
      // listByApplicant, newest first.
      { name: 'applicantKey_id', keys: [['applicantKey', 1], ['_id', -1]], unique: false },
      // getMemberByHolder: a holder's membership records, newest first. getHolderMembership: this `$or` uPendingAccount_unique.
      { name: 'member_holderKey_id', keys: [['member.holderKey', 1], ['_id', -1]], unique: false },
      // listMembers: an org's roster by member number.
      { name: 'member_orgId_memberNo', keys: [['member.orgId', 1], ['member.memberNo', 1]], unique: false },
    ],
  },
  // Atomic counters (`_id` = the counter's name), read and incremented by _id.
  { name: 'counters', indexes: [] },
  // Timer marks (MarkStore, `_id` = the mark's name), read and conditionally updated by _id.
  { name: 'marks', indexes: [] },
  // Limit counters (quota.ts): `_id` = `<keyed hash>:<period>`, read and raised by _id; removeEnded by period.
  { name: 'quota', indexes: [{ name: 'period', keys: [['period', 1]], unique: false }] },
  // Desktop sign-in codes: `_id` = the code's keyed hash, read and conditionally updated by _id only.
  { name: 'desktop_codes', indexes: [] },
  // listLiveSessions: an officer's sessions not ended, newest first; expiresAt is checked on the documents found.
  { name: 'desktop_sessions', indexes: [{ name: 'openid_ended_id', keys: [['openid', 1], ['ended', 1], ['_id', -1]], unique: false }] },
  // Subscribe messages: `_id` = a keyed hash per person, recipient key and kind; deliver() reads by recipientKey.
  { name: 'subscriptions', indexes: [{ name: 'recipientKey_id', keys: [['recipientKey', 1], ['_id', 1]], unique: false }] },
  // The send timer: `nextAt <= now` on a string key skips sent and abandoned messages (nextAt null).
  { name: 'outbox', indexes: [{ name: 'nextAt_id', keys: [['nextAt', 1], ['_id', 1]], unique: false }] },
  // Legal help (issue 11, cloudbase/legal.ts). Consultations: retries and receipts are unique.
  {
    name: 'legal_consultations',
    indexes: [
      { name: 'requestKey_unique', keys: [['requestKey', 1]], unique: true },
      { name: 'receiptHash_unique', keys: [['receiptHash', 1]], unique: true },
      // listConsultationQueue: one status, or the three open ones ($in, merged in (answerBy, _id) order).
      { name: 'queue_status', keys: [['assignedOrgId', 1], ['status', 1], ['answerBy', 1], ['_id', 1]], unique: false },
      // listConsultationsByAsker, newest first.
      { name: 'askerKey_createdAt', keys: [['askerKey', 1], ['createdAt', -1], ['_id', -1]], unique: false },
      // listConsultationsDue: `escalateAt <= now` on a string key skips the answered (null).
      { name: 'escalate_due', keys: [['escalateAt', 1], ['_id', 1]], unique: false },
      // listConsultationsForStats: the createdAt window in order, the path prefix checked on the entry.
      { name: 'created', keys: [['createdAt', 1], ['_id', 1], ['assignedPath', 1]], unique: false },
    ],
  },
  {
    name: 'legal_articles',
    indexes: [
      // searchArticles without bigrams: published, newest first (all, or one category).
      { name: 'published_updatedAt', keys: [['published', 1], ['updatedAt', -1], ['_id', -1]], unique: false },
      { name: 'published_category_updatedAt', keys: [['published', 1], ['category', 1], ['updatedAt', -1], ['_id', -1]], unique: false },
      // searchArticles with bigrams: multikey on the published article's bigrams (unpublished hold none).
      { name: 'grams_updatedAt', keys: [['grams', 1], ['updatedAt', -1], ['_id', -1]], unique: false },
    ],
  },
  // Wage parameters: `_id` = the year, read by _id only.
  { name: 'legal_parameters', indexes: [] },
  {
    name: 'legal_aid',
    indexes: [
      { name: 'requestKey_unique', keys: [['requestKey', 1]], unique: true },
      // listAidQueue: pending and awaiting_material merged in (decideKey, _id) order; decideKey '~' = paused, last.
      { name: 'queue', keys: [['assignedOrgId', 1], ['status', 1], ['decideKey', 1], ['_id', 1]], unique: false },
      { name: 'applicantKey_createdAt', keys: [['applicantKey', 1], ['createdAt', -1], ['_id', -1]], unique: false },
      { name: 'escalate_due', keys: [['escalateAt', 1], ['_id', 1]], unique: false },
      { name: 'created', keys: [['createdAt', 1], ['_id', 1], ['assignedPath', 1]], unique: false },
    ],
  },
  {
    name: 'legal_reminders',
    indexes: [
      { name: 'requestKey_unique', keys: [['requestKey', 1]], unique: true },
      // listRemindersDue: unsent (sentAt null), dueDay <= day.
      { name: 'sentAt_dueDay_id', keys: [['sentAt', 1], ['dueDay', 1], ['_id', 1]], unique: false },
    ],
  },
  // Medical mutual aid (issue 12, cloudbase/mutual-aid.ts). Plans: listPlans, newest year first.
  { name: 'mutual_aid_plans', indexes: [{ name: 'year_id', keys: [['year', -1], ['_id', -1]], unique: false }] },
  {
    // `_id` = `<planId>:<memberId>`: one enrolment per member and plan without an index step.
    name: 'mutual_aid_enrolments',
    indexes: [
      // listEnrolmentsByHolder: "my cover", newest cover year first.
      { name: 'holderKey_coverTo', keys: [['holderKey', 1], ['coverTo', -1], ['_id', -1]], unique: false },
      // listEnrolmentsOfOrg: a union's roster for a plan, by member number.
      { name: 'orgId_planId_memberNo', keys: [['orgId', 1], ['planId', 1], ['memberNo', 1], ['_id', 1]], unique: false },
      // settleFilings: enrolments whose oldest open claim filing is due for repair (absent when none is open).
      { name: 'filings_due', keys: [['filingsSince', 1], ['_id', 1]], unique: false },
    ],
  },
  {
    name: 'mutual_aid_claims',
    indexes: [
      { name: 'requestKey_unique', keys: [['requestKey', 1]], unique: true },
      // listClaimQueue: the union's documents check (submitted), the federation's approval (checked) and payment
      // (approved), each in (queueKey, _id) order; queueKey = decideBy, or createdAt before the documents are complete.
      { name: 'review_queue', keys: [['reviewOrgId', 1], ['status', 1], ['queueKey', 1], ['_id', 1]], unique: false },
      { name: 'approve_queue', keys: [['approveOrgId', 1], ['status', 1], ['queueKey', 1], ['_id', 1]], unique: false },
      // listClaimsByHolder, newest first.
      { name: 'holderKey_createdAt', keys: [['holderKey', 1], ['createdAt', -1], ['_id', -1]], unique: false },
      // listClaimsDue: `escalateAt <= now` on a string key skips the claims whose clock is stopped (null).
      { name: 'escalate_due', keys: [['escalateAt', 1], ['_id', 1]], unique: false },
      // settleRejections: rejected claims whose reservation's release is still to confirm (absent once confirmed).
      { name: 'release_due', keys: [['releaseDue', 1], ['_id', 1]], unique: false },
      // listClaimsForStats: a plan's claims in (createdAt, _id) order, the path prefix checked on the entry.
      { name: 'planId_createdAt', keys: [['planId', 1], ['createdAt', 1], ['_id', 1], ['reviewPath', 1]], unique: false },
    ],
  },
  // Invoice keys: `_id` = the invoice number's keyed hash (a second use is a duplicate `_id`), read by _id only.
  { name: 'mutual_aid_invoices', indexes: [] },
  {
    // Wage-arrears zero-report (issue 13, cloudbase/arrears.ts). `_id` = `<enterpriseId>:<month>`: one per month by construction.
    name: 'arrears_reports',
    indexes: [
      // listTownMonth: the town's month board, in _id order.
      { name: 'townId_month_id', keys: [['townId', 1], ['month', 1], ['_id', 1]], unique: false },
      // listByEnterprise: newest month first.
      { name: 'enterpriseId_month', keys: [['enterpriseId', 1], ['month', -1]], unique: false },
    ],
  },
  // Reminders sent: `_id` = `<month>:<kind>:<filerOrgId>` (a second send is a duplicate `_id`), read by _id only.
  { name: 'arrears_reminders', indexes: [] },
  // Risk radar (issue 13, cloudbase/radar.ts): one document per town, read and updated by _id only.
  { name: 'radar_towns', indexes: [] },
  // An enterprise's 法律体检 visits under a town, latest first.
  { name: 'radar_visits', indexes: [{ name: 'town_enterprise_date', keys: [['townId', 1], ['enterpriseId', 1], ['date', -1], ['_id', -1]], unique: false }] },
  // Officer dashboard: one rollup per org, `_id` = orgId; read by _id, listed in _id order by the refresh.
  { name: 'dashboard_rollups', indexes: [] },
  // Organising list (issue 13 §2, cloudbase/organising.ts): `_id` = the credit code.
  {
    name: 'organising_entries',
    indexes: [
      // listOpen: on the list (onList), largest first (rank ascending), per town or area committee, with or without a status.
      { name: 'town_list', keys: [['townId', 1], ['onList', 1], ['rank', 1], ['_id', 1]], unique: false },
      { name: 'town_status_list', keys: [['townId', 1], ['onList', 1], ['status', 1], ['rank', 1], ['_id', 1]], unique: false },
      { name: 'area_list', keys: [['areaId', 1], ['onList', 1], ['rank', 1], ['_id', 1]], unique: false },
      { name: 'area_status_list', keys: [['areaId', 1], ['onList', 1], ['status', 1], ['rank', 1], ['_id', 1]], unique: false },
      // listRemindersDue: `remindAt <= day` on a string key skips entries without a reminder (null).
      { name: 'remind_due', keys: [['remindAt', 1], ['_id', 1]], unique: false },
      // townTotals, listInsuredLatest: a town's entries by _id.
      { name: 'town_id', keys: [['townId', 1], ['_id', 1]], unique: false },
    ],
  },
  // Staged insured imports, read by _id.
  { name: 'organising_imports', indexes: [] },
  // An import's chunks until it commits: `_id` = `<importId>:<chunk>`.
  { name: 'organising_chunks', indexes: [{ name: 'importId_id', keys: [['importId', 1], ['_id', 1]], unique: false }] },
] as const satisfies readonly CollectionSpec[]

export type CollectionName = (typeof COLLECTIONS)[number]['name']

export function collectionSpec(name: string): CollectionSpec | undefined {
  return COLLECTIONS.find((c) => c.name === name)
}
