/** Deployed function `grievance`: reporting rights violations, routed, on a working-day clock. */
import { defineFunction } from '../_lib/runtime/function'
import { cloudMain } from '../_lib/runtime/cloud'
import { submit } from './actions/submit'
import { preview } from './actions/preview'
import { get } from './actions/get'
import { byReceipt } from './actions/byReceipt'
import { mine } from './actions/mine'
import { queue } from './actions/queue'
import { accept } from './actions/accept'
import { transfer } from './actions/transfer'
import { resolve } from './actions/resolve'
import { collective } from './actions/collective'
import { join } from './actions/join'
import { reply } from './actions/reply'
import { messages } from './actions/messages'
import { requestInfo } from './actions/requestInfo'
import { confirm } from './actions/confirm'
import { rate } from './actions/rate'
import { reopen } from './actions/reopen'
import { revealContact } from './actions/revealContact'
import { stats } from './actions/stats'
import { answerCheckin } from './actions/answerCheckin'
import { inbox } from './actions/inbox'
import { markRead } from './actions/markRead'
import { upload } from './actions/upload'
import { uploadSlot } from './actions/uploadSlot'
import { finishUpload } from './actions/finishUpload'

export const grievance = defineFunction({
  name: 'grievance',
  actions: {
    // worker
    submit, preview, get, byReceipt, mine, collective, join, reply, messages, confirm, rate, reopen, answerCheckin,
    // anyone: evidence photos for their own report or reply
    upload, uploadSlot, finishUpload,
    // officer
    queue, accept, requestInfo, transfer, resolve, revealContact, stats,
    // anyone: their own (and their org's) inbox
    inbox, markRead,
  },
})

export const main = cloudMain(grievance)
