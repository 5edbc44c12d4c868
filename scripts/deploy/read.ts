/**
 * What the environment has now, for the parts the plan names: read only, before anything changes. Collections and
 * functions the plan does not name are not looked at.
 */
import type { IndexSpec } from '../../cloudfunctions/_lib/store/cloudbase/collections'
import { isNotFound, type Manager } from './manager'
import type { DeployPlan, StorageRule } from './plan'

export type CurrentFunction = {
  runtime: string
  timeout: number
  memorySize: number
  env: Record<string, string>
  triggers: Array<{ name: string; type: string; config: string }>
}

export type CurrentState = {
  /** Per existing planned collection: its indexes (not `_id_`) and its security rule tag. */
  collections: Map<string, { indexes: IndexSpec[]; acl: string }>
  storage: { acl: string; rule?: StorageRule }
  /** Per planned function: its settings, or null when it does not exist. */
  functions: Map<string, CurrentFunction | null>
}

async function collectionNames(m: Manager): Promise<Set<string>> {
  const names = new Set<string>()
  for (let offset = 0; ; ) {
    const res = await m.database.listCollections({ MgoLimit: 100, MgoOffset: offset })
    const page = res.Collections ?? []
    for (const c of page) names.add(c.CollectionName)
    offset += page.length
    if (page.length === 0 || offset >= (res.Pager?.Total ?? 0)) return names
  }
}

type RawIndex = { Name: string; Keys?: Array<{ Name?: string; Direction?: string }>; Unique?: boolean }

function toIndex(raw: RawIndex): IndexSpec {
  return {
    name: raw.Name,
    keys: (raw.Keys ?? []).map((k) => [k.Name ?? '', Number(k.Direction) < 0 ? -1 : 1] as const),
    unique: raw.Unique === true,
  }
}

export async function readIndexes(m: Manager, collection: string): Promise<IndexSpec[]> {
  const res = await m.database.describeCollection(collection)
  return ((res.Indexes ?? []) as RawIndex[]).filter((i) => i.Name !== '_id_').map(toIndex)
}

/** A timer's TriggerDesc comes back either as the cron itself or as `{"cron": …}`. */
function cronOf(desc: string): string {
  try {
    const parsed = JSON.parse(desc) as { cron?: unknown }
    if (parsed && typeof parsed.cron === 'string') return parsed.cron
  } catch {
    // the cron itself
  }
  return desc
}

async function readFunction(m: Manager, name: string): Promise<CurrentFunction | null> {
  try {
    const f = await m.functions.getFunctionDetail(name)
    return {
      runtime: f.Runtime,
      timeout: f.Timeout,
      memorySize: f.MemorySize,
      env: Object.fromEntries((f.Environment?.Variables ?? []).map((v) => [v.Key, v.Value ?? ''])),
      triggers: (f.Triggers ?? []).map((t) => ({
        name: t.TriggerName ?? t.Name,
        type: t.Type,
        config: cronOf(t.TriggerDesc ?? t.Config ?? ''),
      })),
    }
  } catch (e) {
    if (isNotFound(e)) return null
    throw e
  }
}

export async function readState(m: Manager, envId: string, plan: DeployPlan): Promise<CurrentState> {
  const existing = await collectionNames(m)
  const collections: CurrentState['collections'] = new Map()
  for (const { name } of plan.collections) {
    if (!existing.has(name)) continue
    const acl = await m.commonService('tcb').call({ Action: 'DescribeDatabaseACL', Param: { EnvId: envId, CollectionName: name } })
    collections.set(name, { indexes: await readIndexes(m, name), acl: String((acl as { AclTag?: unknown }).AclTag ?? '') })
  }
  const storage = await m.storage.getStorageAcl({ withRule: true })
  const functions: CurrentState['functions'] = new Map()
  for (const f of plan.functions) functions.set(f.name, await readFunction(m, f.name))
  return { collections, storage, functions }
}
