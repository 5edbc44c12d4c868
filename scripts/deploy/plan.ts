/**
 * Everything a CloudBase environment needs, in one typed value: the collections and every index the adapter queries
 * on (declared beside the adapter, cloudfunctions/_lib/store/cloudbase/collections.ts — add a collection or an index
 * there, as one entry), the database and storage security rules, and the functions (scripts/functions.config.ts).
 * `npm run deploy -- --dry-run` prints it; `npm run deploy` applies it (apply.ts). tests/deploy/index-coverage.test.ts
 * fails when the adapter queries a collection or a field combination this plan does not serve.
 */
import { COLLECTIONS, type CollectionSpec } from '../../cloudfunctions/_lib/store/cloudbase/collections'
import { DEPLOY_STATE } from '../../cloudfunctions/_lib/store/cloudbase/schema-gate'
import { FUNCTIONS, RUNTIME, type FunctionSpec } from '../functions.config'

/** ADMINONLY (控制台: 所有用户不可读写 / 仅管理端可读写): clients read and write nothing; functions bypass the rule. */
export type DatabaseAcl = 'ADMINONLY'
/** CloudBase storage security rule: `read` / `write` are `true`, `false` or a rule expression. */
export type StorageRule = { read: boolean | string; write: boolean | string }

export type DeployPlan = {
  collections: readonly CollectionSpec[]
  /** The security rule of every collection. */
  databaseAcl: DatabaseAcl
  storage: { acl: 'CUSTOM'; rule: StorageRule }
  runtime: string
  functions: readonly FunctionSpec[]
  /** Where the bundles are (build-functions.ts): `<functionRoot>/<name>/index.js`. */
  functionRoot: string
}

/**
 * Clients read nothing (files are read only through getTempFileURL links; storage is public-read by default, which
 * must not stay so); a signed-in mini-program user may write only under private/incoming/, where
 * grievance.uploadSlot sends evidence photos. Storage rules see only `auth` and `resource.{openid, path}`, so no
 * size limit can be stated here: unfinished uploads are removed by the hourly sweep instead (docs/decisions/0006).
 */
export const STORAGE_RULE_SPEC: StorageRule = {
  read: false,
  // A desktop officer signs in with custom login (no openid; loginType CUSTOM per the rule docs — unverified live).
  write: "(auth.openid != null || auth.loginType == 'CUSTOM') && /^private\\/incoming\\//.test(resource.path) == true",
}
export const STORAGE_RULE = JSON.stringify(STORAGE_RULE_SPEC)

export const PLAN: DeployPlan = {
  collections: [
    ...COLLECTIONS,
    // Written by `npm run deploy` once it has verified the unique indexes; read by every function (schema-gate.ts).
    { name: DEPLOY_STATE, indexes: [] },
  ],
  databaseAcl: 'ADMINONLY',
  storage: { acl: 'CUSTOM', rule: STORAGE_RULE_SPEC },
  runtime: RUNTIME,
  functions: FUNCTIONS,
  functionRoot: 'dist/functions',
}
