/**
 * Shared by the legal page tests: the transport mocked at `call(fn, action, input)` with canned replies per
 * action (consumed in order; some actions have a standing answer), and small event helpers.
 */
import { act, fireEvent, screen } from '@testing-library/react'
import { call } from '../../src/services/api'

export type Reply = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string; fields?: Record<string, string> } }

export const callMock = jest.mocked(call)

/** Routes `call(fn, action)` to `replies['fn.action']` (a queue) or `standing['fn.action']`; anything else fails the test. */
export function backend(replies: Record<string, Reply[]> = {}, standing: Record<string, Reply> = {}) {
  callMock.mockImplementation(async (fn, action) => {
    const key = `${fn}.${action}`
    const next = replies[key]?.shift() ?? standing[key]
    if (!next) throw new Error(`unexpected call ${key}`)
    return next as never
  })
}

export const inputsOf = (action: string) => callMock.mock.calls.filter(([, a]) => a === action).map(([, , input]) => input as Record<string, unknown>)
export const actionsCalled = () => callMock.mock.calls.map(([fn, a]) => `${fn}.${a}`)

export const click = async (el: Element) => {
  await act(async () => {
    fireEvent.click(el)
  })
}
export const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } })
export const ok = (data: unknown): Reply => ({ ok: true, data })
export const NETWORK: Reply = { ok: false, error: { code: 'NETWORK', message: '网络异常，请检查网络后重试' } }
