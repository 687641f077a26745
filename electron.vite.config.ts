import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import vue from '@vitejs/plugin-vue'
import pkg from './package.json' with { type: 'json' }

// Desktop build: main (ESM), preload (CommonJS .cjs, required by sandbox: true), renderer (Vue).
export default defineConfig({
  main: {
    resolve: { alias: { '@shared': resolve('src/shared') } }
  },
  preload: {
    resolve: { alias: { '@shared': resolve('src/shared') } },
    build: {
      rolldownOptions: {
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
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
  }
})
