import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { defineConfig, mergeConfig, type Plugin } from 'vite'
import web from './vite.web.config'

const APP_PAGE = resolve('src/renderer/index.html')

/**
 * The bench pages open with the app's own charset and Content-Security-Policy, copied from
 * index.html at build time: they measure the app under the policy it ships with, and the policy
 * is written in one place.
 */
function appHead(): Plugin {
  const csp = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(
    readFileSync(APP_PAGE, 'utf8')
  )?.[1]
  if (!csp) throw new Error(`${APP_PAGE}: no Content-Security-Policy meta to copy into the bench pages`)
  return {
    name: 'bench-app-head',
    transformIndexHtml: (_html, ctx) =>
      ctx.filename === APP_PAGE
        ? []
        : [
            { tag: 'meta', attrs: { charset: 'UTF-8' }, injectTo: 'head-prepend' },
            {
              tag: 'meta',
              attrs: { 'http-equiv': 'Content-Security-Policy', content: csp },
              injectTo: 'head-prepend'
            }
          ]
  }
}

// The web build plus the benchmark pages (bench.html, bench-raw.html). Only `npm run bench` builds
// it, into out/web-bench: the production app and its web build carry no benchmark code.
export default mergeConfig(
  web,
  defineConfig({
    plugins: [appHead()],
    build: {
      outDir: resolve(process.env.BENCH_OUT_DIR ?? 'out/web-bench'),
      rolldownOptions: {
        input: {
          index: APP_PAGE,
          bench: resolve('src/renderer/bench.html'),
          'bench-raw': resolve('src/renderer/bench-raw.html')
        }
      }
    },
    preview: { port: Number(process.env.BENCH_PORT ?? 4191), strictPort: true, host: '127.0.0.1' }
  })
)
