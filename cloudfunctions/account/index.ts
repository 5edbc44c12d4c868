/** Deployed function `account`: who the caller is, how officers are added, and officers' desktop sign-in. */
import { defineFunction } from '../_lib/runtime/function'
import { cloudMain } from '../_lib/runtime/cloud'
import { me } from './actions/me'
import { createInvite } from './actions/createInvite'
import { redeemInvite } from './actions/redeemInvite'
import { listOfficers } from './actions/listOfficers'
import { desktopStart } from './actions/desktopStart'
import { desktopConfirm } from './actions/desktopConfirm'
import { desktopPoll } from './actions/desktopPoll'
import { desktopSessions } from './actions/desktopSessions'
import { desktopEnd } from './actions/desktopEnd'

export const account = defineFunction({
  name: 'account',
  actions: { me, createInvite, redeemInvite, listOfficers, desktopStart, desktopConfirm, desktopPoll, desktopSessions, desktopEnd },
})

export const main = cloudMain(account)
