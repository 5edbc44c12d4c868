/**
 * The round-trip budget of every user-facing action (issue 10): how many requests one call may send to
 * CloudBase (database and storage, transaction control included). The issue names the worker writes, the
 * officer decisions and the reads below; every other action takes its category's budget. A new user-facing
 * action needs a row (tests/bench/roundtrips.test.ts fails without one).
 */
export type Category = 'worker write' | 'officer write' | 'read'

export const CATEGORY_BUDGET: Record<Category, number> = { 'worker write': 4, 'officer write': 4, read: 2 }

const W: Category = 'worker write'
const O: Category = 'officer write'
const R: Category = 'read'

export const CATEGORIES: Record<string, Category> = {
  // named by the issue
  'grievance.submit': W, 'grievance.join': W, 'membership.apply': W,
  'grievance.accept': O, 'grievance.resolve': O, 'membership.approve': O,
  'grievance.get': R, 'grievance.queue': R, 'grievance.mine': R,
  'membership.get': R, 'membership.queue': R, 'membership.mine': R,
  'card.token': R, 'directory.searchEnterprises': R,
  // the rest, by category
  'grievance.reply': W, 'grievance.confirm': W, 'grievance.rate': W, 'grievance.reopen': W,
  'grievance.answerCheckin': W, 'grievance.markRead': W, 'grievance.upload': W, 'grievance.finishUpload': W,
  // records the slot it hands out (upload_slots) and takes a unit of the daily upload cap
  'grievance.uploadSlot': W,
  'notify.subscribe': W, 'membership.transfer': W, 'membership.leave': W, 'account.redeemInvite': W,
  // a desktop page, no identity yet: a person's write, not an officer's decision
  'account.desktopStart': W,
  'account.desktopConfirm': O, 'account.desktopEnd': O,
  'grievance.requestInfo': O, 'grievance.transfer': O, 'grievance.revealContact': O,
  'membership.reject': O, 'membership.suspend': O, 'membership.reinstate': O, 'membership.revealId': O,
  'directory.import': O, 'directory.putCalendarYear': O, 'account.createInvite': O,
  'grievance.preview': R, 'grievance.byReceipt': R, 'grievance.collective': R, 'grievance.messages': R,
  'grievance.stats': R, 'grievance.inbox': R, 'membership.members': R,
  'card.verify': R, 'card.publicKey': R, 'directory.listTowns': R, 'directory.listTownOrgs': R,
  'directory.getOrg': R, 'directory.listCalendarYears': R, 'directory.workCalendar': R, 'account.me': R, 'account.listOfficers': R,
  'account.desktopPoll': R, 'account.desktopSessions': R,
  // legal help (issue 11): ask, answer and aidApply are named by the issue (≤ 4)
  'legal.ask': W, 'legal.followUp': W, 'legal.close': W, 'legal.rate': W, 'legal.limitationRemind': W,
  'legal.aidApply': W, 'legal.aidSupply': W,
  'legal.claim': O, 'legal.answer': O, 'legal.publish': O, 'legal.articleSave': O, 'legal.articleUnpublish': O,
  'legal.setParameters': O, 'legal.aidRequestMaterial': O, 'legal.aidDecide': O,
  'legal.get': R, 'legal.byReceipt': R, 'legal.mine': R, 'legal.queue': R, 'legal.search': R, 'legal.limitation': R,
  'legal.calculate': R, 'legal.parameters': R, 'legal.stats': R, 'legal.aidGet': R, 'legal.aidMine': R, 'legal.aidQueue': R,
  // medical mutual aid (issue 12): claim is named by the issue (≤ 5, ACTION_BUDGET)
  'mutualAid.enrolSelf': W, 'mutualAid.upload': W, 'mutualAid.uploadSlot': W, 'mutualAid.finishUpload': W,
  'mutualAid.claim': W, 'mutualAid.resubmit': W,
  'mutualAid.savePlan': O, 'mutualAid.enrol': O, 'mutualAid.confirmPayment': O, 'mutualAid.review': O, 'mutualAid.approve': O,
  'mutualAid.reject': O, 'mutualAid.markPaid': O, 'mutualAid.revealAccount': O,
  'mutualAid.plans': R, 'mutualAid.myCover': R, 'mutualAid.estimate': R, 'mutualAid.get': R, 'mutualAid.mine': R,
  'mutualAid.queue': R, 'mutualAid.stats': R,
  // officer dashboard (issue 13): one rollup read
  'dashboard.get': R,
  // wage-arrears zero-report (issue 13): a filing is an officer's write; the board, the filer's page and a due time are reads
  'arrears.file': O, 'arrears.mine': R, 'arrears.board': R, 'arrears.dueBy': R,
  // employer risk radar (issue 13): the list reads the town's snapshot (one document); a visit is an officer's write
  'radar.list': R, 'radar.visits': R, 'radar.visit': O,
  // organising list (issue 13 §2): imports, assignment and updates are officers' writes (an import of one call; a large
  // one is chunked and each chunk is one call), the list, a row and progress are reads
  'organising.importInsured': O, 'organising.assign': O, 'organising.update': O,
  'organising.list': R, 'organising.get': R, 'organising.progress': R,
}

