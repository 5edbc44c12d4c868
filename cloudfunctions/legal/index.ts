/** Deployed function `legal`: ask a union lawyer, the worker's legal toolkit, the knowledge base (issue 11). */
import { defineFunction } from '../_lib/runtime/function'
import { cloudMain } from '../_lib/runtime/cloud'
import { ask } from './actions/ask'
import { get } from './actions/get'
import { byReceipt } from './actions/byReceipt'
import { mine } from './actions/mine'
import { followUp } from './actions/followUp'
import { close } from './actions/close'
import { rate } from './actions/rate'
import { queue } from './actions/queue'
import { claim } from './actions/claim'
import { answer } from './actions/answer'
import { publish } from './actions/publish'
import { search } from './actions/search'
import { articleSave } from './actions/articleSave'
import { articleUnpublish } from './actions/articleUnpublish'
import { limitation } from './actions/limitation'
import { limitationRemind } from './actions/limitationRemind'
import { calculate } from './actions/calculate'
import { setParameters } from './actions/setParameters'
import { parameters } from './actions/parameters'
import { stats } from './actions/stats'
import { aidApply } from './actions/aidApply'
import { aidGet } from './actions/aidGet'
import { aidMine } from './actions/aidMine'
import { aidQueue } from './actions/aidQueue'
import { aidRequestMaterial } from './actions/aidRequestMaterial'
import { aidSupply } from './actions/aidSupply'
import { aidDecide } from './actions/aidDecide'

/** One table per part: each part's actions sit together (legal aid adds its own table). */
const consultations = {
  // worker (by id, or by receipt from any account)
  ask, get, byReceipt, mine, followUp, close, rate,
  // lawyers and officers of the receiving org
  queue, claim, answer, publish,
}
const knowledgeBase = { search, articleSave, articleUnpublish }
/** Union legal aid: the worker applies and supplies; officers of the receiving federation or above decide. */
const aid = { aidApply, aidGet, aidMine, aidSupply, aidQueue, aidRequestMaterial, aidDecide }
const toolkit = { limitation, limitationRemind, calculate, setParameters, parameters }

export const legal = defineFunction({
  name: 'legal',
  actions: { ...consultations, ...knowledgeBase, ...toolkit, ...aid, stats },
})

export const main = cloudMain(legal)
