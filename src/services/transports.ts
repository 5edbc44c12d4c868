/**
 * Which transport (./transport.ts) this build runs:
 * - weapp: Taro.cloud (./transport-weapp.ts);
 * - H5 built with TARO_APP_CLOUD_ENV (production): @cloudbase/js-sdk (./transport-cloud-web.ts), loaded on first use;
 * - H5 otherwise: HTTP to the local host (./transport-host.ts, development).
 */
import type { Transport } from './transport'
import { hostTransport } from './transport-host'
import { weappTransport } from './transport-weapp'

let cloudWeb: Promise<Transport> | null = null

export async function transport(): Promise<Transport> {
  if (process.env.TARO_ENV === 'weapp') return weappTransport
  // A constant false when built for weapp or for development H5: webpack then drops this branch and the import in it,
  // so @cloudbase/js-sdk never enters those bundles (decided at build time, not at run time).
  if (process.env.TARO_ENV === 'h5' && process.env.TARO_APP_CLOUD_ENV) {
    const envId = process.env.TARO_APP_CLOUD_ENV
    cloudWeb ??= import('./transport-cloud-web').then((m) => m.cloudWebTransport(envId))
    cloudWeb.catch(() => (cloudWeb = null)) // a chunk that failed to load is fetched again next time
    return cloudWeb
  }
  return hostTransport
}
