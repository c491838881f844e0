// Reads a PHA utility allowance schedule from CSV and writes it as JSON the rent calculator accepts.
// The parsing and validation live in calculators/rent/importUtilityAllowance.ts (unit-tested); this
// file only reads arguments and files. Columns: use, fuel, br0..br5 (monthly dollars), optional notes.
//
// Usage:
//   node scripts/import-utility-allowance.mjs schedule.csv --id mdha-2025 --pha "MDHA" \
//     --area "Davidson County" --unit-type "Apartment" --effective 2025-01-01 \
//     --source "https://…" [--sample] [--out content/data/utility-allowances/mdha-2025.json]
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
    pha: { type: 'string' },
    area: { type: 'string' },
    'unit-type': { type: 'string' },
    effective: { type: 'string' },
    source: { type: 'string' },
    sample: { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});

const [file] = positionals;
if (!file) {
  console.error(
    'Give the CSV file: node scripts/import-utility-allowance.mjs schedule.csv --id … --pha … --area … --unit-type … --effective YYYY-MM-DD --source …',
  );
  process.exit(2);
}

const { importUtilityAllowanceCsv } = await loadRentModule('importUtilityAllowance.ts');
const outcome = importUtilityAllowanceCsv(readFileSync(file, 'utf8'), {
  id: values.id,
  pha: values.pha,
  area: values.area,
  unitType: values['unit-type'],
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
  console.error(`Wrote ${values.out}: ${outcome.value.rows.length} rows`);
} else {
  process.stdout.write(json);
}
