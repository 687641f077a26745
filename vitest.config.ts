import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

// One run for everything. Tests default to Node (domain, db via fake-indexeddb, excel, main process);
// component tests opt in to a DOM with a `// @vitest-environment jsdom` docblock.
export default defineConfig({
  plugins: [vue()],
  resolve: {
    alias: {
      '@renderer': resolve('src/renderer/src'),
      '@shared': resolve('src/shared')
    }
  },
  test: {
    globals: true,
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/renderer/src/test/setup.ts'],
    testTimeout: 30000
  }
})
