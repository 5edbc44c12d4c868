/** The aid form (types/legal/means-test.ts) and the function (domain/legal/aid.ts) apply one means-test rule. */
import { meansTest as stored } from '../../../cloudfunctions/_lib/domain/legal/aid'
import { meansTest as shown } from '../../../types/legal/means-test'

it('When the page shows the outcome, then it is the very rule the function stores', () => {
  expect(stored).toBe(shown)
})
