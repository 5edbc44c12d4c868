/** Deployed function `notify`: subscribe messages — record what a user accepted; the per-minute timer queues new inbox items' messages and sends the outbox. */
import { defineFunction } from '../_lib/runtime/function'
import { cloudMain } from '../_lib/runtime/cloud'
import { subscribe } from './actions/subscribe'
import { send } from './actions/send'
import { queue } from './actions/queue'

export const notify = defineFunction({ name: 'notify', timerAction: 'send', actions: { subscribe, send, queue } })

export const main = cloudMain(notify)
