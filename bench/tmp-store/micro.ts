import Database from 'better-sqlite3'
import { migrate } from '../../cloudfunctions/_lib/store/sqlite'
const db = new Database(':memory:'); migrate(db)
const N = 1_400_000
const ins = db.prepare('INSERT OR IGNORE INTO enterprise_grams (gram, enterprise_id) VALUES (?, ?)')
const grams = Array.from('华宏盛达鑫源兴隆恒泰金丰瑞祥嘉禾永安博通天成新宇佳美')
let t = performance.now()
db.transaction(() => { for (let i = 0; i < N; i++) ins.run(grams[i % 25] + grams[(i * 7) % 25], `E${String(Math.floor(i / 14)).padStart(7, '0')}`) })()
console.log('1.4M gram inserts', (performance.now() - t).toFixed(0), 'ms')
const e = db.prepare("INSERT INTO enterprises (id,name,credit_code,town_id,union_id,joint_union_id,staff,industry) VALUES (@id,@name,@credit_code,@town_id,@union_id,@joint_union_id,@staff,@industry) ON CONFLICT(id) DO UPDATE SET name=excluded.name")
const g1 = db.prepare('SELECT name FROM enterprises WHERE id = ?'); const g2 = db.prepare('SELECT id, name FROM enterprises WHERE credit_code = ?')
t = performance.now()
db.transaction(() => { for (let i = 0; i < 100000; i++) { g1.get(`E${i}`); g2.get(`C${i * 7919 % 100003}`); e.run({ id: `E${String(i).padStart(7, '0')}`, name: '义乌华宏盛达织造有限公司', credit_code: `C${(i * 7919) % 100003}`, town_id: 'T1', union_id: null, joint_union_id: null, staff: 1, industry: null }) } })()
console.log('100k enterprise rows (2 gets + upsert)', (performance.now() - t).toFixed(0), 'ms')
t = performance.now()
let k = 0; for (let i = 0; i < 100000; i++) { const c = Array.from('义乌华宏盛达鑫源织造有限公司'.toLowerCase()); const s = new Set<string>(); for (let j = 0; j + 1 < c.length; j++) s.add(c[j] + c[j + 1]); k += s.size }
console.log('100k bigram computations', (performance.now() - t).toFixed(0), 'ms', k)
