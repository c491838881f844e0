// Byte budgets (architecture.md), enforced after a build: for every HTML page, sum the gzip size of
// the JS and CSS it loads before any interaction (scripts, their static imports, island components and
// renderers, stylesheets, inline code) and fail with a table naming page and asset when over budget.
// Dynamic imports (the search dialog, Pagefind) are not counted: they load only when search opens.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, dirname, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const KB = 1024;
export const budgets = {
  standardsJs: 5 * KB,
  calculatorJs: 35 * KB,
  otherJs: 35 * KB,
  css: 10 * KB,
};

const walk = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
const gz = (text) => gzipSync(text, { level: 9 }).length;

/** Resolves a URL used in a page to a file in dist (ignoring the base path). */
function fileFor(url, pageFile) {
  if (/^(https?:)?\/\//.test(url)) return { external: url };
  const clean = url.split(/[?#]/)[0];
  const path = clean.startsWith('/')
    ? join(dist, clean.startsWith(base) ? clean.slice(base.length) : clean)
    : join(dirname(pageFile), clean);
  return { path };
}

/** A JS module's static imports, recursively (not dynamic `import()`). */
function jsClosure(path, seen = new Set()) {
  if (seen.has(path) || !existsSync(path)) return seen;
  seen.add(path);
  const code = readFileSync(path, 'utf8');
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
    const spec = m[1];
    if (spec.startsWith('.')) jsClosure(join(dirname(path), spec), seen);
    else if (spec.startsWith('/')) jsClosure(join(dist, spec.startsWith(base) ? spec.slice(base.length) : spec), seen);
  }
  return seen;
}

/** What kind of page this is, for its JS budget. */
function pageType(rel) {
  const p = rel.split(/[\\/]/).join('/');
  if (p.startsWith('tools/') && p !== 'tools/index.html') return 'calculator';
  if (p.startsWith('standards/') || p.startsWith('glossary/') || p === 'index.html') return 'standards';
  return 'other';
}

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
      for (const imp of m[2].matchAll(/import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
        const f = fileFor(imp[1], pageFile);
        if (f.path) jsClosure(f.path, jsFiles);
      }
    }
  }
  // Islands marked client:interact hydrate on first use: their code is not loaded before interaction,
  // but it is measured separately and held to the calculator budget.
  const onInteraction = new Set();
  for (const m of html.matchAll(/<astro-island\b[^>]*>/g)) {
    const target = /\bclient="interact"/.test(m[0]) ? onInteraction : jsFiles;
    for (const attr of ['component-url', 'renderer-url']) {
      const url = new RegExp(`${attr}="([^"]+)"`).exec(m[0])?.[1];
      if (url) jsClosure(fileFor(url, pageFile).path, target);
    }
  }
  for (const m of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*>/g)) {
    const href = /href="([^"]+)"/.exec(m[0])?.[1];
    if (href) jsClosure(fileFor(href, pageFile).path, jsFiles);
  }
  for (const file of jsFiles) assets.push({ kind: 'js', name: relative(dist, file), bytes: gz(readFileSync(file)) });
  for (const m of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)) {
    const href = /href="([^"]+)"/.exec(m[0])?.[1];
    const f = fileFor(href, pageFile);
    if (f.external) external.push(f.external);
    else assets.push({ kind: 'css', name: relative(dist, f.path), bytes: gz(readFileSync(f.path)) });
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g))
    assets.push({ kind: 'css', name: '(inline style)', bytes: gz(m[1]) });
  const interactionBytes = [...onInteraction].filter((f) => !jsFiles.has(f)).reduce((sum, f) => sum + gz(readFileSync(f)), 0);
  return { assets, external, interactionBytes };
}

const isMain = process.argv[1] && import.meta.url.endsWith(posix.basename(process.argv[1]));
if (isMain) {
  if (!existsSync(dist)) {
    console.error(`No build found in ${dist}/: run "npm run build" first.`);
    process.exit(2);
  }
  const pages = walk(dist).filter((f) => f.endsWith('.html') && !f.includes(`${dist}/pagefind`));
  const failures = [];
  const maxima = {};
  let maxInteraction = 0;
  let maxInteractionPage = '';
  const overAfterFirstUse = [];
  for (const page of pages) {
    const rel = relative(dist, page);
    const type = pageType(rel);
    const { assets, external, interactionBytes } = measure(page);
    const js = assets.filter((a) => a.kind === 'js').reduce((s, a) => s + a.bytes, 0);
    if (interactionBytes > maxInteraction) [maxInteraction, maxInteractionPage] = [interactionBytes, rel];
    if (interactionBytes > 0 && interactionBytes + js > budgets.calculatorJs) {
      overAfterFirstUse.push({ page: rel, 'before interaction': js, 'on first use': interactionBytes, total: js + interactionBytes });
    }
    const css = assets.filter((a) => a.kind === 'css').reduce((s, a) => s + a.bytes, 0);
    const jsBudget = type === 'calculator' ? budgets.calculatorJs : type === 'standards' ? budgets.standardsJs : budgets.otherJs;
    maxima[type] ??= { js: 0, css: 0, jsPage: '', cssPage: '' };
    if (js > maxima[type].js) Object.assign(maxima[type], { js, jsPage: rel });
    if (css > maxima[type].css) Object.assign(maxima[type], { css, cssPage: rel });
    const list = (kind) =>
      assets
        .filter((a) => a.kind === kind)
        .map((a) => `${a.name} ${a.bytes} B`)
        .join(', ');
    if (js > jsBudget) failures.push([rel, 'JS', js, jsBudget, list('js')]);
    if (css > budgets.css) failures.push([rel, 'CSS', css, budgets.css, list('css')]);
    for (const url of external) failures.push([rel, 'external', 0, 0, `loads ${url} from another origin`]);
  }
  console.log(`Byte budgets over ${pages.length} pages (gzip bytes loaded before any interaction):`);
  console.table(
    Object.fromEntries(
      Object.entries(maxima).map(([type, m]) => [
        type,
        {
          'max JS': m.js,
          'JS budget': type === 'calculator' ? budgets.calculatorJs : type === 'standards' ? budgets.standardsJs : budgets.otherJs,
          'heaviest JS page': m.jsPage,
          'max CSS': m.css,
          'CSS budget': budgets.css,
        },
      ]),
    ),
  );
  // Reported, not enforced: the budget applies to what loads before interaction (architecture.md).
  console.log(`Calculators that load on first use (client:interact): at most ${maxInteraction} B (${maxInteractionPage}).`);
  if (overAfterFirstUse.length) {
    console.log(
      `Pages whose total JS after first use exceeds ${budgets.calculatorJs} B (not a failure; see docs/decisions/0003-budgets.md):`,
    );
    console.table(overAfterFirstUse);
  }
  if (failures.length) {
    console.error('Over budget:');
    console.table(failures.map(([page, kind, bytes, budget, assets]) => ({ page, kind, bytes, budget, assets })));
    process.exit(1);
  }
  console.log('All pages are within budget.');
}
