/**
 * Character bigrams for Chinese text search, shared by both adapters: the SQLite enterprise index
 * (sqlite/enterprise-search.ts), the legal knowledge base on SQLite (FTS5 over bigram tokens) and on
 * CloudBase (a bigram array with a multikey index). Lower-casing is ASCII-only on purpose: it is exactly
 * what SQLite's built-in lower() does, so an index and a final instr() check agree.
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

/** Whitespace, punctuation and symbols separate words: no bigram spans them (`加班费？` → 加班, 班费). */
const SEPARATORS = /[\s\p{P}\p{S}]+/u

/**
 * The distinct bigrams of the words of `texts` (ASCII lower-cased), for documents and queries alike: a
 * document matches a query when it holds every bigram of the query. A query of single characters has none.
 */
export function searchBigrams(...texts: string[]): string[] {
  const out = new Set<string>()
  for (const text of texts) {
    for (const word of asciiLower(text).split(SEPARATORS)) for (const g of bigrams(word)) out.add(g)
  }
  return [...out]
}
