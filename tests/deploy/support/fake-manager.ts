/**
 * A small in-memory stand-in for the @cloudbase/manager-node methods the deploy calls (scripts/deploy/manager.ts):
 * the one boundary with no local equivalent. It keeps an environment's collections (indexes, security rule), storage
 * rule and functions, answers in manager-node's shapes (TencentCloud API field names), and logs every mutating call.
 * `failOn` makes a matching call throw like the API does (an error with a `code`).
 */
import type { IndexSpec } from '../../../cloudfunctions/_lib/store/cloudbase/collections'
import type { Manager } from '../../../scripts/deploy/manager'
import type { StorageRule } from '../../../scripts/deploy/plan'

export type FakeFunction = {
  runtime: string
  timeout: number
  memorySize: number
  env: Record<string, string>
  triggers: Array<{ name: string; config: string }>
  codeUploads: number
  root?: string
}

export type FakeEnv = {
  collections: Map<string, { indexes: IndexSpec[]; acl: string }>
  storage: { acl: string; rule?: StorageRule }
  functions: Map<string, FakeFunction>
  /** Mutating calls, e.g. `updateCollection grievances +receiptHash_unique`. */
  calls: string[]
  failOn?: (call: string) => { code: string; message: string } | undefined
  /** New indexes are listed by describeCollection only after this many reads (0: at once; Infinity: never). */
  listAfterReads?: number
}

export function emptyEnv(): FakeEnv {
  return { collections: new Map(), storage: { acl: 'READONLY' }, functions: new Map(), calls: [] }
}

const apiError = (e: { code: string; message: string }) => Object.assign(new Error(e.message), { code: e.code, requestId: 'req-fake' })

