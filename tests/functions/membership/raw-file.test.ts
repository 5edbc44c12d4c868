/**
 * The raw-file scan: members written through the real function on a real SQLite FILE, the store
 * closed (which checkpoints the WAL into the file), then the bytes of the database (and any WAL left) are
 * searched for the plaintext ID numbers, phones and names. A value deliberately written in clear into another
 * table must be found, so the scan is shown able to fail.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FUNCTIONS } from '../../../cloudfunctions/registry'
import { memoryLogger } from '../../../cloudfunctions/_lib/runtime/log'
import { localDeps } from '../../../scripts/host/deps'
import { seedDemo } from '../../../scripts/host/demo'
import { uniqueHan, uid } from '../../support/factories'
import { TUE, application, idNumber, newWorker, phone } from './helpers'

const dir = mkdtempSync(join(tmpdir(), 'union-rawscan-'))
const dbPath = join(dir, 'union.db')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function rawBytes(): Buffer {
  const parts = [dbPath, `${dbPath}-wal`].filter(existsSync).map((p) => readFileSync(p))
  return Buffer.concat(parts)
}

it('When members are written through the function, then the raw database file holds none of their ID numbers, phones or names', async () => {
  const deps = localDeps({ dbPath, dataDir: dir, baseUrl: () => 'http://127.0.0.1:0', log: memoryLogger() })
  await seedDemo(deps.store)
  const call = (openid: string, action: string, input: Record<string, unknown>) =>
    FUNCTIONS.membership.invoke({ action, ...input }, { kind: 'user', openid }, deps, TUE)

  const people = Array.from({ length: 6 }, (_, i) => ({ idNumber: idNumber({ x: i % 2 === 0 }), phone: phone(), name: `${uniqueHan(1)}${uniqueHan(2)}` }))
  for (const [i, p] of people.entries()) {
    const worker = newWorker()
    // Half typed with a lower-case x, as people do; the function normalises it.
    const typed = i % 4 === 0 ? p.idNumber.toLowerCase() : p.idNumber
    const out = await call(worker, 'apply', application({ ...p, idNumber: typed, enterpriseId: 'e-sx-007' }))
    if (!out.ok) throw new Error(JSON.stringify(out))
    const id = (out.data as { id: string }).id
    if (i < 4) expect((await call('o-town-sx-1', 'approve', { id })).ok).toBe(true)
    if (i === 0) expect((await call(worker, 'transfer', { requestId: uid('req'), enterpriseName: '某厂', townId: 'ft' })).ok).toBe(true)
    await call('o-town-sx-1', 'get', { id }) // an audited officer read
  }
  // The control: a plaintext ID number and phone written in clear into the audit table.
  const control = { idNumber: idNumber({ x: true }).toLowerCase(), phone: phone() }
  await deps.store.audit.append({ id: uid('aud'), at: '2026-03-10T10:00:00+08:00', actor: 'system', action: 'test.control', recordType: 'test', recordId: 'control', detail: control })
  await deps.store.close()

  const bytes = rawBytes()
  const found = (s: string) => bytes.includes(Buffer.from(s, 'utf8'))
  expect(found(control.idNumber)).toBe(true)
  expect(found(control.phone)).toBe(true)
  const leaks = people.flatMap((p) => [p.idNumber, p.idNumber.toLowerCase(), p.phone, p.name].filter(found))
  expect(leaks).toEqual([])
  // And the scan did read the members: their masked forms are there.
  expect(found(`${people[1].phone.slice(0, 3)}****${people[1].phone.slice(7)}`)).toBe(true)
})
