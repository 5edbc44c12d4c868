import type { Page } from '../port'

/** Every list clamps its page size to 1..100 (the port's rule, shared with CloudBase). */
export function clampLimit(limit: number): number {
  return Math.min(100, Math.max(1, Math.floor(limit) || 1))
}

/** `next` is the last item's key when a full page came back, else null (no more items). */
export function pageOf<T>(items: T[], limit: number, key: (item: T) => string): Page<T> {
  return { items, next: items.length === limit && items.length > 0 ? key(items[items.length - 1]) : null }
}
