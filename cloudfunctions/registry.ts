/** Every deployed function, by name. The local host serves these; build-functions bundles one file each. */
import type { FunctionDef } from './_lib/runtime/function'
import { directory } from './directory'
import { account } from './account'
import { grievance } from './grievance'
import { escalate } from './escalate'
import { membership } from './membership'
import { card } from './card'
import { notify } from './notify'
import { legal } from './legal'
import { mutualAid } from './mutualAid'
import { dashboard } from './dashboard'
import { arrears } from './arrears'
import { organising } from './organising'
import { radar } from './radar'

export const FUNCTIONS: Record<string, FunctionDef> = { directory, account, grievance, escalate, card, membership, notify, legal, mutualAid, dashboard, arrears, organising, radar }
