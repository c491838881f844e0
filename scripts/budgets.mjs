// Byte budgets (architecture.md), enforced after a build. For every HTML page it sums the gzip size of
//  - the JS and CSS loaded before any interaction: scripts with their static imports, islands that
//    hydrate at once (client:load…) with their renderers, modulepreloads, stylesheets, inline code;
//  - the JS loaded on first use: islands that hydrate on first use (client:interact) with their static
//    imports, and every dynamic `import()` reached from any island's code (a rules chunk an island loads
//    lazily is still part of the calculator).
// A page with a calculator is held to the calculator budget for the total after first use, whatever its
// type, so a standards section with an embedded calculator keeps 5 KB before interaction and 35 KB after.
// Only the search dialog and Pagefind are left out: page scripts' dynamic imports are not followed (they
// have their own budgets, measured in test/e2e/search.spec.ts). Fails with a table naming page and assets.
// Calculators measured over 35 KB when this rule came in are listed in `overBudgetCalculators` with a
// ceiling they may not pass (docs/decisions/0003-budgets.md); every other page gets the plain budget.
// `node scripts/budgets.mjs <dist> --list` also prints every page with a calculator and what it loads.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, dirname, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const dist = args.find((a) => !a.startsWith('--')) ?? 'dist';
const listAll = args.includes('--list');
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const KB = 1024;
export const budgets = {
  /** JS before interaction on a standards page (search and embedded calculators load on use). */
  standardsJs: 5 * KB,
  /** JS before interaction on a tool page, and all JS after first use on any page with a calculator. */
  calculatorJs: 35 * KB,
  otherJs: 35 * KB,
  css: 10 * KB,
};

/**
 * Calculators whose total after first use was over budget when the after-first-use rule came in
 * (island component name → ceiling in gzip bytes). A page with one of them is held to that ceiling
 * instead of `calculatorJs`, wherever the island appears (tool page or embedded in a section): the debt is
 * visible on every run and cannot grow with features. Lower a ceiling when a calculator shrinks; delete the entry once
 * it fits in `calculatorJs` (the run says when). A ceiling rises only to fix a defect, by what the fix measured,
 * recorded in docs/decisions/0003-budgets.md. Why these three remain: docs/decisions/0018-calculators-that-cannot-meet-35-kb.md.
 */
export const overBudgetCalculators = {
  // Raised from 40.25 and 38.75 KB for the defect fixes of Dec 7, 2026 (decision 0003).
  EligibilityStaff: 41_344,
  EligibilityApplicant: 39_776,
  Match: 37.5 * KB,
};

const walk = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
const gz = (text) => gzipSync(text, { level: 9 }).length;
const gzFile = (file) => gz(readFileSync(file));

