/**
 * The card token (types/card-token.ts): round trip, forged, tampered, expired, status, malformed input and size.
 */
import {
  CARD_TOKEN_PREFIX,
  base64urlDecode,
  base64urlEncode,
  keyIdOf,
  publicKeyOf,
  signCardToken,
  signedPartsOf,
  utf8Decode,
  utf8Encode,
  verifyCardToken,
  type CardClaims,
} from '../../types/card-token'

const seed = Uint8Array.from({ length: 32 }, (_, i) => i * 7 + 1)
const otherSeed = Uint8Array.from({ length: 32 }, (_, i) => 255 - i)
const publicKey = publicKeyOf(seed)
const NOW = new Date('2026-03-10T10:00:00+08:00')
const nowSec = NOW.getTime() / 1000

const claims = (over: Partial<CardClaims> = {}): CardClaims => ({
  memberNo: 'YW2026000001',
  orgId: 'eu-hx',
  orgName: '义乌华鑫织造有限公司工会',
  nameMasked: '张*',
  status: 'active',
  exp: nowSec + 60,
  ...over,
})
const bytesOf = (token: string) => base64urlDecode(token.slice(CARD_TOKEN_PREFIX.length))!
const tokenOf = (bytes: Uint8Array) => CARD_TOKEN_PREFIX + base64urlEncode(bytes)

describe('round trip', () => {
  it('When a token is signed and verified with the matching public key, then every claim comes back valid', () => {
    const token = signCardToken(claims(), seed)
    expect(verifyCardToken(token, publicKey, NOW)).toEqual({
      valid: true,
      reason: 'valid',
      member: { nameMasked: '张*', memberNo: 'YW2026000001', orgId: 'eu-hx', orgName: '义乌华鑫织造有限公司工会', status: 'active' },
      expiresAt: '2026-03-10T10:01:00+08:00',
      claims: claims(),
    })
  })

  it('When the seed is a Node Buffer, then the token is the same as from a Uint8Array (Ed25519 is deterministic)', () => {
    expect(signCardToken(claims(), Buffer.from(seed))).toBe(signCardToken(claims(), seed))
    expect(publicKeyOf(Buffer.from(seed))).toEqual(publicKey)
  })

  it('When the key id is asked, then it is 8 hex characters, stable, and differs between keys', () => {
    expect(keyIdOf(publicKey)).toMatch(/^[0-9a-f]{8}$/)
    expect(keyIdOf(publicKey)).toBe(keyIdOf(publicKeyOf(seed)))
    expect(keyIdOf(publicKeyOf(otherSeed))).not.toBe(keyIdOf(publicKey))
  })

  it('When claims hold names outside the BMP and Latin accents, then they survive the round trip', () => {
    const c = claims({ nameMasked: '𠀀*', orgName: 'Café 工会 😀' })
    expect(verifyCardToken(signCardToken(c, seed), publicKey, NOW).claims).toEqual(c)
  })

  it('When an org name is longer than the budget, then it is cut at a character with … and still verifies', () => {
    const long = '义乌市某某街道某某社区某某产业园区联合工会委员会'
    const result = verifyCardToken(signCardToken(claims({ orgName: long }), seed), publicKey, NOW)
    expect(result.valid).toBe(true)
    expect(result.member!.orgName).toMatch(/…$/)
    expect(long.startsWith(result.member!.orgName.slice(0, -1))).toBe(true)
  })

  it('When claims are out of range, then signing refuses (a bug in the caller, not a token)', () => {
    expect(() => signCardToken(claims({ exp: -1 }), seed)).toThrow()
    expect(() => signCardToken(claims({ exp: 1.5 }), seed)).toThrow()
    expect(() => signCardToken(claims({ memberNo: '' }), seed)).toThrow()
    expect(() => signCardToken(claims({ status: 'gone' as never }), seed)).toThrow()
    expect(() => signCardToken(claims(), new Uint8Array(31))).toThrow()
  })
})

