// Playwright drives Debian's chromium (browser downloads are impossible here). Install it when missing.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);
if (process.getuid?.() !== 0) {
  console.error(`Chromium is missing at ${path}. Install Debian's package: sudo apt-get install -y chromium`);
  process.exit(1);
}
console.log(`Chromium is missing at ${path}: installing Debian's chromium package…`);
const run = (command) => execSync(command, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
run('apt-get update -qq');
run('apt-get install -y -qq chromium fonts-dejavu-core');
