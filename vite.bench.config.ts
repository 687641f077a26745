import { resolve } from 'node:path'
import { defineConfig, mergeConfig } from 'vite'
import web from './vite.web.config'

// The web build plus the benchmark page (bench.html). Only `npm run bench` builds it, into
// out/web-bench: the production app and its web build carry no benchmark code.
export default mergeConfig(
  web,
  defineConfig({
    build: {
      outDir: resolve(process.env.BENCH_OUT_DIR ?? 'out/web-bench'),
      rolldownOptions: {
        input: {
          index: resolve('src/renderer/index.html'),
          bench: resolve('src/renderer/bench.html'),
          'bench-raw': resolve('src/renderer/bench-raw.html')
        }
      }
    },
    preview: { port: Number(process.env.BENCH_PORT ?? 4191), strictPort: true, host: '127.0.0.1' }
  })
)
