/** Deployed function `organising`: 清单式建会 (issue 13 §2) — the insured-list import, the list, organisers, progress. */
import { defineFunction } from '../_lib/runtime/function'
import { cloudMain } from '../_lib/runtime/cloud'
import { importInsured } from './actions/importInsured'
import { list } from './actions/list'
import { get } from './actions/get'
import { assign } from './actions/assign'
import { update } from './actions/update'
import { progress } from './actions/progress'

export const organising = defineFunction({
  name: 'organising',
  actions: { importInsured, list, get, assign, update, progress },
})

export const main = cloudMain(organising)
