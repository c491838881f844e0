import { defineConfig, devices } from '@playwright/test';
// Debian's chromium and its headless flags, shared with scripts/lighthouse.mjs.
import { executablePath, args } from './scripts/chromium.mjs';

// A private build and ports, so that several people (or agents) can test different builds at once:
// HEARTH_E2E_DIST=/tmp/my-dist HEARTH_E2E_PORT=5101 npx playwright test --project=site test/e2e/x.spec.ts
// HEARTH_E2E_BASE_DIST (default dist-base) is served on the next port; HEARTH_E2E_NO_BASE=1 skips it.
const port = Number(process.env.HEARTH_E2E_PORT ?? 4321);
const dist = process.env.HEARTH_E2E_DIST ?? 'dist';
const baseDist = process.env.HEARTH_E2E_BASE_DIST ?? 'dist-base';
const basePort = port + 1;
const servers = [
  {
    command: `OUT_DIR=${dist} npx astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
  {
    command: `BASE_PATH=/hearth/ OUT_DIR=${baseDist} npx astro preview --host 127.0.0.1 --port ${basePort}`,
    url: `http://127.0.0.1:${basePort}/hearth/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
];

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 120_000,
  // Two cores build, serve and browse at once: give assertions room beyond the 5 s default.
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    launchOptions: { executablePath, args },
    trace: 'off',
  },
  projects: [
    { name: 'site', testIgnore: /base-path\.spec\.ts/, use: { ...devices['Desktop Chrome'], launchOptions: { executablePath, args } } },
    {
      name: 'base-path',
      testMatch: /base-path\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${basePort}/hearth/`, launchOptions: { executablePath, args } },
    },
  ],
  webServer: process.env.HEARTH_E2E_NO_BASE ? servers.slice(0, 1) : servers,
});
