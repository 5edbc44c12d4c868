/**
 * The membership actions through the real functions on the CloudBase adapter (the round-trip harness: real
 * @cloudbase/node-sdk → the local fake, the demo directory, production's deps): the races the hold documents and
 * transactions used to cover, now left to the unique claims of one document per join (decision 0022).
 */
import { openRoundTripHarness, type RoundTripHarness } from '../../../bench/lib/roundtrips/harness'
import { TOWN_OFFICER } from '../../../bench/lib/roundtrips/setup'
import { application, idNumber, newWorker } from './helpers'

jest.setTimeout(30_000)

let h: RoundTripHarness
beforeAll(async () => {
  h = await openRoundTripHarness()
})
afterAll(() => h.close())

const memberships = () => h.deps('membership').store.memberships
const ok = (out: any) => {
  if (!out.ok) throw new Error(`expected ok, got ${out.error.code}: ${out.error.message}`)
  return out.data
}

test('When two accounts apply with one ID number at once, then exactly one application holds it; the other is filed flagged', async () => {
  const id = idNumber()
  const outs = await Promise.all([newWorker(), newWorker()].map((w) => h.invoke('membership', w, 'apply', application({ idNumber: id, enterpriseId: 'e-sx-007' }))))
  const apps = await Promise.all(outs.map(async (o) => (await memberships().getApplication(ok(o).id))!))
  expect(apps.map((a) => a.identityConflict).sort()).toEqual([false, true])
  const [real, flagged] = apps[0].identityConflict ? [apps[1], apps[0]] : apps
  expect((await memberships().getPendingApplication(real.idHash))?.id).toBe(real.id)
  // The flagged one sits at the town federation too (苏溪镇总工会): it cannot be approved while the real holder's
  // application stands, nor once that made the member.
  expect(flagged.assignedOrgId).toBe('sx')
  expect((await h.invoke('membership', TOWN_OFFICER, 'approve', { id: flagged.id })).error.code).toBe('MEMBERSHIP.IDENTITY_CONFLICT')
  const { memberNo } = ok(await h.invoke('membership', TOWN_OFFICER, 'approve', { id: real.id }))
  expect((await memberships().getMemberByIdHash(real.idHash))?.memberNo).toBe(memberNo)
  expect((await h.invoke('membership', TOWN_OFFICER, 'approve', { id: flagged.id })).error.code).toBe('MEMBERSHIP.IDENTITY_CONFLICT')
  expect(await memberships().getMember(flagged.id)).toBeNull()
})

test('When the same apply arrives twice at once and once more later, then one application is filed and every reply names it', async () => {
  const worker = newWorker()
  const body = application({ enterpriseId: 'e-sx-007' })
  const outs = await Promise.all([h.invoke('membership', worker, 'apply', body), h.invoke('membership', worker, 'apply', body)])
  const ids = outs.map((o) => ok(o).id)
  expect(ids[1]).toBe(ids[0])
  expect(ok(await h.invoke('membership', worker, 'apply', body)).id).toBe(ids[0])
  const mine = ok(await h.invoke('membership', worker, 'mine', {}))
  expect(mine.applications.map((a: { id: string }) => a.id)).toEqual([ids[0]])
})

test('When the account applies again (another ID number) or is already a member, then the specific refusals come from the insert', async () => {
  const worker = newWorker()
  const { id } = ok(await h.invoke('membership', worker, 'apply', application({ enterpriseId: 'e-sx-007' })))
  expect((await h.invoke('membership', worker, 'apply', application({ enterpriseId: 'e-sx-007' }))).error.code).toBe('MEMBERSHIP.ALREADY_APPLIED')
  ok(await h.invoke('membership', TOWN_OFFICER, 'approve', { id }))
  expect((await h.invoke('membership', worker, 'apply', application({ enterpriseId: 'e-sx-007' }))).error.code).toBe('MEMBERSHIP.ALREADY_MEMBER')
})

test('When two officers approve one join at once, then one member is made and the other is CONFLICT', async () => {
  const { id } = ok(await h.invoke('membership', newWorker(), 'apply', application({ enterpriseId: 'e-sx-007' })))
  const outs = await Promise.all([0, 1].map(() => h.invoke('membership', TOWN_OFFICER, 'approve', { id })))
  expect(outs.filter((o) => o.ok)).toHaveLength(1)
  expect(outs.find((o) => !o.ok).error.code).toBe('CONFLICT')
  expect((await memberships().getMember(id))?.memberNo).toBe(outs.find((o) => o.ok).data.memberNo)
})
