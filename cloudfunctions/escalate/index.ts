/** Deployed function `escalate`: the hourly timer (CloudBase allows one timer trigger per function). */
import { defineFunction } from '../_lib/runtime/function'
import { cloudMain } from '../_lib/runtime/cloud'
import { sweep } from './actions/sweep'

export const escalate = defineFunction({ name: 'escalate', timerAction: 'sweep', actions: { sweep } })

export const main = cloudMain(escalate)
