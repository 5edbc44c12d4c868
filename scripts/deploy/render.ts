/** The plan as text for an operator (`npm run deploy -- --dry-run`) and as JSON (`--json`). No credentials needed. */
import type { DeployPlan } from './plan'

const dir = (d: 1 | -1) => (d === 1 ? 'asc' : 'desc')

export function planText(plan: DeployPlan): string {
  const lines = [
    'CloudBase deploy plan (scripts/deploy/plan.ts; nothing is read or changed by --dry-run)',
    '',
    `Database: ${plan.collections.length} collections, each with security rule ${plan.databaseAcl} (clients read and write nothing; functions only)`,
  ]
  for (const c of plan.collections) {
    lines.push(`  ${c.name}${c.indexes.length ? '' : '  (read by _id only)'}`)
    for (const i of c.indexes) lines.push(`    ${i.unique ? 'UNIQUE ' : ''}index ${i.name}: ${i.keys.map(([f, d]) => `${f} ${dir(d)}`).join(', ')}`)
  }
  lines.push('', `Storage: security rule ${plan.storage.acl}`, `  read:  ${JSON.stringify(plan.storage.rule.read)}`, `  write: ${JSON.stringify(plan.storage.rule.write)}`)
  lines.push('', `Functions: runtime ${plan.runtime}, code from ${plan.functionRoot}/<name> (npm run build:functions)`)
  for (const f of plan.functions) {
    lines.push(`  ${f.name}: timeout ${f.timeout} s, memory ${f.memorySize} MB`)
    const env = f.env.map((v) => `${v.name}${v.required ? ' (required)' : v.default !== undefined ? ` (default ${v.default})` : ' (optional)'}`)
    lines.push(`    env: ${env.join(', ')}`)
    for (const t of f.triggers) lines.push(`    timer ${t.name}: ${t.config}`)
  }
  lines.push(
    '',
    'Order of `npm run deploy`: build the bundles; create missing collections; create or replace indexes; set the',
    'security rules; read every index back and record the unique ones in deploy_state (functions refuse writes until',
    'then); create or update each function (code, config, timers). It stops at the first failed step.',
  )
  return lines.join('\n')
}

export function planJson(plan: DeployPlan): string {
  return JSON.stringify(plan, null, 2)
}
