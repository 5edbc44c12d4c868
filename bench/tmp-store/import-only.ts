import Database from 'better-sqlite3'
import { openSqliteStore } from '../../cloudfunctions/_lib/store/sqlite'
import { creditCodeCheckChar } from '../../types/credit-code'
const WORDS = Array.from('华宏盛达鑫源兴隆恒泰金丰瑞祥嘉禾永安博通天成新宇佳美明辉春秋江南海洋星光远东福寿吉利鸿运腾飞振兴东方红日月光伟业德胜')
let seed = 42
const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n)
const ALPHA = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const code = (i: number) => { let n = i, b = ''; for (let k = 0; k < 9; k++) { b = ALPHA[n % 31] + b; n = Math.floor(n / 31) } const f = `91330782${b}`; return f + creditCodeCheckChar(f) }
const N = 100_000
const ents = Array.from({ length: N }, (_, i) => { let m = ''; for (let w = 0; w < 2 + rnd(3); w++) m += WORDS[rnd(WORDS.length)] + WORDS[rnd(WORDS.length)]; return { id: `E${String(i).padStart(7, '0')}`, name: `义乌${m}织造有限公司`, creditCode: code(i), townId: 'T1', unionId: null, jointUnionId: null, staff: 1, industry: null } })
const store = openSqliteStore(process.argv[2] ?? ':memory:')
const t = performance.now()
store.directory.upsertBatch({ orgs: [], enterprises: ents, officers: [] }).then(() => { console.log(`${(performance.now() - t).toFixed(0)} ms`); void Database })
