/** Seeds the demo directory into an empty database (UNION_DEMO=0 turns it off). */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { directoryFile } from '../../types/directory'
import { importDirectory } from '../../cloudfunctions/directory/importDirectory'
import { isFailure } from '../../cloudfunctions/_lib/runtime/result'
import type { Store } from '../../cloudfunctions/_lib/store/port'

export { DEMO_IDENTITIES } from '../demo/identities'

export const DEMO_FILE = join(__dirname, '..', 'demo', 'yiwu.json')

/** True when it seeded; false when the directory already had towns. */
export async function seedDemo(store: Store): Promise<boolean> {
  if ((await store.directory.listTowns()).length > 0) return false
  const file = directoryFile.parse(JSON.parse(readFileSync(DEMO_FILE, 'utf8')))
  const result = await importDirectory(store, file)
  if (isFailure(result)) throw new Error(`demo data is invalid: ${result.message} ${JSON.stringify(result.fields)}`)
  return true
}
