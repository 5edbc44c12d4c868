/** Deployed function `card`: the e-member card's signed, rotating QR token and its verification. */
import { defineFunction } from '../_lib/runtime/function'
import { cloudMain } from '../_lib/runtime/cloud'
import { token } from './actions/token'
import { verify } from './actions/verify'
import { publicKey } from './actions/publicKey'

export const card = defineFunction({
  name: 'card',
  actions: {
    // member: their own card
    token,
    // any signed-in user (officers, activity-centre staff): check a scanned card online
    verify,
    // anyone: the key that verifies cards offline
    publicKey,
  },
})

export const main = cloudMain(card)
