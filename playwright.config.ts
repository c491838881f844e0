import { defineConfig, devices } from '@playwright/test';

// Debian's chromium (installed by scripts/ensure-chromium.mjs): browser downloads are not possible here.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Without the background-networking flags Chromium phones home at start; this machine has no network.
const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

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
