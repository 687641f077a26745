#!/usr/bin/env node
// Draws the app icon (resources/icon.png, 512×512): a red rounded square with a yellow five-pointed
// star, like the national flag. Uses only node:zlib; anti-aliased by 4×4 supersampling.
// Usage: node scripts/make-icon.mjs [output.png] [size]
import { writeFileSync, mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { deflateSync } from 'node:zlib'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const output = resolve(process.argv[2] ?? resolve(root, 'resources/icon.png'))
const size = Number(process.argv[3] ?? 512)

const RED = [218, 37, 29]
const YELLOW = [255, 255, 0]
const SAMPLES = 4

// Star: centre, outer and inner radius (regular pentagram ratio), first point straight up.
const cx = size / 2
const cy = size / 2 + size * 0.02
const outer = size * 0.36
const inner = outer * 0.381966
const star = Array.from({ length: 10 }, (_, i) => {
  const r = i % 2 === 0 ? outer : inner
  const a = -Math.PI / 2 + (i * Math.PI) / 5
  return [cx + r * Math.cos(a), cy + r * Math.sin(a)]
})

function inStar(x, y) {
  let inside = false
  for (let i = 0, j = star.length - 1; i < star.length; j = i++) {
    const [xi, yi] = star[i]
    const [xj, yj] = star[j]
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}

const radius = size * 0.18 // rounded corners
function inRoundedSquare(x, y) {
  const dx = Math.max(radius - x, 0, x - (size - radius))
  const dy = Math.max(radius - y, 0, y - (size - radius))
  return dx * dx + dy * dy <= radius * radius
}

const stride = size * 4 + 1
const raw = Buffer.alloc(stride * size)
for (let y = 0; y < size; y++) {
  raw[y * stride] = 0 // filter: none
  for (let x = 0; x < size; x++) {
    let cover = 0
    let yellow = 0
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const px = x + (sx + 0.5) / SAMPLES
        const py = y + (sy + 0.5) / SAMPLES
        if (!inRoundedSquare(px, py)) continue
        cover++
        if (inStar(px, py)) yellow++
      }
    }
    const offset = y * stride + 1 + x * 4
    const t = cover === 0 ? 0 : yellow / cover
    for (let c = 0; c < 3; c++) raw[offset + c] = Math.round(RED[c] * (1 - t) + YELLOW[c] * t)
    raw[offset + 3] = Math.round((255 * cover) / (SAMPLES * SAMPLES))
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
function crc32(bytes) {
  let c = 0xffffffff
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
function chunk(type, data) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

const header = Buffer.alloc(13)
header.writeUInt32BE(size, 0)
header.writeUInt32BE(size, 4)
header[8] = 8 // bit depth
header[9] = 6 // colour type: RGBA
header[10] = 0 // compression
header[11] = 0 // filter
header[12] = 0 // interlace

const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0))
])
mkdirSync(dirname(output), { recursive: true })
writeFileSync(output, png)
console.log(`Wrote ${output} (${size}×${size}, ${png.length} bytes)`)
