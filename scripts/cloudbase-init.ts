/**
 * Prepares a CloudBase environment for the store: creates the collections listed in
 * cloudfunctions/_lib/store/cloudbase/collections.ts (idempotent: existing ones are kept) and
 * prints the index and permission steps. Indexes cannot be created through @cloudbase/node-sdk
 * (it has no index API; that is @cloudbase/manager-node / the TencentCloud `UpdateTable` API),
 * so they are printed as exact console, tccli and manager-node steps.
 *
 *   TCB_ENV=<env id> TCB_SECRET_ID=… TCB_SECRET_KEY=… npx tsx scripts/cloudbase-init.ts
 */
import * as tcb from '@cloudbase/node-sdk'
import type { CloudBase } from '@cloudbase/node-sdk'
import { COLLECTIONS, type IndexSpec } from '../cloudfunctions/_lib/store/cloudbase/collections'

export type InitResult = { created: string[]; existing: string[] }

const hasCode = (e: unknown, code: string) => typeof e === 'object' && e !== null && (e as { code?: unknown }).code === code

export async function createCollections(app: CloudBase): Promise<InitResult> {
  const db = app.database()
  const result: InitResult = { created: [], existing: [] }
  for (const { name } of COLLECTIONS) {
    try {
      await db.createCollection(name)
      result.created.push(name)
    } catch (e) {
      if (!hasCode(e, 'DATABASE_COLLECTION_ALREADY_EXIST')) throw e
      result.existing.push(name)
    }
  }
  return result
}

const fields = (i: IndexSpec) => i.keys.map(([f, d]) => `${f} ${d === 1 ? '升序' : '降序'}`).join(', ')

function tccli(collection: string, i: IndexSpec): string {
  const keys = i.keys.flatMap(([f, d], k) => [
    `--CreateIndexes.0.MgoKeySchema.MgoIndexKeys.${k}.Name ${f}`,
    `--CreateIndexes.0.MgoKeySchema.MgoIndexKeys.${k}.Direction ${d}`,
  ])
  return [
    'tccli tcb UpdateTable --cli-unfold-argument --Tag <数据库实例 Tag>',
    `--TableName ${collection} --CreateIndexes.0.IndexName ${i.name}`,
    ...keys,
    `--CreateIndexes.0.MgoKeySchema.MgoIsUnique ${i.unique}`,
  ].join(' \\\n    ')
}

/** Clients read nothing; signed-in mini-program users may write only under private/incoming/ (docs/cloudbase.md). */
export const STORAGE_RULE = JSON.stringify({ read: false, write: "auth.openid != null && /^private\\/incoming\\//.test(resource.path) == true" })

/** The index and permission steps, as text for an operator. */
export function setupSteps(env: string): string {
  const lines = [
    `# Indexes for environment ${env} (not creatable through @cloudbase/node-sdk)`,
    '',
    'A) Console: 云开发控制台 → 数据库 → <集合> → 索引管理 → 添加索引',
  ]
  for (const c of COLLECTIONS) {
    for (const i of c.indexes) lines.push(`   - ${c.name}: 索引名 ${i.name}; 字段 ${fields(i)}; 唯一 ${i.unique ? '是' : '否'}`)
  }
  lines.push('', 'B) tccli (the Tag is Databases[0].InstanceId in `tccli tcb DescribeEnvs --EnvId ' + env + '`):')
  for (const c of COLLECTIONS) for (const i of c.indexes) lines.push(`   ${tccli(c.name, i)}`)
  lines.push(
    '',
    'C) @cloudbase/manager-node (not a dependency of this project):',
    `   const app = require('@cloudbase/manager-node').init({ secretId, secretKey, envId: '${env}' })`,
  )
  for (const c of COLLECTIONS) {
    if (c.indexes.length === 0) continue
    const create = c.indexes.map((i) => ({
      IndexName: i.name,
      MgoKeySchema: { MgoIsUnique: i.unique, MgoIndexKeys: i.keys.map(([Name, d]) => ({ Name, Direction: String(d) })) },
    }))
    lines.push(`   await app.database.updateCollection('${c.name}', { CreateIndexes: ${JSON.stringify(create)} })`)
  }
  lines.push(
    '',
    '# Permissions (cloud functions bypass them; clients must get nothing directly)',
    `   数据库 → 每个集合 (${COLLECTIONS.map((c) => c.name).join(', ')}) → 数据权限 → 所有用户不可读写`,
    '   云存储 → 权限设置 → 自定义安全规则 (files are read only via getTempFileURL links; the mini-program may only',
    '   create photos under private/incoming/, which grievance.finishUpload checks, re-stores under evidence/ and deletes):',
    `   ${STORAGE_RULE}`,
  )
  return lines.join('\n')
}

async function main() {
  const { TCB_ENV, TCB_SECRET_ID, TCB_SECRET_KEY } = process.env
  if (!TCB_ENV || !TCB_SECRET_ID || !TCB_SECRET_KEY) {
    process.stderr.write('Set TCB_ENV, TCB_SECRET_ID and TCB_SECRET_KEY (a CAM key allowed to manage the environment).\n')
    process.exit(2)
  }
  const app = tcb.init({ env: TCB_ENV, secretId: TCB_SECRET_ID, secretKey: TCB_SECRET_KEY })
  const { created, existing } = await createCollections(app)
  process.stdout.write(`created: ${created.join(', ') || '(none)'}\nalready there: ${existing.join(', ') || '(none)'}\n\n`)
  process.stdout.write(`${setupSteps(TCB_ENV)}\n`)
}

if (require.main === module) {
  main().catch((e: Error & { code?: string }) => {
    process.stderr.write(`cloudbase-init failed: ${e.code ?? ''} ${e.message}\n`)
    process.exit(1)
  })
}
