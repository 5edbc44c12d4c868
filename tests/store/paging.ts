/** Helpers the store contract suites share (not a test file). */
import type { Page } from '../../cloudfunctions/_lib/store/port'

/** Follows a keyset list to its end from `start`: every page's size and all items, in order. */
export async function collect<T>(fetch: (after: string | undefined) => Promise<Page<T>>, start?: string): Promise<{ sizes: number[]; items: T[] }> {
  const sizes: number[] = []
  const items: T[] = []
  let after = start
  for (let guard = 0; guard < 50; guard++) {
    const page = await fetch(after)
    sizes.push(page.items.length)
    items.push(...page.items)
    if (page.next === null) return { sizes, items }
    after = page.next
  }
  throw new Error('pagination did not end')
}

export const ids = (items: Array<{ id: string }>) => items.map((i) => i.id)
