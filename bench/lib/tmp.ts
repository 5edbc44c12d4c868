/** Scratch folders under the OS temp dir; every bench removes its own. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export function makeTempDir(label: string): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), `union-bench-${label}-`))
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) }
}
