/**
 * Reads an action's real zod/mini schema (its `_zod.def` tree) to draw plausible inputs and to list the fields a
 * mutation can aim at. Only the shapes our schemas use are understood; anything else samples as `undefined`.
 */
import type { Random } from '../../../scripts/lib/random'

type Def = {
  type: string
  shape?: Record<string, Schema>
  innerType?: Schema
  element?: Schema
  in?: Schema
  options?: Schema[]
  entries?: Record<string, string | number>
  values?: unknown[]
  checks?: { _zod: { def: CheckDef } }[]
}
type CheckDef = { check: string; minimum?: number; maximum?: number; length?: number; value?: number; inclusive?: boolean; pattern?: RegExp }
export type Schema = { _zod: { def: Def } }

export type Leaf = { path: string[]; kind: 'string' | 'number' | 'boolean' | 'enum' | 'literal' | 'array' | 'object' | 'other'; max?: number; enumValues?: unknown[] }

const checksOf = (def: Def) => (def.checks ?? []).map((c) => c._zod.def)

function lengthBounds(def: Def): { min: number; max: number; pattern?: RegExp } {
  let min = 0
  let max = Infinity
  let pattern: RegExp | undefined
  for (const c of checksOf(def)) {
    if (c.check === 'min_length') min = Math.max(min, c.minimum ?? 0)
    if (c.check === 'max_length') max = Math.min(max, c.maximum ?? Infinity)
    if (c.check === 'length_equals') min = max = c.length ?? min
    if (c.check === 'string_format' && c.pattern) pattern = c.pattern
  }
  return { min, max, pattern }
}

const CLASS_ESCAPES: Record<string, string> = { d: '0123456789', w: 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_' }

function expandClass(body: string): string {
  let out = ''
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\' && CLASS_ESCAPES[body[i + 1]]) out += CLASS_ESCAPES[body[++i]]
    else if (body[i + 1] === '-' && i + 2 < body.length) {
      for (let c = body.charCodeAt(i); c <= body.charCodeAt(i + 2); c++) out += String.fromCharCode(c)
      i += 2
    } else out += body[i]
  }
  return out
}

/** A string matching a simple anchored pattern (classes, `\d`, literals, `{m,n}` `+` `*` `?`); null if not simple. */
export function sampleRegex(pattern: RegExp, rnd: Random): string | null {
  const src = pattern.source.replace(/^\^/, '').replace(/\$$/, '')
  let out = ''
  let i = 0
  while (i < src.length) {
    let chars: string
    if (src[i] === '[') {
      const end = src.indexOf(']', i)
      if (end < 0 || src[i + 1] === '^') return null
      chars = expandClass(src.slice(i + 1, end))
      i = end + 1
    } else if (src[i] === '\\') {
      chars = CLASS_ESCAPES[src[i + 1]] ?? src[i + 1]
      i += 2
    } else if ('()|.'.includes(src[i])) return null
    else chars = src[i++]
    let [lo, hi] = [1, 1]
    const q = /^(\{(\d+)(,(\d*))?\}|\+|\*|\?)/.exec(src.slice(i))
    if (q) {
      i += q[0].length
      if (q[0] === '+') [lo, hi] = [1, 12]
      else if (q[0] === '*') [lo, hi] = [0, 12]
      else if (q[0] === '?') [lo, hi] = [0, 1]
      else [lo, hi] = [Number(q[2]), q[3] ? (q[4] ? Number(q[4]) : Number(q[2]) + 12) : Number(q[2])]
    }
    const n = rnd.int(lo, Math.min(hi, lo + 16))
    for (let k = 0; k < n; k++) out += chars[rnd.int(0, chars.length - 1)]
  }
  return out
}

const WORDS = '职工反映单位拖欠工资加班没有报酬合同社保工伤安全请工会帮助协调处理谢谢'

function sampleString(def: Def, rnd: Random): string {
  const { min, max, pattern } = lengthBounds(def)
  const fromPattern = pattern ? sampleRegex(pattern, rnd) : null
  if (fromPattern !== null) return fromPattern
  const len = Math.min(max, Math.max(min, rnd.int(min, min + 20)))
  let s = ''
  while (s.length < len) s += WORDS[rnd.int(0, WORDS.length - 1)]
  return s
}

