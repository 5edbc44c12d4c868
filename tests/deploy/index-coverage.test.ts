/**
 * The deploy plan serves every query the CloudBase adapter makes. The queries are not listed by hand: the store
 * contract suites run here on the adapter (real @cloudbase/node-sdk → the local fake), every request the SDK sends
 * is kept (`fake.requests`), and each query's collection, equality fields, bounded fields and sort are read back
 * from it (support/query-shapes.ts). Then every one must be served by an index in the plan (support/served.ts),
 * and every collection the adapter touched must be in the plan.
 */
import { readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { openCloudbaseStore } from '../../cloudfunctions/_lib/store/cloudbase'
import { createCollections } from '../../scripts/cloudbase-init'
import { PLAN } from '../../scripts/deploy/plan'
import { startCloudbaseFake, type FakeRequest } from '../support/cloudbase-fake'
import { runStoreContract } from '../store/contract'
import { runArrearsStoreContract } from '../store/arrears-contract'
import { runDesktopContract } from '../store/desktop-contract'
import { runDashboardStoreContract } from '../store/dashboard-contract'
import { runGrievanceStoreContract } from '../store/grievance-contract'
import { runLegalStoreContract } from '../store/legal-contract'
import { runMembershipStoreContract } from '../store/membership-contract'
import { runMutualAidStoreContract } from '../store/mutual-aid-contract'
import { runNotifyStoreContract } from '../store/notify-contract'
import { runOrganisingStoreContract } from '../store/organising-contract'
import { runQuotaStoreContract } from '../store/quota-contract'
import { runRadarStoreContract } from '../store/radar-contract'
import { runUploadSlotContract } from '../store/upload-slots-contract'
import { describeShape, shapeOf, type QueryShape } from './support/query-shapes'
import { servingIndex } from './support/served'

jest.setTimeout(60_000)

const sent: FakeRequest[] = []

async function recordedStore() {
  const fake = await startCloudbaseFake()
  await createCollections(fake.app)
  fake.requests.length = 0
  return {
    store: openCloudbaseStore(fake.app),
    cleanup: async () => {
      sent.push(...fake.requests)
      await fake.close()
    },
  }
}

/** Every contract suite in tests/store, by file; atomicity injects faults and sends the same queries as the others. */
const SUITES: Record<string, () => void> = {
  'arrears-contract.ts': () => runArrearsStoreContract('recorded: arrears', recordedStore),
  'contract.ts': () => runStoreContract('recorded: directory, officers, invites, audit, calendar', recordedStore, { atomicBatch: false }),
  'dashboard-contract.ts': () => runDashboardStoreContract('recorded: dashboard', recordedStore),
  'desktop-contract.ts': () => runDesktopContract('recorded: desktop sign-in', recordedStore),
  'grievance-contract.ts': () => runGrievanceStoreContract('recorded: grievances', recordedStore),
  'legal-contract.ts': () => runLegalStoreContract('recorded: legal', recordedStore),
  'membership-contract.ts': () => runMembershipStoreContract('recorded: membership', recordedStore),
  'mutual-aid-contract.ts': () => runMutualAidStoreContract('recorded: mutual aid', recordedStore),
  'notify-contract.ts': () => runNotifyStoreContract('recorded: notify', recordedStore),
  'organising-contract.ts': () => runOrganisingStoreContract('recorded: organising', recordedStore),
  'quota-contract.ts': () => runQuotaStoreContract('recorded: quota', recordedStore),
  'radar-contract.ts': () => runRadarStoreContract('recorded: radar', recordedStore),
  'upload-slots-contract.ts': () => runUploadSlotContract('recorded: upload slots', recordedStore),
}
const NOT_RECORDED = ['atomicity-contract.ts']

/**
 * Equality fields that may only filter the entries an index reads, where no index has all of a query's equality
 * fields. Each is a deliberate choice of the adapter; anything else unserved fails the test.
 */
const ALLOWED_FILTERS: Record<string, string[]> = {
  // The queue filters combine (status + overdue; the contract also supervised): each has its own index after
  // assignedOrgId, the others filter one org's queue.
  grievances: ['status', 'overdue', 'supervised'],
  // The same for the review queue; listDue re-checks `status: pending` on the escalateAt walk (decided ones are null).
  memberships: ['status', 'overdue'],
  // The sweeps re-check the status on the escalateAt walk (answered/decided ones have escalateAt null).
  legal_consultations: ['status'],
  legal_aid: ['status'],
  // Search: the first bigram pins the multikey index; unpublished articles hold no grams; category filters.
  legal_articles: ['published', 'category'],
  // Ending a membership's cover: a holder has a few enrolments (holderKey_coverTo); this membership's running ones filter.
  mutual_aid_enrolments: ['memberId', 'status'],
}
for (const run of Object.values(SUITES)) run()

describe('The deploy plan serves the CloudBase adapter', () => {
  const planned = new Map(PLAN.collections.map((c) => [c.name, c.indexes]))
  const shapes = () => {
    const unique = new Map<string, QueryShape>()
    for (const r of sent) {
      const s = shapeOf(r)
      if (s) unique.set(JSON.stringify([s.collection, s.byId, s.equality, s.anyOf, s.bounded, s.sort]), s)
    }
    return [...unique.values()]
  }

  test('When a store contract suite exists, then it is recorded here', () => {
    const files = readdirSync(resolve(__dirname, '../store')).filter((f) => f.endsWith('contract.ts'))
    expect(files.filter((f) => !NOT_RECORDED.includes(f)).sort()).toEqual(Object.keys(SUITES).sort())
  })

  test('When the contracts have run, then they sent queries to every store collection (the recording is not empty)', () => {
    const touched = new Set(sent.map((r) => r.body.collectionName).filter((n): n is string => typeof n === 'string'))
    expect(shapes().filter((s) => !s.byId).length).toBeGreaterThan(20)
    for (const name of ['grievances', 'memberships', 'enterprises', 'outbox', 'legal_consultations', 'desktop_sessions']) {
      expect(touched).toContain(name)
    }
  })

  test('When a collection is touched by the adapter, then it is in the plan', () => {
    const touched = new Set(sent.map((r) => r.body.collectionName).filter((n): n is string => typeof n === 'string'))
    expect([...touched].filter((name) => !planned.has(name))).toEqual([])
  })

  test('When a list merges several keys by $in (a worker’s inbox), then it is recorded as such and an index serves it in order', () => {
    const merged = shapes().filter((s) => s.collection === 'journal' && s.anyOf.includes('recipientKey'))
    expect(merged.length).toBeGreaterThan(0)
    for (const s of merged) expect(servingIndex(s, planned.get('journal') ?? [])).toBe('inbox_recipient_id')
  })

  test('When an index is taken out of the plan, then the queries it served are reported (the check can fail)', () => {
    for (const [collection, index] of [['officers', 'orgId_id'], ['grievances', 'open_at'], ['journal', 'inbox_recipient_id'], ['memberships', 'member_orgId_memberNo']]) {
      const without = (planned.get(collection) ?? []).filter((i) => i.name !== index)
      const unserved = shapes().filter((s) => s.collection === collection && servingIndex(s, without) === null)
      expect([collection, index, unserved.length > 0]).toEqual([collection, index, true])
    }
  })

  test('When the adapter queries by fields, then an index in the plan serves the query', () => {
    // PRINT_SHAPES=1 lists every query with the index that serves it.
    const served = (s: QueryShape) => servingIndex(s, planned.get(s.collection) ?? [], ALLOWED_FILTERS[s.collection])
    if (process.env.PRINT_SHAPES) for (const s of shapes()) process.stdout.write(`${describeShape(s)} → ${served(s)}\n`)
    const unserved = shapes()
      .filter((s) => planned.has(s.collection) && served(s) === null)
      .map(describeShape)
    expect(unserved).toEqual([])
  })
})
