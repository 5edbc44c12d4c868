/**
 * The SDK serialises queries, updates and documents as canonical Extended JSON (bson's EJSON,
 * `relaxed: false`) and parses each returned document with EJSON.parse. The fake loads the very
 * `bson` copy that @cloudbase/database uses, so both ends of the wire agree byte for byte.
 */
import { createRequire } from 'node:module'

type BsonRegExp = { pattern: string; options: string }
type Bson = {
  EJSON: {
    parse(text: string, options?: { relaxed?: boolean }): unknown
    stringify(value: unknown, options?: { relaxed?: boolean }): string
  }
  BSONRegExp: new (pattern: string, options?: string) => BsonRegExp
}

const sdkRequire = createRequire(require.resolve('@cloudbase/database'))
const bson = sdkRequire('bson') as Bson

/** bson regex flags that JavaScript understands (`x` and `l` have no JS equivalent). */
const JS_FLAGS = new Set(['i', 'm', 's', 'u'])

function toNative(value: unknown): unknown {
  if (value instanceof bson.BSONRegExp) {
    const flags = [...value.options].filter((f) => JS_FLAGS.has(f)).join('')
    return new RegExp(value.pattern, flags)
  }
  if (Array.isArray(value)) return value.map(toNative)
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNative(v)]))
  }
  return value
}

/** Decodes one EJSON string from a request into plain JS (numbers, Dates, RegExps). */
export function decode<T = unknown>(text: unknown): T {
  if (typeof text !== 'string') return text as T
  return toNative(bson.EJSON.parse(text, { relaxed: true })) as T
}

/** Encodes a stored document the way the service returns list items: canonical EJSON. */
export function encode(value: unknown): string {
  return bson.EJSON.stringify(value, { relaxed: false })
}
