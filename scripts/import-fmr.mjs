// Reads HUD's published Fair Market Rent table (saved as CSV) and writes it as JSON the rent
// calculator accepts. The parsing and validation live in calculators/rent/importFmr.ts
// (unit-tested); this file only reads arguments and files. Columns: hud_area_code, hud_area_name,
// fmr_0..fmr_4 (older files: areaname, fmr0..fmr4); other columns are ignored.
//
// Usage:
//   node scripts/import-fmr.mjs FY2025_FMRs.csv --id hud-fy2025 --fiscal-year 2025 \
//     --effective 2024-10-01 --source "https://www.huduser.gov/portal/datasets/fmr.html" \
//     [--sample] [--out content/data/fmr/hud-fy2025.json]
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

/** Bundles a rules-module file with esbuild (an Astro/Vite dependency) so plain Node can run it. */
async function loadRentModule(name) {
  const { build } = await import('esbuild');
  const entry = fileURLToPath(new URL(`../calculators/rent/${name}`, import.meta.url));
  const result = await build({ entryPoints: [entry], bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'silent' });
  const code = result.outputFiles[0]?.text ?? '';
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/** Names the command-line flag a metadata error is about, or the CSV line it is on. */
const where = (path) =>
  path.startsWith('line') || path === '' ? '' : ` (--${path.split('.')[0].replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)})`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    id: { type: 'string' },
    'fiscal-year': { type: 'string' },
    effective: { type: 'string' },
    source: { type: 'string' },
    sample: { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});

const [file] = positionals;
if (!file) {
  console.error('Give the CSV file: node scripts/import-fmr.mjs fmrs.csv --id … --fiscal-year YYYY --effective YYYY-MM-DD --source …');
  process.exit(2);
}

const { importFmrCsv } = await loadRentModule('importFmr.ts');
const year = values['fiscal-year'];
const outcome = importFmrCsv(readFileSync(file, 'utf8'), {
  id: values.id,
  fiscalYear: year === undefined || !/^\d+$/.test(year) ? year : Number(year),
  effective: values.effective,
  source: values.source,
  sample: values.sample,
});

if (!outcome.ok) {
  for (const error of outcome.errors) console.error(`${file}: ${error.message}${where(error.path)}`);
  process.exit(1);
}
const json = `${JSON.stringify(outcome.value, null, 2)}\n`;
if (values.out) {
  writeFileSync(values.out, json);
  console.error(`Wrote ${values.out}: ${outcome.value.areas.length} areas`);
} else {
  process.stdout.write(json);
}
