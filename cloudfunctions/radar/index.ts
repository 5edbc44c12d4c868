/** Deployed function `radar`: the employer risk radar of town federations (issue 13 §3, decision 0018). */
import { defineFunction } from '../_lib/runtime/function'
import { cloudMain } from '../_lib/runtime/cloud'
import { list } from './actions/list'
import { visit } from './actions/visit'
import { visits } from './actions/visits'

export const radar = defineFunction({ name: 'radar', actions: { list, visit, visits } })

export const main = cloudMain(radar)
