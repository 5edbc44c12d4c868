/** Serves the H5 build. Unknown paths fall back to index.html (the app uses hash routing anyway). */
import { createReadStream, existsSync, statSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
}

export function serveStatic(root: string, pathname: string, req: IncomingMessage, res: ServerResponse) {
  const rel = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '')
  let file = join(root, rel)
  if (!file.startsWith(root + sep) && file !== root) file = join(root, 'index.html')
  if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html')
  if (!existsSync(file)) {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
    return res.end('H5 应用尚未构建：请先运行 npm run build:h5（或 npm start）')
  }
  const isHtml = file.endsWith('.html')
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    // Hashed assets can be cached for long; the HTML must be revalidated so a new build is picked up.
    'cache-control': isHtml ? 'no-cache' : 'public, max-age=31536000, immutable',
  })
  if (req.method === 'HEAD') return res.end()
  createReadStream(file).pipe(res)
}
