/** The lawyers' queue filtered by status (the desk page's tabs): only that status, still earliest answer-by first. */
import { openHarness, type Harness } from '../../support/harness'
import { ANSWER, TUE, addOfficer, ask, data, hoursAfter, newWorker } from './helpers'

let h: Harness
let lawyer: string
beforeAll(async () => {
  h = await openHarness()
  lawyer = await addOfficer(h, 'sx', 'lawyer')
})
afterAll(() => h.close())

it('When the queue is asked for one status, then only consultations of that status come, earliest answer-by first', async () => {
  const waiting = [(await ask(h, newWorker(), {}, hoursAfter(TUE, -2))).id, (await ask(h, newWorker(), {}, hoursAfter(TUE, -1))).id]
  const claimed = (await ask(h, newWorker())).id
  const answered = (await ask(h, newWorker())).id
  data(h, await h.as(lawyer)('legal', 'claim', { id: claimed }, TUE))
  data(h, await h.as(lawyer)('legal', 'answer', { id: answered, text: ANSWER }, TUE))
  const ids = async (status?: string) =>
    data(h, await h.as(lawyer)('legal', 'queue', status ? { status } : {}, TUE)).items.map((i: { id: string }) => i.id)

  expect(await ids('waiting')).toEqual(waiting)
  expect(await ids('claimed')).toEqual([claimed])
  expect(await ids('answered')).toEqual([answered])
  expect(await ids()).toEqual(expect.arrayContaining([...waiting, claimed, answered]))
  expect((await h.as(lawyer)('legal', 'queue', { status: 'lost' }, TUE)).error.code).toBe('VALIDATION')
})
