/**
 * Shared zod helpers, and the one place that sets Chinese messages (importing this module configures them).
 * Schema files use `import * as z from 'zod/mini'` directly and never re-export that namespace: a re-exported
 * namespace defeats tree-shaking, and bundles then carry all of zod/mini with its 64 locales (~420 KB) instead
 * of ~17 KB (measured: docs/benchmarks.md, cold start). Only the zh-CN locale is imported.
 */
import * as z from 'zod/mini'
import { zhCN } from 'zod/v4/locales'

z.config(zhCN())

/** Flattens zod issues into `{ "a.b": "中文说明" }`, first message per path. */
export function fieldErrors(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): Record<string, string> {
  const out: Record<string, string> = {}
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_'
    if (!(key in out)) out[key] = issue.message
  }
  return out
}

/** A trimmed, non-empty string with a Chinese label in its messages. */
export function text(label: string, max: number) {
  return z.string({ error: `请填写${label}` }).check(
    z.trim(),
    z.minLength(1, `请填写${label}`),
    z.maxLength(max, `${label}不能超过 ${max} 个字`),
  )
}

/** Keyset pagination input shared by every list action. */
export const pageInput = {
  after: z.optional(z.string().check(z.maxLength(200))),
  limit: z.optional(z.int().check(z.gte(1, '每页至少 1 条'), z.lte(100, '每页最多 100 条'))),
}

export type Page<T> = { items: T[]; next: string | null }
