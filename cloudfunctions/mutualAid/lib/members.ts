/**
 * Looking up thousands of members by number for one group action: a bounded number of reads in flight (the store
 * has no batch read by member number; on CloudBase each is a request, and a container's connections are few).
 */
import type { Member, Store } from '../../_lib/store/port'

const IN_FLIGHT = 16

export async function mapLimited<T, R>(items: readonly T[], fn: (item: T) => Promise<R>, limit = IN_FLIGHT): Promise<R[]> {
  const out = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      out[i] = await fn(items[i])
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return out
}

/** Each distinct member number once, with its member (null: no such member). */
export async function membersByNo(store: Store, memberNos: readonly string[]): Promise<Map<string, Member | null>> {
  const unique = [...new Set(memberNos)]
  const found = await mapLimited(unique, (no) => store.memberships.getMemberByNo(no))
  return new Map(unique.map((no, i) => [no, found[i]]))
}
