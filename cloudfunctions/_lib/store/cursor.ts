/**
 * Composite keyset cursors, shared by both adapters: `${key}|${id}` for lists ordered by
 * (key, id), e.g. the officer queue's `${acceptBy}|${id}`. Keys are ISO times (no `|`) and ids
 * never hold `|`, so the first `|` splits them. A cursor without `|` is read as `key` with an empty
 * id: the page starts at `key` itself (everything with that key and later).
 */
export type Cursor = { key: string; id: string }

export function compositeCursor(key: string, id: string): string {
  return `${key}|${id}`
}

/** `undefined` (the first page) is the lowest cursor: every key and id is greater than ''. */
export function parseCursor(after: string | undefined): Cursor {
  if (after === undefined) return { key: '', id: '' }
  const bar = after.indexOf('|')
  return bar < 0 ? { key: after, id: '' } : { key: after.slice(0, bar), id: after.slice(bar + 1) }
}

/**
 * The first reporter leads a case's participant list, joiners follow in joining order: join times have
 * one-second precision, so a join in the same second as the submission must not take the reporter's place.
 */
export function reporterFirst<T extends { role: string }>(people: T[]): T[] {
  return [...people.filter((p) => p.role === 'reporter'), ...people.filter((p) => p.role !== 'reporter')]
}
