// Fails when the weapp main package (everything outside subpackage roots) exceeds the budget in bytes.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

const budget = Number(process.argv[2] ?? 614400)
const root = 'dist/weapp'
const app = JSON.parse(readFileSync(join(root, 'app.json'), 'utf8'))
const subRoots = (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/$/, ''))
let main = 0
let sub = 0
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name)
    const st = statSync(p)
    if (st.isDirectory()) walk(p)
    else if (subRoots.some((r) => relative(root, p).startsWith(`${r}/`))) sub += st.size
    else main += st.size
  }
}
walk(root)
console.log(`weapp main package ${(main / 1024).toFixed(1)} KB (budget ${(budget / 1024).toFixed(0)} KB), subpackages ${(sub / 1024).toFixed(1)} KB`)
if (main > budget) {
  console.error('weapp main package over budget')
  process.exit(1)
}
