/** Deployed function `mutualAid`: medical mutual aid (职工医疗互助, issue 12) — plans, enrolment, claims, decisions. */
import { defineFunction } from '../_lib/runtime/function'
import { cloudMain } from '../_lib/runtime/cloud'
import { savePlan } from './actions/savePlan'
import { plans } from './actions/plans'
import { enrol } from './actions/enrol'
import { enrolSelf } from './actions/enrolSelf'
import { confirmPayment } from './actions/confirmPayment'
import { upload } from './actions/upload'
import { uploadSlot } from './actions/uploadSlot'
import { finishUpload } from './actions/finishUpload'
import { myCover } from './actions/myCover'
import { estimate } from './actions/estimate'
import { claim } from './actions/claim'
import { get } from './actions/get'
import { revealAccount } from './actions/revealAccount'
import { mine } from './actions/mine'
import { queue } from './actions/queue'
import { review } from './actions/review'
import { resubmit } from './actions/resubmit'
import { approve } from './actions/approve'
import { reject } from './actions/reject'
import { markPaid } from './actions/markPaid'
import { stats } from './actions/stats'

/** One table per part: each part's actions sit together. */
/** The city admin's plans, read by anyone signed in. */
const planning = { savePlan, plans }
/** Unions enrol their members (or a member enrols themself); a federation confirms the fee → cover. */
const enrolment = { enrol, enrolSelf, confirmPayment, myCover }
/** The member: photos (the grievance evidence path), the estimate, the claim and its follow-up. */
const member = { upload, uploadSlot, finishUpload, estimate, claim, get, mine, resubmit }
/** Officers: the union checks documents, its federation approves (sampled: twice), pays and reveals the account to pay. */
const officers = { queue, review, approve, reject, markPaid, revealAccount }

export const mutualAid = defineFunction({
  name: 'mutualAid',
  actions: { ...planning, ...enrolment, ...member, ...officers, stats },
})

export const main = cloudMain(mutualAid)
