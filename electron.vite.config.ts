import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import { renderer } from './vite.web.config'

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
  renderer
})
