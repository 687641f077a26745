import { resolve } from 'node:path'
import { defineConfig, type UserConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import pkg from './package.json' with { type: 'json' }

/** How the renderer is built, in the desktop app (electron.vite.config.ts) and the web app alike. */
export const renderer = {
  resolve: {
    alias: {
      '@renderer': resolve('src/renderer/src'),
      '@shared': resolve('src/shared')
    }
  },
  plugins: [vue()],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  // Spreadsheets are read in a module worker (excel/import/readOffThread.ts), which splits chunks.
  worker: { format: 'es' }
} satisfies UserConfig

// The same renderer built as a plain web app: used without Electron, by e2e tests and the benchmark.
export default defineConfig({
  ...renderer,
  root: resolve('src/renderer'),
  base: './',
  build: {
    // WEB_OUT_DIR lets several builds (e.g. parallel e2e runs) live side by side.
    outDir: resolve(process.env.WEB_OUT_DIR ?? 'out/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000
  },
  preview: { port: Number(process.env.E2E_PORT ?? 4173), strictPort: true, host: '127.0.0.1' }
})
