import Database from 'better-sqlite3'
import { migrate } from '../../cloudfunctions/_lib/store/sqlite'
import { rmSync } from 'node:fs'
const grams = Array.from('华宏盛达鑫源兴隆恒泰金丰瑞祥嘉禾永安博通天成新宇佳美明辉春秋江南海洋星光远东')
for (const cache of [-2000, -65536, -2000, -65536]) {
  rmSync('/tmp/m3.db', { force: true }); rmSync('/tmp/m3.db-wal', { force: true }); rmSync('/tmp/m3.db-shm', { force: true })
  const db = new Database('/tmp/m3.db'); db.pragma('journal_mode = WAL'); db.pragma('synchronous = NORMAL'); db.pragma(`cache_size = ${cache}`); migrate(db)
  const many = db.prepare('INSERT OR IGNORE INTO enterprise_grams (gram, enterprise_id) SELECT value, ? FROM json_each(?)')
  const t = performance.now()
  db.transaction(() => {
    for (let r = 0; r < 100000; r++) {
      const id = `E${String(r).padStart(7, '0')}`
      const gs: string[] = []
      for (let j = 0; j < 14; j++) gs.push(grams[(r * 13 + j * 5) % 40] + grams[(r * 7 + j * 3) % 40])
      many.run(id, JSON.stringify(gs))
    }
  })()
  console.log('cache', cache, (performance.now() - t).toFixed(0), 'ms')
  db.close()
}
