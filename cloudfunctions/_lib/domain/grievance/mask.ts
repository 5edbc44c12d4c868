/** Masking for display (PIPL): `138****5678`, `张*`, `欧阳**`. */
const COMPOUND_SURNAMES = new Set(
  '欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 令狐 长孙 宇文 司徒 夏侯 端木 澹台 西门 南宫 独孤 轩辕 呼延 申屠 太史 公冶 濮阳 钟离 宗政 百里 东郭 万俟 闻人 赫连 拓跋 左丘'.split(' '),
)

export function maskPhone(phone: string): string {
  if (!/^\d{11}$/.test(phone)) return '*'.repeat(Math.max(phone.length, 4))
  return `${phone.slice(0, 3)}****${phone.slice(7)}`
}

/** Keeps the surname (a compound one when the name has more than the surname), stars the rest. */
export function maskName(name: string): string {
  const chars = Array.from(name.trim())
  if (chars.length <= 1) return '*'
  const keep = chars.length > 2 && COMPOUND_SURNAMES.has(chars[0] + chars[1]) ? 2 : 1
  return chars.slice(0, keep).join('') + '*'.repeat(chars.length - keep)
}
