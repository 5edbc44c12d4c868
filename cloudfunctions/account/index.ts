/** Deployed function `account`: who the caller is, and how officers are added. */
import { defineFunction } from '../_lib/runtime/function'
import { cloudMain } from '../_lib/runtime/cloud'
import { me } from './actions/me'
import { createInvite } from './actions/createInvite'
import { redeemInvite } from './actions/redeemInvite'
import { listOfficers } from './actions/listOfficers'

export const account = defineFunction({ name: 'account', actions: { me, createInvite, redeemInvite, listOfficers } })

export const main = cloudMain(account)
