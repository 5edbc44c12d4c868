// Draws the tab bar icons (81×81 PNG, grey and brand red) without image tools or downloads:
// shapes are point-in-shape tests, 4×4 supersampled. Run: node src/assets/tabbar/make-icons.mjs
import { writeFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const SIZE = 81
const COLORS = { '': [0x66, 0x66, 0x66], '-active': [0xc8, 0x16, 0x1d] }

const inRect = (x, y, x0, y0, x1, y1) => x >= x0 && x <= x1 && y >= y0 && y <= y1
const inCircle = (x, y, cx, cy, r) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r
const inTriangle = (x, y, ax, ay, bx, by, cx, cy) => {
  const s = (px, py, qx, qy, rx, ry) => (px - rx) * (qy - ry) - (qx - rx) * (py - ry)
  const d1 = s(x, y, ax, ay, bx, by), d2 = s(x, y, bx, by, cx, cy), d3 = s(x, y, cx, cy, ax, ay)
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0))
}

const SHAPES = {
  // A house: roof, walls, and a door cut out.
  home: (x, y) =>
    (inTriangle(x, y, 40.5, 8, 6, 38, 75, 38) || inRect(x, y, 15, 36, 66, 72)) && !inRect(x, y, 34, 50, 47, 72),
  // A form: a sheet with three lines cut out.
  cases: (x, y) =>
    inRect(x, y, 14, 8, 67, 74) && !inRect(x, y, 23, 22, 58, 27) && !inRect(x, y, 23, 36, 58, 41) && !inRect(x, y, 23, 50, 46, 55),
  // A person: head and shoulders.
  me: (x, y) => inCircle(x, y, 40.5, 24, 14) || (y >= 46 && y <= 74 && ((x - 40.5) / 30) ** 2 + ((y - 74) / 28) ** 2 <= 1),
}

function png(pixels) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (buf) => {
    let c = 0xffffffff
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4)
    len.writeUInt32BE(data.length)
    const body = Buffer.concat([Buffer.from(type), data])
    const sum = Buffer.alloc(4)
    sum.writeUInt32BE(crc(body))
    return Buffer.concat([len, body, sum])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(SIZE, 0)
  header.writeUInt32BE(SIZE, 4)
  header.set([8, 6, 0, 0, 0], 8) // 8-bit RGBA
  const rows = Buffer.alloc(SIZE * (SIZE * 4 + 1))
  for (let y = 0; y < SIZE; y++) pixels.copy(rows, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const here = dirname(fileURLToPath(import.meta.url))
for (const [name, inside] of Object.entries(SHAPES)) {
  for (const [suffix, [r, g, b]] of Object.entries(COLORS)) {
    const pixels = Buffer.alloc(SIZE * SIZE * 4)
    for (let y = 0; y < SIZE; y++) {
      for (let x = 0; x < SIZE; x++) {
        let hits = 0
        for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) if (inside(x + (sx + 0.5) / 4, y + (sy + 0.5) / 4)) hits++
        pixels.set([r, g, b, Math.round((hits / 16) * 255)], (y * SIZE + x) * 4)
      }
    }
    writeFileSync(join(here, `${name}${suffix}.png`), png(pixels))
  }
}
