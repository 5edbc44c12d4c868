/** Membership news reaches a worker who accepted the membership template — and carries no personal data. */
import { openHarness, type Harness } from '../../support/harness'
import type { OutboxMessage } from '../../../cloudfunctions/_lib/store/port'
import { TUE, apply, application, data, newWorker } from './helpers'

let h: Harness
beforeAll(async () => {
  h = await openHarness()
})
afterAll(() => h.close())

const pending = async (): Promise<OutboxMessage[]> => {
  // The timer's queue step (inbox items → subscribe messages), at a time before every send these tests make.
  await h.call('notify', { kind: 'system' }, { action: 'queue' }, new Date('2026-01-01T00:00:00+08:00'))
  return (await h.deps.store.outbox.listDue('2099-01-01T00:00:00+08:00', undefined, 100)).items
}

it('an approval queues one membership message for the subscribed applicant, without name, ID number or phone', async () => {
  const worker = newWorker()
  data(h, await h.as(worker)('notify', 'subscribe', { accepted: [{ kind: 'membership', templateId: 'tmpl-membership-1' }] }, TUE))
  const form = application({ enterpriseId: 'e-sx-007' })
  const app = await apply(h, worker, form)
  const before = (await pending()).length
  data(h, await h.as('o-town-sx-1')('membership', 'approve', { id: app.id }, TUE))
  const queued = (await pending()).slice(before)
  expect(queued).toHaveLength(1)
  expect(queued[0]).toMatchObject({ templateId: 'tmpl-membership-1' })
  const text = JSON.stringify(queued[0])
  for (const secret of [form.name, form.idNumber, form.phone, worker]) expect(text).not.toContain(secret)
})