export function fakeManager(env: FakeEnv): Manager {
  const pending = new Map<string, number>()
  const mutate = (call: string) => {
    const failure = env.failOn?.(call)
    if (failure) throw apiError(failure)
    env.calls.push(call)
  }
  const coll = (name: string) => {
    const c = env.collections.get(name)
    if (!c) throw apiError({ code: 'ResourceNotFound.TableNotExist', message: `table ${name} not found` })
    return c
  }
  const fn = (name: string) => {
    const f = env.functions.get(name)
    if (!f) throw apiError({ code: 'ResourceNotFound.Function', message: `function ${name} not found` })
    return f
  }
  type NewFunction = { name: string; runtime: string; timeout: number; memorySize: number; envVariables: Record<string, string>; triggers?: FakeFunction['triggers'] }
  type CreateIndex = { IndexName: string; MgoKeySchema: { MgoIsUnique: boolean; MgoIndexKeys: Array<{ Name: string; Direction: string }> } }

  const manager = {
    database: {
      async listCollections({ MgoLimit = 100, MgoOffset = 0 } = {}) {
        const names = [...env.collections.keys()]
        return { Collections: names.slice(MgoOffset, MgoOffset + MgoLimit).map((CollectionName) => ({ CollectionName })), Pager: { Total: names.length } }
      },
      async createCollection(name: string) {
        mutate(`createCollection ${name}`)
        if (env.collections.has(name)) throw apiError({ code: 'ResourceInUse', message: `table ${name} exists` })
        env.collections.set(name, { indexes: [], acl: 'PRIVATE' })
      },
      async describeCollection(name: string) {
        const listed = coll(name).indexes.filter((i) => {
          const reads = (pending.get(`${name}.${i.name}`) ?? 0) + 1
          pending.set(`${name}.${i.name}`, reads)
          return reads > (env.listAfterReads ?? 0)
        })
        const Indexes = [{ Name: '_id_', Keys: [{ Name: '_id', Direction: '1' }], Unique: true }, ...listed.map((i) => ({ Name: i.name, Unique: i.unique, Keys: i.keys.map(([Name, d]) => ({ Name, Direction: String(d) })) }))]
        return { Indexes, IndexNum: Indexes.length }
      },
      async updateCollection(name: string, info: { CreateIndexes?: CreateIndex[]; DropIndexes?: Array<{ IndexName: string }> }) {
        const c = coll(name)
        for (const d of info.DropIndexes ?? []) {
          mutate(`updateCollection ${name} -${d.IndexName}`)
          c.indexes = c.indexes.filter((i) => i.name !== d.IndexName)
        }
        for (const i of info.CreateIndexes ?? []) {
          mutate(`updateCollection ${name} +${i.IndexName}`)
          if (c.indexes.some((x) => x.name === i.IndexName)) throw apiError({ code: 'InvalidParameter', message: `index ${i.IndexName} exists` })
          const keys = i.MgoKeySchema.MgoIndexKeys.map((k) => [k.Name, Number(k.Direction) as 1 | -1] as const)
          c.indexes.push({ name: i.IndexName, keys, unique: i.MgoKeySchema.MgoIsUnique })
          pending.delete(`${name}.${i.IndexName}`)
        }
      },
    },
    commonService: () => ({
      async call({ Action, Param }: { Action: string; Param: Record<string, string> }) {
        if (Action === 'DescribeDatabaseACL') return { AclTag: coll(Param.CollectionName).acl }
        if (Action !== 'ModifyDatabaseACL') throw apiError({ code: 'InvalidAction', message: Action })
        mutate(`ModifyDatabaseACL ${Param.CollectionName} ${Param.AclTag}`)
        coll(Param.CollectionName).acl = Param.AclTag
        return {}
      },
    }),
    storage: {
      async getStorageAcl() {
        return { acl: env.storage.acl, ...(env.storage.rule ? { rule: env.storage.rule } : {}) }
      },
      async setStorageAcl(acl: string, rule?: StorageRule) {
        mutate(`setStorageAcl ${acl}`)
        env.storage = { acl, ...(rule ? { rule } : {}) }
        return {}
      },
    },
    functions: {
      async getFunctionDetail(name: string) {
        const f = fn(name)
        return {
          Runtime: f.runtime,
          Timeout: f.timeout,
          MemorySize: f.memorySize,
          Environment: { Variables: Object.entries(f.env).map(([Key, Value]) => ({ Key, Value })) },
          Triggers: f.triggers.map((t) => ({ TriggerName: t.name, Type: 'timer', TriggerDesc: JSON.stringify({ cron: t.config }) })),
        }
      },
      async createFunction({ func: f, functionRootPath }: { func: NewFunction; functionRootPath: string }) {
        mutate(`createFunction ${f.name}`)
        env.functions.set(f.name, { runtime: f.runtime, timeout: f.timeout, memorySize: f.memorySize, env: { ...f.envVariables }, triggers: [...(f.triggers ?? [])].map(({ name, config }) => ({ name, config })), codeUploads: 1, root: functionRootPath })
      },
      async updateFunctionCode({ func, functionRootPath }: { func: { name: string }; functionRootPath: string }) {
        mutate(`updateFunctionCode ${func.name}`)
        Object.assign(fn(func.name), { codeUploads: fn(func.name).codeUploads + 1, root: functionRootPath })
      },
      async updateFunctionConfig(func: { name: string; timeout: number; memorySize: number; envVariables: Record<string, string> }) {
        mutate(`updateFunctionConfig ${func.name}`)
        // Like the API: the variables given replace all of them.
        Object.assign(fn(func.name), { timeout: func.timeout, memorySize: func.memorySize, env: { ...func.envVariables } })
      },
      async waitFunctionActive(name: string) {
        fn(name)
      },
      async createFunctionTriggers(name: string, triggers: Array<{ name: string; config: string }>) {
        mutate(`createFunctionTriggers ${name} ${triggers.map((t) => t.name).join(',')}`)
        const f = fn(name)
        if (triggers.some((t) => f.triggers.some((x) => x.name === t.name))) throw apiError({ code: 'ResourceInUse.Trigger', message: 'trigger exists' })
        f.triggers.push(...triggers.map(({ name: n, config }) => ({ name: n, config })))
      },
      async deleteFunctionTrigger(name: string, trigger: string) {
        mutate(`deleteFunctionTrigger ${name} ${trigger}`)
        fn(name).triggers = fn(name).triggers.filter((t) => t.name !== trigger)
      },
    },
  }
  // The real methods' types carry far more options than the deploy uses; the shapes above are the ones it sends.
  return manager as unknown as Manager
}
