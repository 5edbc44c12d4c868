/** Deployed function `grievance`: reporting rights violations, routed, on a working-day clock. */
import { defineFunction } from '../_lib/runtime/function'
import { cloudMain } from '../_lib/runtime/cloud'
import { submit } from './actions/submit'
import { get } from './actions/get'
import { byReceipt } from './actions/byReceipt'
import { mine } from './actions/mine'
import { queue } from './actions/queue'
import { accept } from './actions/accept'
import { transfer } from './actions/transfer'
import { resolve } from './actions/resolve'

export const grievance = defineFunction({
  name: 'grievance',
  actions: { submit, get, byReceipt, mine, queue, accept, transfer, resolve },
})

export const main = cloudMain(grievance)
