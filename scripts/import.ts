/**
 * `npm run import -- <file.json>`: imports a directory file into the SQLite database (UNION_DB, default
 * .data/union.db). All-or-nothing: a file with any bad row changes nothing and every bad row is listed.
 */
import { mkdirSync, readFileSync } from 'node:fs'
import { directoryFile } from '../types/directory'
import { fieldErrors } from '../types/zod'
import { importDirectory } from '../cloudfunctions/directory/importDirectory'
import { isFailure } from '../cloudfunctions/_lib/runtime/result'
import { openSqliteStore } from '../cloudfunctions/_lib/store/sqlite'
import { readHostConfig } from './host/config'

function printProblems(title: string, fields: Record<string, string>) {
  console.error(title)
  for (const [where, reason] of Object.entries(fields).slice(0, 200)) console.error(`  ${where}: ${reason}`)
  const more = Object.keys(fields).length - 200
  if (more > 0) console.error(`  … and ${more} more`)
}

export async function runImport(path: string, dbPath: string): Promise<number> {
  const started = Date.now()
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'))
  } catch (err) {
    console.error(`cannot read ${path}: ${err instanceof Error ? err.message : err}`)
    return 2
  }
  const parsed = directoryFile.safeParse(raw)
  if (!parsed.success) {
    printProblems('导入失败（未写入任何数据）：文件格式有误', fieldErrors(parsed.error))
    return 1
  }
  const store = openSqliteStore(dbPath)
  try {
    const result = await importDirectory(store, parsed.data, {
      onProgress: (done, total) => console.log(`  ${done.toLocaleString()} / ${total.toLocaleString()} rows`),
    })
    if (isFailure(result)) {
      printProblems(`导入失败（未写入任何数据）：${result.message}`, result.fields ?? {})
      return 1
    }
    const s = ((Date.now() - started) / 1000).toFixed(1)
    console.log(`imported ${result.orgs} orgs, ${result.enterprises} enterprises, ${result.officers} officers into ${dbPath} in ${s} s`)
    return 0
  } finally {
    await store.close()
  }
}

if (require.main === module) {
  const file = process.argv[2]
  if (!file) {
    console.error('usage: npm run import -- <file.json>')
    process.exit(2)
  }
  const { dbPath, dataDir } = readHostConfig()
  mkdirSync(dataDir, { recursive: true })
  runImport(file, dbPath).then((code) => process.exit(code))
}
