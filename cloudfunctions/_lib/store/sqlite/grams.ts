/**
 * Bigram index helpers for enterprise name search. Lower-casing is ASCII-only on purpose: it is
 * exactly what SQLite's built-in lower() does, so the index and the final instr() check agree.
 */
export function asciiLower(s: string): string {
  return s.replace(/[A-Z]+/g, (m) => m.toLowerCase())
}

/** The distinct 2-character substrings (by code point, so rare CJK outside the BMP stay whole). */
export function bigrams(text: string): string[] {
  const chars = Array.from(text)
  const out = new Set<string>()
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1])
  return [...out]
}
