/**
 * Turns a valid example into hostile request bodies: dropped fields, swapped types, 100 KB+ strings, unicode
 * traps, unknown and prototype keys, arrays for objects, deep nesting, numbers as strings; plus raw junk bodies.
 * Every draw comes from the seeded PRNG, so a seed replays the same bodies.
 */
import type { Random } from '../../../scripts/lib/random'
import { leaves, sample, type Leaf, type Schema } from './schema'

type Json = unknown
type Obj = Record<string, Json>

const UNICODE = [
  '\u202e', '\u200f', '\u200b', '\ufeff', '\u0000', '👷‍♀️', '🇨🇳', '\ud800', '\udfff', 'e\u0301\u0301', '１３８１２３４５６７８',
  '\u3000', '\r\n\t', '<script>alert(1)</script>', "' OR 1=1 --", '../../etc/passwd', '%00%ff', 'مرحبا', '\u2028\u2029', '𠀀𪚥',
]
const ODD_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'action', '$where', 'a.b', '']
const SCALARS: Json[] = [
  null, true, false, 0, -1, 1.5, -0, 1e308, 2 ** 53 + 1, 1e-7, 100_001, '', ' ', '5', '1e3', 'true', 'null', '[]', '{}',
]
const ACTIONS_JUNK: Json[] = ['', 'Submit', ' get', '__proto__', 'constructor', 'toString', 'hasOwnProperty', ['get'], { a: 1 }, 1, null]

/** A marker replaced by deep nesting after serialisation (JSON.stringify itself would recurse that deep). */
const DEEP = (n: number) => `@@DEEP${n}@@`
const DEEP_RE = /"@@DEEP(\d+)@@"/g

/** Sets a property as an own, enumerable data property: `o['__proto__'] = v` would change the prototype instead. */
export function put(o: Obj, key: string, value: Json) {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true })
}

function bigString(rnd: Random): string {
  const chunk = rnd.pick(['a', '工', '👷', 'ab\u0000', '\u202e中文', 'x'.repeat(7) + '1'])
  const target = rnd.chance(0.05) ? rnd.int(500_000, 1_000_000) : rnd.int(100_000, 150_000)
  return chunk.repeat(Math.ceil(target / chunk.length))
}

function weirdString(rnd: Random, base = ''): string {
  const u = rnd.pick(UNICODE)
  const at = rnd.int(0, base.length)
  return rnd.chance(0.5) ? base.slice(0, at) + u + base.slice(at) : u.repeat(rnd.int(1, 40))
}

function wrongValue(rnd: Random, leaf?: Leaf, current?: Json): Json {
  const r = rnd.int(0, 9)
  if (r === 0) return [current ?? 'x']
  if (r === 1) return { value: current ?? 1 }
  if (r === 2 && typeof current === 'number') return String(current)
  if (r === 3 && typeof current === 'string' && /^\d+$/.test(current)) return Number(current)
  if (r === 4 && leaf?.enumValues) return String(rnd.pick(leaf.enumValues)).toUpperCase()
  if (r === 5 && leaf?.max !== undefined) {
    const len = leaf.max + rnd.int(0, 1)
    // One past the limit; ASCII when the limit is megabytes (the host cuts bodies over 12 MB at the transport).
    // An inflated first element is not repeated: thousands of 100 KB+ strings would not even serialise.
    const first = Array.isArray(current) ? current[0] : undefined
    const element = typeof first === 'string' && first.length > 1000 ? 'x' : first || 'x'
    return leaf.kind === 'array' ? Array.from({ length: len }, () => element) : (len > 1e6 ? 'A' : '字').repeat(len)
  }
  return rnd.pick(SCALARS)
}

/** The containers and keys a leaf path names in `root` (a `*` segment picks an existing element). */
function locate(root: Json, path: string[], rnd: Random): { parent: Obj; key: string } | null {
  let node = root
  for (let i = 0; i < path.length - 1; i++) {
    const seg = path[i]
    if (seg === '*') {
      if (!Array.isArray(node) || node.length === 0) return null
      node = node[rnd.int(0, node.length - 1)]
    } else {
      if (!node || typeof node !== 'object' || Array.isArray(node)) return null
      node = (node as Obj)[seg]
    }
  }
  if (!node || typeof node !== 'object') return null
  const last = path[path.length - 1]
  if (last === '*') return Array.isArray(node) && node.length ? { parent: node as unknown as Obj, key: String(rnd.int(0, node.length - 1)) } : null
  return Array.isArray(node) ? null : { parent: node as Obj, key: last }
}