/** Resolves a URL used in a page or module to a file in dist (ignoring the base path). */
function fileFor(url, fromFile) {
  if (/^(https?:)?\/\//.test(url)) return { external: url };
  const clean = url.split(/[?#]/)[0];
  const path = clean.startsWith('/')
    ? join(dist, clean.startsWith(base) ? clean.slice(base.length) : clean)
    : join(dirname(fromFile), clean);
  return { path };
}

const staticImport = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g;
const dynamicImport = /\bimport\(\s*["']([^"']+)["']\s*\)/g;

/**
 * A JS module's imports, recursively, added to `seen`: static imports always, dynamic `import()` too
 * when `dynamic` is set (an island's lazily loaded rules are part of its cost on first use).
 */
function jsClosure(path, seen, dynamic = false) {
  if (!path || seen.has(path) || !existsSync(path)) return seen;
  seen.add(path);
  const code = readFileSync(path, 'utf8');
  const specs = [...code.matchAll(staticImport), ...(dynamic ? code.matchAll(dynamicImport) : [])].map((m) => m[1]);
  for (const spec of specs) if (spec.startsWith('.') || spec.startsWith('/')) jsClosure(fileFor(spec, path).path, seen, dynamic);
  return seen;
}

/** What kind of page this is, for its before-interaction JS budget. */
function pageType(rel) {
  const p = rel.split(/[\\/]/).join('/');
  if (p.startsWith('tools/') && p !== 'tools/index.html') return 'calculator';
  if (p.startsWith('standards/') || p.startsWith('glossary/') || p === 'index.html') return 'standards';
  return 'other';
}

const jsBudgetFor = (type) => (type === 'calculator' ? budgets.calculatorJs : type === 'standards' ? budgets.standardsJs : budgets.otherJs);

/**
 * What a page loads: `assets` before any interaction (JS and CSS), `firstUse` the further JS its
 * calculators load when first used, `islands` its calculators' component names, `external` other origins.
 */
export function measure(pageFile) {
  const html = readFileSync(pageFile, 'utf8');
  const assets = [];
  const external = [];
  const jsFiles = new Set();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(m[1])?.[1];
    if (/type="application\/(ld\+)?json"/.test(m[1])) continue;
    if (src) {
      const f = fileFor(src, pageFile);
      if (f.external) external.push(f.external);
      else jsClosure(f.path, jsFiles);
    } else if (m[2].trim()) {
      assets.push({ kind: 'js', name: '(inline script)', bytes: gz(m[2]) });
      for (const imp of m[2].matchAll(/import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g))
        jsClosure(fileFor(imp[1], pageFile).path, jsFiles);
    }
  }
  // Islands that hydrate at once load before interaction; client:interact ones on first use. Either
  // way, what an island's code imports dynamically loads when it is used.
  const onFirstUse = new Set();
  const islands = [];
  for (const m of html.matchAll(/<astro-island\b[^>]*>/g)) {
    islands.push(/\bopts="[^"]*?&quot;name&quot;:&quot;([^&]+)&quot;/.exec(m[0])?.[1] ?? '(unnamed island)');
    const target = /\bclient="interact"/.test(m[0]) ? onFirstUse : jsFiles;
    for (const attr of ['component-url', 'renderer-url']) {
      const url = new RegExp(`${attr}="([^"]+)"`).exec(m[0])?.[1];
      if (url) jsClosure(fileFor(url, pageFile).path, target);
    }
    const component = /component-url="([^"]+)"/.exec(m[0])?.[1];
    if (component) for (const file of jsClosure(fileFor(component, pageFile).path, new Set(), true)) onFirstUse.add(file);
  }
  for (const m of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*>/g)) {
    const href = /href="([^"]+)"/.exec(m[0])?.[1];
    if (href) jsClosure(fileFor(href, pageFile).path, jsFiles);
  }
  for (const file of jsFiles) assets.push({ kind: 'js', name: relative(dist, file), bytes: gzFile(file) });
  for (const m of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)) {
    const href = /href="([^"]+)"/.exec(m[0])?.[1];
    const f = fileFor(href, pageFile);
    if (f.external) external.push(f.external);
    else assets.push({ kind: 'css', name: relative(dist, f.path), bytes: gzFile(f.path) });
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g))
    assets.push({ kind: 'css', name: '(inline style)', bytes: gz(m[1]) });
  const firstUse = [...onFirstUse].filter((f) => !jsFiles.has(f)).map((f) => ({ kind: 'js', name: relative(dist, f), bytes: gzFile(f) }));
  return { assets, firstUse, islands, external };
}

const sum = (list) => list.reduce((s, a) => s + a.bytes, 0);
/** The largest assets first, as "name bytes" (the _astro/ folder left out). */
const largest = (list, count = Infinity) =>
  [...list]
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, count)
    .map((a) => `${a.name.replace(/^_astro\//, '')} ${a.bytes}`)
    .join(', ');

/** The most a page with these calculators may load after first use: the budget, or a listed ceiling. */
export const afterFirstUseBudget = (islands) => Math.max(budgets.calculatorJs, ...islands.map((name) => overBudgetCalculators[name] ?? 0));

