/**
 * The part of @cloudbase/manager-node (5.6.5) the deploy uses: the boundary its tests fake
 * (tests/deploy/support/fake-manager.ts). Database security rules have no method of their own in manager-node;
 * they go through its `commonService('tcb')` to the TencentCloud API actions DescribeDatabaseACL / ModifyDatabaseACL
 * (tcb 2018-06-08), as manager-node's own docs do.
 */
import CloudBaseManager from '@cloudbase/manager-node'

type M = InstanceType<typeof CloudBaseManager>

export type Manager = {
  database: Pick<M['database'], 'listCollections' | 'createCollection' | 'describeCollection' | 'updateCollection'>
  storage: Pick<M['storage'], 'getStorageAcl' | 'setStorageAcl'>
  functions: Pick<
    M['functions'],
    | 'getFunctionDetail'
    | 'createFunction'
    | 'updateFunctionCode'
    | 'updateFunctionConfig'
    | 'waitFunctionActive'
    | 'createFunctionTriggers'
    | 'deleteFunctionTrigger'
  >
  commonService(service?: string, version?: string): Pick<ReturnType<M['commonService']>, 'call'>
}

export type Credentials = { envId: string; secretId: string; secretKey: string }

export function openManager({ envId, secretId, secretKey }: Credentials): Manager {
  return new CloudBaseManager({ envId, secretId, secretKey })
}

/** manager-node errors carry the TencentCloud API code (e.g. `ResourceNotFound.Function`) and a request id. */
export function errorText(e: unknown): string {
  const err = e as { code?: unknown; message?: unknown; requestId?: unknown } | null
  const code = typeof err?.code === 'string' && err.code ? `${err.code}: ` : ''
  const id = typeof err?.requestId === 'string' && err.requestId ? ` (request ${err.requestId})` : ''
  return `${code}${typeof err?.message === 'string' ? err.message : String(e)}${id}`
}

export const isNotFound = (e: unknown) => String((e as { code?: unknown } | null)?.code ?? '').startsWith('ResourceNotFound')
