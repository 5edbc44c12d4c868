/** Deployed function `notify`: subscribe messages — record what a user accepted; the per-minute timer sends the outbox. */
import { defineFunction } from '../_lib/runtime/function'
import { cloudMain } from '../_lib/runtime/cloud'
import { subscribe } from './actions/subscribe'
import { send } from './actions/send'

export const notify = defineFunction({ name: 'notify', timerAction: 'send', actions: { subscribe, send } })

export const main = cloudMain(notify)
