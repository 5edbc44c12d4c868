/** The function signs with Node's native Ed25519; verifiers use the portable module. Same bytes, or nothing works. */
import { randomBytes } from 'node:crypto'
import { publicKeyOf, seedSigner, signCardToken, verifyCardToken, type CardClaims } from '../../types/card-token'
import { nodeSigner } from '../../cloudfunctions/card/lib/keys'

const NOW = new Date('2026-03-10T10:00:00+08:00')
const claims: CardClaims = {
  memberNo: 'YW0000000013', orgId: 'sx', orgName: '苏溪镇总工会', nameMasked: '陈**', status: 'active', exp: NOW.getTime() / 1000 + 60,
}

test('for random seeds, the native and the portable signer give identical tokens, and the portable verifier accepts them', () => {
  for (let i = 0; i < 20; i++) {
    const seed = new Uint8Array(randomBytes(32))
    const native = signCardToken(claims, nodeSigner(seed))
    expect(native).toBe(signCardToken(claims, seedSigner(seed)))
    expect(verifyCardToken(native, publicKeyOf(seed), NOW)).toMatchObject({ valid: true, reason: 'valid' })
  }
})

test('a native signature under another key is a forgery to the verifier', () => {
  const seed = new Uint8Array(randomBytes(32))
  const other = new Uint8Array(randomBytes(32))
  const token = signCardToken(claims, { publicKey: publicKeyOf(seed), sign: nodeSigner(other).sign })
  expect(verifyCardToken(token, publicKeyOf(seed), NOW)).toMatchObject({ valid: false, reason: 'forged', member: null })
})
