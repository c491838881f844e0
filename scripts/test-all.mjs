// The whole test suite, in the order that fails fastest: static checks, unit and content tests,
// the build (with the search index, timed against its budget), byte budgets, a second build under a base path, then the
// browser tests against both builds. Each step's time is printed; the first failure stops the run.
import { spawnSync } from 'node:child_process';

const steps = [
  ['type check (astro check)', 'npx astro check'],
  ['lint (ESLint, Prettier)', 'npm run lint'],
  ['unit, property and content tests (Vitest)', 'npx vitest run'],
  ['build with search index, within the 60 s build budget', 'node scripts/build-time.mjs'],
  ['byte budgets', 'npm run budgets'],
  ['internal links and anchors', 'node scripts/check-links.mjs dist'],
  ['build under a base path', 'npm run build:base-path'],
  ['internal links under the base path', 'BASE_PATH=/hearth/ node scripts/check-links.mjs dist-base'],
  ['browser tests (Playwright, axe)', 'npm run test:e2e'],
  ['Lighthouse budget (mobile)', 'npm run lighthouse'],
];

const only = process.argv.slice(2);
const started = Date.now();
for (const [name, command] of steps) {
  if (only.length && !only.some((o) => name.includes(o))) continue;
  const t0 = Date.now();
  console.log(`\n▶ ${name}: ${command}`);
  const result = spawnSync(command, {
    shell: true,
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed after ${seconds}s (exit ${result.status}).`);
    process.exit(result.status || 1);
  }
  console.log(`✔ ${name} passed in ${seconds}s`);
}
console.log(`\nAll test steps passed in ${((Date.now() - started) / 1000).toFixed(0)}s.`);
