#!/usr/bin/env node
// `npm run render`: every export of the app, built from the demo ward, rendered as it prints.
//   1. vitest runs scripts/render-exports.run.ts: the demo ward in a fresh in-memory database, the
//      feature code's own exports saved as .xlsx into out/exports/;
//   2. LibreOffice (headless) converts each to PDF, pdftoppm each page to PNG (DPI, default 60).
// `npm run render -- --docs` also copies page 1 of each export, small, into docs/exports/ (README).
// Needs: apt-get install -y libreoffice-calc poppler-utils fonts-liberation
// (Liberation Serif stands in for Times New Roman, metric-compatible).
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'

const out = resolve(process.env.RENDER_OUT ?? 'out/exports')
const dpi = process.env.DPI ?? '60'
const docs = process.argv.includes('--docs')

rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })
execFileSync('npx', ['vitest', 'run', '--config', 'scripts/render-exports.config.mjs'], {
  stdio: 'inherit',
  env: { ...process.env, RENDER_OUT: out }
})

const files = readFileSync(join(out, 'files.txt'), 'utf8').split('\n').filter(Boolean)
// A throw-away LibreOffice profile: no clash with a running instance, no state left behind.
const profile = mkdtempSync(join(tmpdir(), 'lo-'))
try {
  execFileSync(
    'libreoffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      out,
      ...files.map((f) => join(out, f))
    ],
    { stdio: 'ignore' }
  )
} finally {
  rmSync(profile, { recursive: true, force: true })
}
if (docs) mkdirSync('docs/exports', { recursive: true })
for (const file of files) {
  const base = basename(file, '.xlsx')
  execFileSync('pdftoppm', ['-png', '-r', dpi, join(out, `${base}.pdf`), join(out, base)])
  const pages = readdirSync(out).filter((f) => f.startsWith(base + '-') && f.endsWith('.png'))
  console.log(`${file}: ${pages.length} trang`)
  if (docs) {
    const small = join(out, `small-${base}`)
    const page1 = ['-f', '1', '-l', '1', '-singlefile']
    execFileSync('pdftoppm', ['-png', '-r', '50', ...page1, join(out, `${base}.pdf`), small])
    copyFileSync(`${small}.png`, join('docs/exports', `${base.slice(0, 4)}.png`))
  }
}
console.log(`Các tệp và trang PNG: ${out}`)
