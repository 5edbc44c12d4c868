/** Deployed function `membership`: online joining, review on a working-day clock, transfer, leave, suspension. */
import { defineFunction } from '../_lib/runtime/function'
import { cloudMain } from '../_lib/runtime/cloud'
import { apply } from './actions/apply'
import { get } from './actions/get'
import { mine } from './actions/mine'
import { transfer } from './actions/transfer'
import { leave } from './actions/leave'
import { queue } from './actions/queue'
import { approve } from './actions/approve'
import { reject } from './actions/reject'
import { suspend } from './actions/suspend'
import { reinstate } from './actions/reinstate'
import { revealId } from './actions/revealId'
import { members } from './actions/members'

export const membership = defineFunction({
  name: 'membership',
  actions: {
    // worker
    apply, mine, transfer, leave,
    // the applicant, or an officer of the reviewing union
    get,
    // officer
    queue, approve, reject, suspend, reinstate, revealId, members,
  },
})

export const main = cloudMain(membership)
