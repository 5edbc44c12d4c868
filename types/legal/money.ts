/**
 * Money in fen (integer cents) so a calculation is exact and rounds once, half-up, at the end.
 * Inputs are yuan with at most 2 decimals (the schemas check that).
 */
export const toFen = (yuan: number): bigint => BigInt(Math.round(yuan * 100))
export const toYuan = (fen: bigint): number => Number(fen) / 100

/** num ÷ den rounded half-up (both non-negative). */
export function divHalfUp(num: bigint, den: bigint): bigint {
  return (2n * num + den) / (2n * den)
}

/** ¥1,234.50 */
export function yuanLabel(yuan: number): string {
  return `${yuan.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 元`
}
