/** Helpers the legal contract files share (not a test file). */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
/** Ascending by a key, ties by id. */
export const byKeyThenId = <T extends { id: string }>(key: (r: T) => string) => (a: T, b: T) => cmp(key(a), key(b)) || cmp(a.id, b.id)
/** Descending by a key, ties by id descending. */
export const newestFirst = <T extends { id: string }>(key: (r: T) => string) => (a: T, b: T) => cmp(key(b), key(a)) || cmp(b.id, a.id)
/** A time inside `day` (Shanghai): `at(day, 9)` is 09:00. */
export const at = (day: string, hour: number, minute = 0) => `${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`
/** What a thrown error looks like across adapters (better-sqlite3's class is per jest context, see grievance-contract). */
export const caught = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e)
