// Debian's chromium (scripts/ensure-chromium.mjs installs it; browser downloads are not possible here)
// and the flags of every headless run of it, Playwright's and Lighthouse's.
export const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Without the background-networking flags Chromium phones home at start; this machine has no network.
export const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
