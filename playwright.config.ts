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

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 120_000,
  use: {
    baseURL: 'http://127.0.0.1:4321/',
    browserName: 'chromium',
    launchOptions: { executablePath, args },
    trace: 'off',
  },
  projects: [
    { name: 'site', testIgnore: /base-path\.spec\.ts/, use: { ...devices['Desktop Chrome'], launchOptions: { executablePath, args } } },
    {
      name: 'base-path',
      testMatch: /base-path\.spec\.ts/,
      use: { baseURL: 'http://127.0.0.1:4322/hearth/', launchOptions: { executablePath, args } },
    },
  ],
  webServer: [
    {
      command: 'npx astro preview --host 127.0.0.1 --port 4321',
      url: 'http://127.0.0.1:4321/',
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      command: 'BASE_PATH=/hearth/ OUT_DIR=dist-base npx astro preview --host 127.0.0.1 --port 4322',
      url: 'http://127.0.0.1:4322/hearth/',
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
});
