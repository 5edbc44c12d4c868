/**
 * The caller's network source: read from the platform context (CloudBase) or the socket (local host), normalised,
 * and handed to handlers only as a keyed hash (`ctx.source`), never in clear.
 */
import { randomBytes } from 'node:crypto'
import * as z from 'zod/mini'
import { cloudCaller } from '../../cloudfunctions/_lib/runtime/cloud'
import { fieldCrypto } from '../../cloudfunctions/_lib/runtime/crypto'
import type { ActionContext, Deps } from '../../cloudfunctions/_lib/runtime/deps'
import { action, defineFunction } from '../../cloudfunctions/_lib/runtime/function'
import { memoryLogger } from '../../cloudfunctions/_lib/runtime/log'
import { normaliseSource, sourceKey } from '../../cloudfunctions/_lib/runtime/source'

const crypto = fieldCrypto({ dataKey: randomBytes(32), hashKey: randomBytes(32), cardSigningKey: null })

describe('normaliseSource', () => {
  it('When the address is IPv4 (also IPv4-mapped), then it is the source as is', () => {
    expect(normaliseSource('203.0.113.7')).toBe('203.0.113.7')
    expect(normaliseSource('::ffff:203.0.113.7')).toBe('203.0.113.7')
    expect(normaliseSource(' 203.0.113.7 ')).toBe('203.0.113.7')
  })
  it('When the address is IPv6, then the source is its /64, however it is written', () => {
    expect(normaliseSource('2001:db8:1:2::7')).toBe('2001:db8:1:2::/64')
    expect(normaliseSource('2001:0DB8:0001:0002:ffff:1:2:3')).toBe('2001:db8:1:2::/64')
    expect(normaliseSource('2001:db8::1')).toBe('2001:db8:0:0::/64')
    expect(normaliseSource('fe80::1%eth0')).toBe('fe80:0:0:0::/64')
    expect(normaliseSource('::1')).toBe('0:0:0:0::/64')
  })
  it('When it is not an address, then there is no source', () => {
    for (const bad of [undefined, '', 'unknown', '203.0.113', '1.2.3.4, 5.6.7.8', ['1.2.3.4'], 42]) expect(normaliseSource(bad)).toBeNull()
    expect(sourceKey(crypto, 'nonsense')).toBeUndefined()
  })
})

describe('cloudCaller', () => {
  it('When a mini-program calls, then WX_CLIENTIP (else WX_CLIENTIPV6) is the source; else TCB_SOURCE_IP', () => {
    expect(cloudCaller({ WX_OPENID: 'o-1', WX_CLIENTIP: '203.0.113.7', WX_CLIENTIPV6: '2001:db8::1' })).toEqual({ kind: 'user', openid: 'o-1', source: '203.0.113.7' })
    expect(cloudCaller({ WX_OPENID: 'o-1', WX_CLIENTIPV6: '2001:db8::1' })).toEqual({ kind: 'user', openid: 'o-1', source: '2001:db8::1' })
    expect(cloudCaller({ TCB_SOURCE_IP: '198.51.100.2' })).toEqual({ kind: 'none', source: '198.51.100.2' })
    expect(cloudCaller({ WX_OPENID: 'o-1' })).toEqual({ kind: 'user', openid: 'o-1' })
    expect(cloudCaller({ TRIGGER_SRC: 'timer', WX_CLIENTIP: '203.0.113.7' })).toEqual({ kind: 'system' })
  })
})

describe('invoke', () => {
  const seen: ActionContext[] = []
  const fn = defineFunction({
    name: 'probe',
    actions: { look: action({ input: z.object({}), access: 'public', handle: async (_i, ctx) => (seen.push(ctx), 'ok') }) },
  })
  const deps = { ids: () => 'req-1', log: memoryLogger(), crypto } as unknown as Deps

  it('When the caller has a source, then the handler sees its keyed hash and a caller without it', async () => {
    await fn.invoke({ action: 'look' }, { kind: 'user', openid: 'o-1', source: '::ffff:203.0.113.7' }, deps)
    const ctx = seen.pop()!
    expect(ctx.source).toBe(crypto.hash('source:203.0.113.7'))
    expect(ctx.caller).toEqual({ kind: 'user', openid: 'o-1' })
    expect(JSON.stringify(ctx.caller)).not.toContain('203.0.113.7')
    await fn.invoke({ action: 'look' }, { kind: 'none', source: 'garbage' }, deps)
    const none = seen.pop()!
    expect(none.caller).toEqual({ kind: 'none' })
    expect(none.source).toBeUndefined()
  })
})
