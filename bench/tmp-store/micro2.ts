import Database from 'better-sqlite3'
import { migrate } from '../../cloudfunctions/_lib/store/sqlite'
const grams = Array.from('华宏盛达鑫源兴隆恒泰金丰瑞祥嘉禾永安博通天成新宇佳美')
for (const variant of ['json', 'single', 'json', 'single']) {
  const db = new Database(':memory:'); migrate(db)
  const one = db.prepare('INSERT OR IGNORE INTO enterprise_grams (gram, enterprise_id) VALUES (?, ?)')
  const many = db.prepare('INSERT OR IGNORE INTO enterprise_grams (gram, enterprise_id) SELECT value, ? FROM json_each(?)')
  const t = performance.now()
  db.transaction(() => {
    for (let r = 0; r < 100000; r++) {
      const id = `E${String(r).padStart(7, '0')}`
      const gs: string[] = []
      for (let j = 0; j < 14; j++) gs.push(grams[(r + j) % 25] + grams[(r * 7 + j * 3) % 25])
      if (variant === 'json') many.run(id, JSON.stringify(gs))
      else for (const g of gs) one.run(g, id)
    }
  })()
  console.log(variant, (performance.now() - t).toFixed(0), 'ms')
}