function sampleNumber(def: Def, rnd: Random): number {
  let lo = 0
  let hi = 1000
  for (const c of checksOf(def)) {
    if (c.check === 'greater_than') lo = (c.value ?? lo) + (c.inclusive ? 0 : 1)
    if (c.check === 'less_than') hi = (c.value ?? hi) - (c.inclusive ? 0 : 1)
  }
  return rnd.int(lo, Math.max(lo, Math.min(hi, lo + 1000)))
}

/** A value the schema would probably accept (format refinements such as check digits aside). */
export function sample(schema: Schema, rnd: Random, depth = 0): unknown {
  const def = schema._zod.def
  switch (def.type) {
    case 'object': {
      const out: Record<string, unknown> = {}
      for (const [key, field] of Object.entries(def.shape ?? {})) {
        const t = field._zod.def.type
        if ((t === 'optional' || t === 'default') && rnd.chance(0.5)) continue
        const v = sample(field, rnd, depth + 1)
        if (v !== undefined) out[key] = v
      }
      return out
    }
    case 'string': return sampleString(def, rnd)
    case 'number': return sampleNumber(def, rnd)
    case 'boolean': return rnd.chance(0.5)
    case 'enum': return rnd.pick(Object.values(def.entries ?? {}))
    case 'literal': return rnd.pick(def.values ?? [])
    case 'array': {
      const { max } = lengthBounds(def)
      return depth > 4 ? [] : Array.from({ length: rnd.int(0, Math.min(2, max)) }, () => sample(def.element!, rnd, depth + 1))
    }
    case 'nullable': return rnd.chance(0.2) ? null : sample(def.innerType!, rnd, depth)
    case 'optional': case 'default': case 'prefault': case 'readonly': case 'catch':
      return sample(def.innerType!, rnd, depth)
    case 'pipe': return sample(def.in!, rnd, depth)
    case 'union': return sample(rnd.pick(def.options ?? []), rnd, depth)
    default: return undefined
  }
}

/** Every field of an object schema (nested objects and array elements, `*` for an element), for aimed mutations. */
export function leaves(schema: Schema, path: string[] = []): Leaf[] {
  const def = schema._zod.def
  const wrap = ['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch']
  if (wrap.includes(def.type)) return leaves(def.innerType!, path)
  if (def.type === 'pipe') return leaves(def.in!, path)
  const here: Leaf[] = path.length ? [leafOf(def, path)] : []
  if (def.type === 'object') return [...here, ...Object.entries(def.shape ?? {}).flatMap(([k, s]) => leaves(s, [...path, k]))]
  if (def.type === 'array') return [...here, ...leaves(def.element!, [...path, '*'])]
  return here
}

function leafOf(def: Def, path: string[]): Leaf {
  const max = lengthBounds(def).max
  switch (def.type) {
    case 'string': return { path, kind: 'string', max: Number.isFinite(max) ? max : undefined }
    case 'number': return { path, kind: 'number' }
    case 'boolean': return { path, kind: 'boolean' }
    case 'enum': return { path, kind: 'enum', enumValues: Object.values(def.entries ?? {}) }
    case 'literal': return { path, kind: 'literal', enumValues: def.values }
    case 'array': return { path, kind: 'array', max: Number.isFinite(max) ? max : undefined }
    case 'object': return { path, kind: 'object' }
    default: return { path, kind: 'other' }
  }
}

/** The example plus a sample for every required top-level field it lacks (an input that grew a field still parses). */
export function withRequired(schema: Schema, example: Record<string, unknown>, rnd: Random): Record<string, unknown> {
  const def = schema._zod.def
  const shape = def.type === 'object' ? def.shape : def.type === 'pipe' && def.in ? def.in._zod.def.shape : undefined
  const out = { ...example }
  for (const [key, field] of Object.entries(shape ?? {})) {
    if (key in out || ['optional', 'default', 'prefault'].includes(field._zod.def.type)) continue
    const v = sample(field, rnd)
    if (v !== undefined) out[key] = v
  }
  return out
}