const isMain = process.argv[1] && import.meta.url.endsWith(posix.basename(process.argv[1]));
if (isMain) {
  if (!existsSync(dist)) {
    console.error(`No build found in ${dist}/: run "npm run build" first.`);
    process.exit(2);
  }
  const pages = walk(dist).filter((f) => f.endsWith('.html') && !f.includes(`${dist}/pagefind`));
  const failures = [];
  const maxima = {};
  const withCalculators = [];
  const heaviestByCalculator = {};
  for (const page of pages) {
    const rel = relative(dist, page);
    const type = pageType(rel);
    const { assets, firstUse, islands, external } = measure(page);
    const jsAssets = assets.filter((a) => a.kind === 'js');
    const cssAssets = assets.filter((a) => a.kind === 'css');
    const [js, css, later] = [sum(jsAssets), sum(cssAssets), sum(firstUse)];
    const total = js + later;
    const jsBudget = jsBudgetFor(type);
    maxima[type] ??= { js: 0, css: 0, total: 0, jsPage: '', cssPage: '', totalPage: '' };
    if (js > maxima[type].js) Object.assign(maxima[type], { js, jsPage: rel });
    if (css > maxima[type].css) Object.assign(maxima[type], { css, cssPage: rel });
    if (js > jsBudget)
      failures.push({ page: rel, what: 'JS before interaction', bytes: js, budget: jsBudget, 'largest assets': largest(jsAssets, 6) });
    if (islands.length) {
      if (total > maxima[type].total) Object.assign(maxima[type], { total, totalPage: rel });
      const budget = afterFirstUseBudget(islands);
      for (const name of islands) heaviestByCalculator[name] = Math.max(heaviestByCalculator[name] ?? 0, total);
      const all = [...jsAssets, ...firstUse.map((a) => ({ ...a, name: `${a.name} (on use)` }))];
      withCalculators.push({ page: rel, calculators: islands.join(', '), 'before interaction': js, 'on first use': later, total, budget });
      if (total > budget) failures.push({ page: rel, what: 'JS after first use', bytes: total, budget, 'largest assets': largest(all, 6) });
      if (listAll) withCalculators.at(-1).assets = largest(all);
    }
    if (css > budgets.css)
      failures.push({ page: rel, what: 'CSS', bytes: css, budget: budgets.css, 'largest assets': largest(cssAssets, 6) });
    for (const url of external)
      failures.push({ page: rel, what: 'external', bytes: 0, budget: 0, 'largest assets': `loads ${url} from another origin` });
  }
  console.log(`Byte budgets over ${pages.length} pages (gzip bytes; "after first use" counts pages with a calculator):`);
  console.table(
    Object.fromEntries(
      Object.entries(maxima).map(([type, m]) => [
        type,
        {
          'max JS before interaction': m.js,
          budget: jsBudgetFor(type),
          'heaviest page': m.jsPage,
          'max JS after first use': m.total || '-',
          'heaviest calculator page': m.totalPage || '-',
          'max CSS': m.css,
          'CSS budget': budgets.css,
        },
      ]),
    ),
  );
  const debts = Object.entries(overBudgetCalculators).map(([name, ceiling]) => ({
    calculator: name,
    'heaviest page after first use': heaviestByCalculator[name] ?? '-',
    ceiling,
    budget: budgets.calculatorJs,
  }));
  console.log(
    `Calculators still over the ${budgets.calculatorJs} B budget after first use, held to a ceiling (docs/decisions/0003-budgets.md):`,
  );
  console.table(debts);
  for (const { calculator, 'heaviest page after first use': heaviest } of debts)
    if (typeof heaviest === 'number' && heaviest <= budgets.calculatorJs)
      console.log(`${calculator} now fits the budget (${heaviest} B): remove it from overBudgetCalculators.`);
  if (listAll) {
    console.log('Pages with a calculator (gzip bytes):');
    console.table(withCalculators.sort((a, b) => b.total - a.total));
  }
  if (failures.length) {
    console.error('Over budget:');
    console.table(failures);
    process.exit(1);
  }
  console.log('All pages are within budget.');
}
