/** Knowledge-base articles: titles, the published text of a consultation, the personal-number refusal, public rows. */
import { containsPersonalNumber, LEGAL_CATEGORY_LABELS, LEGAL_ERRORS } from '../../../types/legal-labels'
import { fail, type Failure } from '../../_lib/runtime/result'
import type { Article } from '../../_lib/store/legal-port'

const TITLE_CHARS = 60

/** The question's first line, cut to 60 characters. */
export function articleTitle(question: string): string {
  const line = question.trim().split(/\r?\n/)[0]
  const chars = Array.from(line)
  return chars.length <= TITLE_CHARS ? line : `${chars.slice(0, TITLE_CHARS - 1).join('')}…`
}

export const articleBody = (question: string, answer: string) => `问：${question.trim()}\n\n答：${answer.trim()}`

/** LEGAL.PERSONAL_DATA naming every field that holds an 11-digit mobile or an 18-character ID number; null when clean. */
export function personalDataFields(texts: Record<string, string>): Failure | null {
  const bad = Object.keys(texts).filter((k) => containsPersonalNumber(texts[k]))
  if (bad.length === 0) return null
  const message = LEGAL_ERRORS['LEGAL.PERSONAL_DATA']
  return fail('LEGAL.PERSONAL_DATA', message, Object.fromEntries(bad.map((k) => [k, message])))
}

/** What anyone may read: never the consultation or the org it came from. */
export function publicArticle(a: Article) {
  return {
    id: a.id, category: a.category, categoryLabel: LEGAL_CATEGORY_LABELS[a.category], title: a.title, body: a.body,
    source: a.source, useful: a.useful, updatedAt: a.updatedAt,
  }
}