/**
 * An action's own budget, apart from its category's, and why: named by an issue, or one the category's number cannot
 * hold without weakening a guarantee (the reason says which). The issue-named actions above take no row here but
 * mutualAid.claim (issue 12 names 5). tests/bench/roundtrips.test.ts checks the rows stay few and explained.
 */
export const ACTION_BUDGET: Record<string, { budget: number; why: string }> = {
  'mutualAid.claim': { budget: 5, why: 'issue 12 names 5 (the enrolment with its cap, the invoice keys, the claim, the side records)' },
  'organising.importInsured': {
    budget: 5,
    why: 'a bulk import in one call: the admin, the directory records and the stored entries of its codes, one insert, the audit line',
  },
  'grievance.byReceipt': {
    budget: 3,
    why: 'a receipt code is a guessed secret: a unit of the failed-guess counter is taken before the look-up and given back after a hit, atomically (decision 0011)',
  },
  'legal.byReceipt': { budget: 3, why: 'as grievance.byReceipt: the failed-guess counter taken before the look-up and given back (decision 0011)' },
  'grievance.finishUpload': {
    budget: 8,
    why: 'metadata is stripped on the server: the photo is fetched (URL, GET), its cleaned copy stored (metadata, PUT) and the upload deleted, beside the daily cap, the slot and the side records (decision 0006)',
  },
  'mutualAid.finishUpload': { budget: 8, why: 'the grievance evidence path (one implementation, two entries): see grievance.finishUpload' },
  'account.redeemInvite': {
    budget: 7,
    why: 'once per officer: an invite code is a guessed secret (counter taken and given back), the invite and the account checked, the invite spent and the officer written',
  },
  'directory.import': {
    budget: 9,
    why: 'an admin batch: reads what the batch touches (officer, enterprises by id and by credit code, orgs) and writes it in one transaction',
  },
  'arrears.file': {
    budget: 5,
    why: 'a filing with arrears is two records that the workers and the town read apart: the report (read for its history, then written) and the early-warning grievance case with its side records, besides the officer',
  },
  'grievance.stats': { budget: 5, why: 'statistics: the officer, the subtree, the window of cases and the cases escalated away from it' },
  'legal.stats': { budget: 3, why: 'statistics over two collections: consultations and legal-aid applications' },
  'mutualAid.stats': { budget: 6, why: 'statistics: the plan, the subtree, enrolments and claims' },
}

export const budgetOf = (key: string): number => ACTION_BUDGET[key]?.budget ?? CATEGORY_BUDGET[CATEGORIES[key]]
