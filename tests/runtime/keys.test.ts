import { randomBytes } from 'node:crypto'
import { keysFromEnv } from '../../cloudfunctions/_lib/runtime/keys'
import { FUNCTION_CONFIGS } from '../../scripts/functions.config'

const hex = () => randomBytes(32).toString('hex')

test('a deployed function refuses to start without its keys; only `card` needs (and is configured with) the card key', () => {
  const base = { UNION_DATA_KEY: hex(), UNION_HASH_KEY: hex() }
  expect(keysFromEnv(base, { card: false }).cardSigningKey).toBeNull()
  expect(() => keysFromEnv(base, { card: true })).toThrow('missing secret(s): UNION_CARD_SIGNING_KEY; refusing to start')
  expect(() => keysFromEnv({ UNION_DATA_KEY: hex() }, { card: false })).toThrow('UNION_HASH_KEY')
  expect(keysFromEnv({ ...base, UNION_CARD_SIGNING_KEY: hex() }, { card: true }).cardSigningKey).toHaveLength(32)
  expect(() => keysFromEnv({ ...base, UNION_DATA_KEY: 'short' }, { card: false })).toThrow('UNION_DATA_KEY must be 32 bytes')

  const holders = Object.entries(FUNCTION_CONFIGS).filter(([, c]) => 'UNION_CARD_SIGNING_KEY' in c.envVariables).map(([name]) => name)
  expect(holders).toEqual(['card'])
  for (const c of Object.values(FUNCTION_CONFIGS)) expect(Object.keys(c.envVariables)).toEqual(expect.arrayContaining(['UNION_DATA_KEY', 'UNION_HASH_KEY']))
})
