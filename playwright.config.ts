import { existsSync } from 'node:fs'
import { defineConfig } from '@playwright/test'

// E2E runs the web build in Debian's Chromium (`npx playwright install` cannot download here).
// CHROMIUM_PATH overrides the executable. The Electron project launches the built desktop app where
// the Electron binary exists and is skipped, with the reason printed, where it does not.
// Elsewhere (no /usr/bin/chromium) Playwright's own browser is used: `npx playwright install chromium`.
const chromiumPath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
// E2E_PORT / WEB_OUT_DIR: serve a build other than out/web on another port (parallel runs).
const port = Number(process.env.E2E_PORT ?? 4173)

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  // On CI a test that fails once is run once more and reported as flaky (never hidden as passed).
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1366, height: 768 },
    acceptDownloads: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure'
  },
  webServer: {
    // The build is made by `npm run test:e2e` beforehand; this only serves it.
    command: 'npx vite preview --config vite.web.config.ts',
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000
  },
  projects: [
    {
      name: 'web',
      testIgnore: /electron\.spec\.ts$/,
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync'
          ]
        }
      }
    },
    { name: 'electron', testMatch: /electron\.spec\.ts$/ }
  ]
})