describe('forged and tampered', () => {
  it('When a token is signed by another key, then it is forged and shows no member', () => {
    const token = signCardToken(claims(), otherSeed)
    expect(verifyCardToken(token, publicKey, NOW)).toEqual({ valid: false, reason: 'forged', member: null, expiresAt: null, claims: null })
  })

  it('When another key signs a body that carries our key id, then it is still forged', () => {
    const ours = bytesOf(signCardToken(claims(), seed))
    const theirs = bytesOf(signCardToken(claims({ memberNo: 'YW2026999999' }), otherSeed))
    theirs.set(ours.subarray(0, 4), 0) // copy our key id; their signature cannot cover it
    expect(verifyCardToken(tokenOf(theirs), publicKey, NOW).reason).toBe('forged')
  })

  it('When any single byte of the token (claims or signature) is changed, then it never verifies as valid', () => {
    const bytes = bytesOf(signCardToken(claims(), seed))
    const reasons = new Set<string>()
    for (let i = 0; i < bytes.length; i++) {
      for (const mask of [0x01, 0x80, 0xff]) {
        const changed = bytes.slice()
        changed[i] ^= mask
        const result = verifyCardToken(tokenOf(changed), publicKey, NOW)
        expect({ i, mask, valid: result.valid, member: result.member }).toEqual({ i, mask, valid: false, member: null })
        reasons.add(result.reason)
      }
    }
    expect([...reasons].sort()).toEqual(['forged', 'malformed'])
  })

  it('When any single character of the token text is changed, then it never verifies as valid', () => {
    const token = signCardToken(claims(), seed)
    for (let i = 0; i < token.length; i++) {
      for (const ch of ['A', 'z', '_', '0']) {
        if (token[i] === ch) continue
        const result = verifyCardToken(token.slice(0, i) + ch + token.slice(i + 1), publicKey, NOW)
        expect({ i, ch, valid: result.valid }).toEqual({ i, ch, valid: false })
      }
    }
  })

  it('When a claim is swapped in from another valid token, then the signature no longer covers it', () => {
    const a = bytesOf(signCardToken(claims(), seed))
    const b = bytesOf(signCardToken(claims({ status: 'suspended' }), seed))
    const spliced = a.slice()
    spliced[8] = b[8] // status byte
    expect(verifyCardToken(tokenOf(spliced), publicKey, NOW).reason).toBe('forged')
  })
})

describe('expiry and status', () => {
  const token = signCardToken(claims(), seed)

  it('When now is one second before exp, then it is valid; at exp and after, expired with masked claims', () => {
    expect(verifyCardToken(token, publicKey, new Date((nowSec + 59) * 1000)).reason).toBe('valid')
    for (const at of [nowSec + 60, nowSec + 61, nowSec + 86_400]) {
      const result = verifyCardToken(token, publicKey, new Date(at * 1000))
      expect(result).toMatchObject({ valid: false, reason: 'expired', expiresAt: '2026-03-10T10:01:00+08:00' })
      expect(result.member).toMatchObject({ nameMasked: '张*', memberNo: 'YW2026000001' })
    }
  })

  it.each(['suspended', 'left'] as const)('When the token carries status %s, then it verifies as that status, not valid', (status) => {
    const result = verifyCardToken(signCardToken(claims({ status }), seed), publicKey, NOW)
    expect(result).toMatchObject({ valid: false, reason: status, member: { status } })
  })

  it('When a suspended token has expired, then expired wins (an old token says nothing about now)', () => {
    const result = verifyCardToken(signCardToken(claims({ status: 'suspended', exp: nowSec - 1 }), seed), publicKey, NOW)
    expect(result.reason).toBe('expired')
  })

  it('When a forged token has expired, then it is forged (the signature is checked first)', () => {
    expect(verifyCardToken(signCardToken(claims({ exp: nowSec - 1 }), otherSeed), publicKey, NOW).reason).toBe('forged')
  })
})

describe('malformed input never throws', () => {
  const valid = signCardToken(claims(), seed)
  const bytes = bytesOf(valid)
  const body = bytes.subarray(0, bytes.length - 64)
  const cases: [string, unknown][] = [
    ['empty', ''],
    ['prefix only', CARD_TOKEN_PREFIX],
    ['wrong prefix', 'UC2.' + valid.slice(4)],
    ['lower-case prefix', valid.replace('UC1.', 'uc1.')],
    ['no prefix', valid.slice(4)],
    ['standard base64 characters', valid.replace(/-/g, '+').replace(/_/g, '/') + (/[-_]/.test(valid) ? '' : '+')],
    ['padding', valid + '=='],
    ['whitespace', valid + ' '],
    ['newline inside', valid.slice(0, 20) + '\n' + valid.slice(20)],
    ['length ≡ 1 mod 4', valid + 'A'],
    ['truncated by one character', valid.slice(0, -1)],
    ['truncated to half', valid.slice(0, valid.length / 2)],
    ['signature missing', tokenOf(body)],
    ['signature only', tokenOf(bytes.subarray(bytes.length - 64))],
    ['one extra byte', tokenOf(Uint8Array.from([...bytes, 0]))],
    ['very long', CARD_TOKEN_PREFIX + 'A'.repeat(100_000)],
    ['non-ASCII', CARD_TOKEN_PREFIX + '会员证'.repeat(20)],
    ['a URL', 'https://example.com/?t=' + valid],
    ['JSON', JSON.stringify({ token: valid })],
    ['null', null],
    ['undefined', undefined],
    ['number', 42],
    ['object', { toString: () => valid }],
  ]

  it.each(cases)('When the token is %s, then the answer is malformed or forged, with no member', (_name, input) => {
    const result = verifyCardToken(input as string, publicKey, NOW)
    expect(result.valid).toBe(false)
    expect(['malformed', 'forged']).toContain(result.reason)
    expect(result.member).toBeNull()
  })

  it('When the body lies about a string length or holds invalid UTF-8, then it is malformed (before any signature check)', () => {
    const lying = bytes.slice()
    lying[9] = 200 // memberNo length beyond the body
    expect(verifyCardToken(tokenOf(lying), publicKey, NOW).reason).toBe('malformed')
    const badUtf8 = bytes.slice()
    badUtf8[10] = 0xc0 // an overlong lead byte inside memberNo
    expect(verifyCardToken(tokenOf(badUtf8), publicKey, NOW).reason).toBe('malformed')
    const badStatus = bytes.slice()
    badStatus[8] = 7
    expect(verifyCardToken(tokenOf(badStatus), publicKey, NOW).reason).toBe('malformed')
  })

  it('When 2,000 random strings and byte strings are verified, then none throws and none is valid', () => {
    let state = 12345
    const rand = () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff
    for (let n = 0; n < 2000; n++) {
      const len = Math.floor(rand() * 220)
      const random = Uint8Array.from({ length: len }, () => Math.floor(rand() * 256))
      const text = n % 2 ? tokenOf(random) : CARD_TOKEN_PREFIX + Array.from(random, (b) => String.fromCharCode(32 + (b % 95))).join('')
      expect(verifyCardToken(text, publicKey, NOW).valid).toBe(false)
    }
  })

  it('When the public key is not 32 bytes or the clock is not a date, then verifying throws (a caller bug, not a bad token)', () => {
    expect(() => verifyCardToken(valid, new Uint8Array(16), NOW)).toThrow(/public key/)
    expect(() => verifyCardToken(valid, publicKey, new Date('not a date'))).toThrow(/now/)
  })
})