const MUTATIONS: Record<string, (body: Obj, fields: Leaf[], rnd: Random) => void> = {
  drop(body, fields, rnd) {
    const at = fields.length && locate(body, rnd.pick(fields).path, rnd)
    if (at) delete at.parent[at.key]
  },
  swapType(body, fields, rnd) {
    const leaf = fields.length ? rnd.pick(fields) : undefined
    const at = leaf ? locate(body, leaf.path, rnd) : null
    if (at) put(at.parent, at.key, wrongValue(rnd, leaf, at.parent[at.key]))
  },
  inflate(body, fields, rnd) {
    const strings = fields.filter((f) => f.kind === 'string')
    const at = strings.length ? locate(body, rnd.pick(strings).path, rnd) : null
    put(at ? at.parent : body, at ? at.key : 'filler', bigString(rnd))
  },
  unicode(body, fields, rnd) {
    const strings = fields.filter((f) => f.kind === 'string' || f.kind === 'enum')
    const at = strings.length ? locate(body, rnd.pick(strings).path, rnd) : null
    if (at) put(at.parent, at.key, weirdString(rnd, String(at.parent[at.key] ?? '')))
  },
  unknownKey(body, fields, rnd) {
    const objects = fields.filter((f) => f.kind === 'object')
    const at = objects.length && rnd.chance(0.4) ? locate(body, rnd.pick(objects).path, rnd) : null
    const target = at && at.parent[at.key] && typeof at.parent[at.key] === 'object' ? (at.parent[at.key] as Obj) : body
    let key = rnd.chance(0.7) ? rnd.pick(ODD_KEYS) : `extra${rnd.int(0, 99)}`
    if (key === 'action' && target === body) key = 'actions' // the action name has its own junk draws
    put(target, key, rnd.pick<Json>([{ polluted: 'yes', isAdmin: true }, 'polluted', 1, null, [], { toString: 'x' }]))
  },
  arrayForObject(body, fields, rnd) {
    const objects = fields.filter((f) => f.kind === 'object' || f.kind === 'array')
    const at = objects.length ? locate(body, rnd.pick(objects).path, rnd) : null
    if (at) put(at.parent, at.key, Array.isArray(at.parent[at.key]) ? { 0: at.parent[at.key] } : [at.parent[at.key]])
    else put(body, rnd.pick(['contact', 'data', 'consents', 'accepted']), [1, 2, 3])
  },
  deepNest(body, fields, rnd) {
    const at = fields.length ? locate(body, rnd.pick(fields).path, rnd) : null
    put(at ? at.parent : body, at ? at.key : 'nest', DEEP(rnd.chance(0.1) ? rnd.int(10_000, 100_000) : rnd.int(500, 5_000)))
  },
  boundary(body, fields, rnd) {
    const at = fields.length ? locate(body, rnd.pick(fields).path, rnd) : null
    if (!at) return
    const cur = at.parent[at.key]
    // Repeats stay under 2 MB: the host cuts bodies over 12 MB at the transport (reported separately).
    const repeat = () => (typeof cur === 'string' && cur.length < 50_000 ? cur.repeat(rnd.int(2, 40)) : String(cur) + String(cur))
    if (typeof cur === 'string') put(at.parent, at.key, rnd.pick(['', '   ', cur.trim() + ' '.repeat(rnd.int(1, 3)), repeat(), cur.slice(0, -1)]))
    else if (typeof cur === 'number') put(at.parent, at.key, rnd.pick([cur - 1, cur + 1, 0, -cur, cur + 0.5, 100_000, 100_001]))
    else put(at.parent, at.key, wrongValue(rnd))
  },
}
export const MUTATION_NAMES = Object.keys(MUTATIONS)
/** The big bodies (inflate, deepNest) at half the weight of the others: they cost most of the run's time. */
const DRAWS = [...MUTATION_NAMES, ...MUTATION_NAMES.filter((m) => m !== 'inflate' && m !== 'deepNest')]

function rawJunk(rnd: Random, action: string): { text: string; label: string } {
  const kind = rnd.int(0, 11)
  const valid = JSON.stringify({ action })
  const texts = [
    '', '{oops', 'null', '[]', '"text"', '123', 'true', `[${valid}]`, `\ufeff${valid}`,
    `{"action":"${action}","action":"${action}x"}`, valid.slice(0, rnd.int(1, valid.length - 1)),
  ]
  if (kind < texts.length) return { text: texts[kind], label: `raw:${kind}` }
  const n = rnd.int(10_000, 50_000)
  return { text: `{"action":"${action}","x":${'['.repeat(n)}${']'.repeat(n)}}`, label: 'raw:deep' }
}

export type FuzzBody = { text: string; label: string }

/**
 * One request body for `action`: mostly the example (or a fresh schema sample) with one to three mutations;
 * sometimes the example untouched, a junk `action`, or a raw non-object body.
 */
export function fuzzBody(action: string, example: Obj, schema: Schema, rnd: Random): FuzzBody {
  for (;;) {
    const body = draw(action, example, schema, rnd)
    // The host refuses bodies over 12 MB at the transport (a reset, no envelope): those are not inputs to an action.
    if (body.text.length <= MAX_BODY_CHARS && Buffer.byteLength(body.text) <= MAX_BODY_CHARS) return body
  }
}
const MAX_BODY_CHARS = 11 * 1024 * 1024

function draw(action: string, example: Obj, schema: Schema, rnd: Random): FuzzBody {
  const roll = rnd.next()
  if (roll < 0.05) return rawJunk(rnd, action)
  const fresh = roll < 0.13
  const body = JSON.parse(JSON.stringify(fresh ? { ...(sample(schema, rnd) as Obj) } : example)) as Obj
  const labels: string[] = [fresh ? 'sample' : 'example']
  if (roll >= 0.13 && roll < 0.16) {
    labels.push('junkAction')
    put(body, 'action', rnd.pick(ACTIONS_JUNK))
  } else put(body, 'action', action)
  const fields = leaves(schema)
  const n = roll >= 0.16 && roll < 0.21 ? 0 : rnd.int(1, 3)
  for (let i = 0; i < n; i++) {
    const name = rnd.pick(DRAWS)
    labels.push(name)
    MUTATIONS[name](body, fields, rnd)
  }
  const json = JSON.stringify(body)
  const text = labels.includes('deepNest') ? json.replace(DEEP_RE, (_, d: string) => '['.repeat(Number(d)) + ']'.repeat(Number(d))) : json
  return { text, label: labels.join('+') }
}
