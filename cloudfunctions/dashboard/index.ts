/** Deployed function `dashboard`: the officer dashboard (issue 13 §4) and its hourly rollup refresh. */
import { defineFunction } from '../_lib/runtime/function'
import { cloudMain } from '../_lib/runtime/cloud'
import { get } from './actions/get'
import { refresh } from './actions/refresh'

export const dashboard = defineFunction({ name: 'dashboard', timerAction: 'refresh', actions: { get, refresh } })

export const main = cloudMain(dashboard)
