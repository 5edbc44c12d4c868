/**
 * Valid-looking unified social credit codes for Yiwu enterprises (GB 32100): `9` (registered by market
 * regulation) `1` (enterprise), `330782` (Yiwu), a 9-character organisation code (GB 11714, with its own
 * check character), then the GB 32100 check character.
 */
import { creditCodeCheckChar } from '../../types/credit-code'
import type { Random } from '../lib/random'

const YIWU = '330782'
/** Letters GB 32100 allows (no I, O, S, V, Z). */
const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]

function orgCodeCheck(first8: string): string {
  const value = (c: string) => (c >= '0' && c <= '9' ? Number(c) : c.charCodeAt(0) - 55)
  const sum = [...first8].reduce((acc, c, i) => acc + value(c) * ORG_WEIGHTS[i], 0)
  const check = 11 - (sum % 11)
  return check === 10 ? 'X' : check === 11 ? '0' : String(check)
}

/** Older enterprises carry their pre-2015 numeric code; newer ones an `MA…` code. */
function organisationCode(random: Random): string {
  const body = random.chance(0.5)
    ? `7${Array.from({ length: 7 }, () => random.int(0, 9)).join('')}`
    : `MA2${Array.from({ length: 5 }, () => random.pick([...CODE_CHARS])).join('')}`
  return body + orgCodeCheck(body)
}

export function creditCodeGenerator(random: Random): () => string {
  const issued = new Set<string>()
  return () => {
    for (;;) {
      const first17 = `91${YIWU}${organisationCode(random)}`
      const code = first17 + creditCodeCheckChar(first17)
      if (!issued.has(code)) {
        issued.add(code)
        return code
      }
    }
  }
}
