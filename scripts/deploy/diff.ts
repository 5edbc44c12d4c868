/**
 * Plan − current state = the steps that make the environment match, in order: collections, indexes, database
 * rules, the storage rule; then (after apply.ts has verified the indexes) the functions. Nothing that already
 * matches gets a step, so a second run has only the function code uploads. Indexes the plan does not name are kept.
 */
import type { IndexSpec } from '../../cloudfunctions/_lib/store/cloudbase/collections'
import type { FunctionSpec } from '../functions.config'
import type { Manager } from './manager'
import type { DeployPlan } from './plan'
import type { CurrentFunction, CurrentState } from './read'

export type Step = { title: string; run(m: Manager): Promise<unknown> }
export type Diff = { database: Step[]; functions: Step[]; notes: string[] }

const keysText = (i: IndexSpec) => i.keys.map(([f, d]) => `${f} ${d === 1 ? 'asc' : 'desc'}`).join(', ')
export const indexText = (c: string, i: IndexSpec) => `${c}.${i.name} (${keysText(i)})${i.unique ? ' UNIQUE' : ''}`
const sameIndex = (a: IndexSpec, b: IndexSpec) => a.unique === b.unique && keysText(a) === keysText(b)

export function createIndexes(i: IndexSpec) {
  return {
    CreateIndexes: [
      { IndexName: i.name, MgoKeySchema: { MgoIsUnique: i.unique, MgoIndexKeys: i.keys.map(([Name, d]) => ({ Name, Direction: String(d) })) } },
    ],
  }
}

function databaseSteps(plan: DeployPlan, state: CurrentState, envId: string, notes: string[]): Step[] {
  const steps: Step[] = []
  for (const c of plan.collections) {
    const current = state.collections.get(c.name)
    if (!current) steps.push({ title: `create collection ${c.name}`, run: (m) => m.database.createCollection(c.name) })
    for (const i of c.indexes) {
      const found = current?.indexes.find((x) => x.name === i.name)
      if (found && sameIndex(found, i)) continue
      if (found) {
        steps.push({
          title: `replace index ${indexText(c.name, i)} (was ${keysText(found)}${found.unique ? ' UNIQUE' : ''})`,
          run: async (m) => {
            await m.database.updateCollection(c.name, { DropIndexes: [{ IndexName: i.name }] })
            await m.database.updateCollection(c.name, createIndexes(i))
          },
        })
      } else steps.push({ title: `create index ${indexText(c.name, i)}`, run: (m) => m.database.updateCollection(c.name, createIndexes(i)) })
    }
    for (const x of current?.indexes ?? []) {
      if (!c.indexes.some((i) => i.name === x.name)) notes.push(`index ${indexText(c.name, x)} is not in the plan: kept`)
    }
    if (current?.acl !== plan.databaseAcl) {
      steps.push({
        title: `set security rule of ${c.name} to ${plan.databaseAcl}${current ? ` (was ${current.acl || 'unknown'})` : ''}`,
        run: (m) =>
          m.commonService('tcb').call({ Action: 'ModifyDatabaseACL', Param: { EnvId: envId, CollectionName: c.name, AclTag: plan.databaseAcl } }),
      })
    }
  }
  const { acl, rule } = plan.storage
  if (state.storage.acl !== acl || JSON.stringify(state.storage.rule) !== JSON.stringify(rule)) {
    steps.push({ title: `set storage security rule to ${acl} ${JSON.stringify(rule)} (was ${state.storage.acl})`, run: (m) => m.storage.setStorageAcl(acl, rule) })
  }
  return steps
}

/** A value the function has is kept; a new variable gets its default, or stays empty for the console. */
export function envValues(f: FunctionSpec, current: CurrentFunction | null): Record<string, string> {
  return Object.fromEntries(f.env.map((v) => [v.name, current?.env[v.name] || v.default || '']))
}

function configChanges(f: FunctionSpec, current: CurrentFunction, env: Record<string, string>): string[] {
  const changes: string[] = []
  if (current.timeout !== f.timeout) changes.push(`timeout ${current.timeout} → ${f.timeout} s`)
  if (current.memorySize !== f.memorySize) changes.push(`memory ${current.memorySize} → ${f.memorySize} MB`)
  for (const name of Object.keys(env)) if (!(name in current.env)) changes.push(`adds ${name}`)
  for (const name of Object.keys(env)) if (name in current.env && current.env[name] !== env[name]) changes.push(`sets ${name} to its default`)
  for (const name of Object.keys(current.env)) if (!(name in env)) changes.push(`drops ${name} (not in the plan)`)
  return changes
}

function functionSteps(plan: DeployPlan, state: CurrentState, root: string, notes: string[]): Step[] {
  const steps: Step[] = []
  for (const f of plan.functions) {
    const current = state.functions.get(f.name) ?? null
    const env = envValues(f, current)
    const unset = f.env.filter((v) => v.required && !env[v.name]).map((v) => v.name)
    if (unset.length) notes.push(`${f.name}: set ${unset.join(', ')} in the console (云函数 → ${f.name} → 函数配置 → 环境变量); it refuses to start without them`)
    const triggers = f.triggers.map((t) => ({ ...t }))
    if (!current) {
      const func = { name: f.name, runtime: plan.runtime, timeout: f.timeout, memorySize: f.memorySize, envVariables: env, triggers, installDependency: false, handler: 'index.main' }
      steps.push({ title: `create function ${f.name} (${plan.runtime}, ${f.timeout} s, ${f.memorySize} MB${triggers.length ? `, timer ${triggers.map((t) => t.config).join(', ')}` : ''})`, run: (m) => m.functions.createFunction({ func, functionRootPath: root, force: false }) })
      continue
    }
    if (current.runtime !== plan.runtime) notes.push(`${f.name} runs ${current.runtime}, the plan says ${plan.runtime}: a runtime is chosen at creation only (delete the function in the console to change it)`)
    steps.push({
      title: `upload code of ${f.name}`,
      run: async (m) => {
        await m.functions.updateFunctionCode({ func: { name: f.name, runtime: current.runtime, installDependency: false }, functionRootPath: root })
        await m.functions.waitFunctionActive(f.name)
      },
    })
    const changes = configChanges(f, current, env)
    if (changes.length) {
      steps.push({
        title: `update config of ${f.name}: ${changes.join('; ')}`,
        run: async (m) => {
          await m.functions.updateFunctionConfig({ name: f.name, timeout: f.timeout, memorySize: f.memorySize, envVariables: env })
          await m.functions.waitFunctionActive(f.name)
        },
      })
    }
    const keep = (t: CurrentFunction['triggers'][number]) => triggers.some((p) => p.name === t.name && p.type === t.type && p.config === t.config)
    for (const t of current.triggers.filter((x) => !keep(x))) {
      steps.push({ title: `delete trigger ${f.name}.${t.name} (${t.type} ${t.config})`, run: (m) => m.functions.deleteFunctionTrigger(f.name, t.name) })
    }
    const missing = triggers.filter((p) => !current.triggers.some((t) => keep(t) && t.name === p.name))
    if (missing.length) {
      steps.push({ title: `create trigger ${missing.map((t) => `${f.name}.${t.name} (timer ${t.config})`).join(', ')}`, run: (m) => m.functions.createFunctionTriggers(f.name, missing) })
    }
  }
  return steps
}

export function diff(plan: DeployPlan, state: CurrentState, opts: { envId: string; functionRoot: string }): Diff {
  const notes: string[] = []
  return { database: databaseSteps(plan, state, opts.envId, notes), functions: functionSteps(plan, state, opts.functionRoot, notes), notes }
}
