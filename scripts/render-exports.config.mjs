// `npm run render`, step 1: the vitest setup (aliases, fake IndexedDB) running only the script that
// builds every export from the demo ward (render-exports.run.ts). Not part of `npm test`.
import { defineConfig } from 'vitest/config'
import base from '../vitest.config'

export default defineConfig({
  ...base,
  test: { ...base.test, include: ['scripts/render-exports.run.ts'], testTimeout: 300000 }
})