describe('size and encoding', () => {
  it('When realistic claims are signed, then the token is under 200 characters (a small QR), the org name cut to fit', () => {
    const realistic = claims({ memberNo: 'YW2026123456', orgId: 'org-yw-sx-joint-07', orgName: '义乌市苏溪镇总工会', nameMasked: '欧阳**' })
    expect(signCardToken(realistic, seed).length).toBeLessThan(200)
    const long = claims({ ...realistic, orgName: '义乌华鑫织造有限公司工会' })
    const token = signCardToken(long, seed)
    expect(token.length).toBeLessThan(200)
    expect(verifyCardToken(token, publicKey, NOW).member!.orgName).toMatch(/^义乌华鑫织造.*…$/)
  })

  it('When ids are up to 20 characters and the masked name up to 3 characters, then the token is under 200 characters', () => {
    const wide = claims({ memberNo: 'M'.repeat(20), orgId: 'o'.repeat(20), orgName: '工'.repeat(40), nameMasked: '欧阳**' })
    const token = signCardToken(wide, seed)
    expect(token.length).toBeLessThan(200)
    expect(verifyCardToken(token, publicKey, NOW).valid).toBe(true)
  })

  it('When every field is at its cap (ids of 64, the directory limit), then the token still verifies, under 320 characters', () => {
    const widest = claims({ memberNo: 'M'.repeat(64), orgId: 'o'.repeat(64), orgName: '工'.repeat(40), nameMasked: '名'.repeat(20) })
    const token = signCardToken(widest, seed)
    expect(token.length).toBeLessThan(320)
    expect(verifyCardToken(token, publicKey, NOW).valid).toBe(true)
    expect(() => signCardToken(claims({ memberNo: 'M'.repeat(65) }), seed)).toThrow(/memberNo/)
  })

  it('When base64url round-trips every length 0–40, then it is exact, and a non-zero padding bit is refused', () => {
    for (let n = 0; n <= 40; n++) {
      const b = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 0xff)
      expect(base64urlDecode(base64urlEncode(b))).toEqual(b)
    }
    expect(base64urlDecode('AQ')).toEqual(Uint8Array.from([1]))
    expect(base64urlDecode('AR')).toBeNull()
  })

  it('When UTF-8 is encoded by hand, then it matches TextEncoder, and the decoder refuses invalid sequences', () => {
    for (const s of ['', 'abc', '中文会员证', 'é', '😀𠀀', '·—…']) {
      expect(utf8Encode(s)).toEqual(new Uint8Array(new TextEncoder().encode(s)))
      expect(utf8Decode(utf8Encode(s))).toBe(s)
    }
    for (const bad of [[0x80], [0xc0, 0x80], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe4, 0xb8], [0xff]]) {
      expect(utf8Decode(Uint8Array.from(bad))).toBeNull()
    }
  })

  it('When the signed parts of a token are asked, then a bare Ed25519 verify accepts them (the bench baseline)', async () => {
    const ed = await import('@noble/ed25519')
    const parts = signedPartsOf(signCardToken(claims(), seed))!
    expect(ed.verify(parts.signature, parts.message, publicKey)).toBe(true)
    expect(signedPartsOf('nonsense')).toBeNull()
  })
})
