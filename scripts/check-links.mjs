// Internal links of a build, checked after `astro build`: every href and src that stays on the site
// must name a page or file in the build (under the base path, with the trailing slash the site uses),
// every #fragment must be an id on the target page, and every popovertarget an id on its own page.
// Fails with a list of page → broken link. Usage: node scripts/check-links.mjs [dist] (BASE_PATH as for the build).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, posix } from 'node:path';

const dist = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

const walk = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
const decode = (s) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

const idCache = new Map();
/** The ids (and legacy names) a page defines. */
function idsOf(file) {
  if (!idCache.has(file)) {
    const html = readFileSync(file, 'utf8');
    idCache.set(file, new Set([...html.matchAll(/\s(?:id|name)="([^"]*)"/g)].map((m) => decode(m[1]))));
  }
  return idCache.get(file);
}

/** The site URL path of a built file: dist/a/b/index.html → <base>a/b/. */
const urlOf = (file) =>
  base +
  relative(dist, file)
    .split(/[\\/]/)
    .join('/')
    .replace(/(^|\/)index\.html$/, '$1');

/** Why a link from a page is broken, or null when it resolves. */
export function problemWith(href, pageFile) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return null;
  const [pathPart, fragment = ''] = href.split('#');
  const path = pathPart.split('?')[0];
  const target =
    path === '' ? urlOf(pageFile) : posix.resolve(posix.dirname(urlOf(pageFile) + 'x'), path) + (path.endsWith('/') ? '/' : '');
  if (!target.startsWith(base)) return `points outside the base path ${base}`;
  const rel = decodeURIComponent(target.slice(base.length));
  let file;
  if (rel === '' || rel.endsWith('/')) file = join(dist, rel, 'index.html');
  else if (existsSync(join(dist, rel)) && statSync(join(dist, rel)).isFile()) file = join(dist, rel);
  else if (existsSync(join(dist, rel, 'index.html'))) return `needs a trailing slash (${target}/)`;
  if (!file || !existsSync(file)) return 'no such page or file in the build';
  // A fragment holding name=value pairs is calculator state (inputs live in the URL fragment), not an anchor.
  const anchor = fragment && !fragment.startsWith(':~:') && !fragment.includes('=');
  if (anchor && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(fragment))) {
    return `no id "${fragment}" on ${urlOf(file)}`;
  }
  return null;
}

/** Every broken internal link of one page, as "href: reason". */
export function brokenLinks(pageFile) {
  const html = readFileSync(pageFile, 'utf8').replace(/<script\b[\s\S]*?<\/script>/g, '');
  const problems = [];
  for (const m of html.matchAll(/<(a|link|area|img|script|source|iframe)\b[^>]*?\s(href|src)="([^"]*)"/g)) {
    const href = decode(m[3]);
    const problem = href === '' ? 'empty link' : problemWith(href, pageFile);
    if (problem) problems.push(`${href}: ${problem}`);
  }
  for (const m of html.matchAll(/\spopovertarget="([^"]*)"/gi)) {
    if (!idsOf(pageFile).has(decode(m[1]))) problems.push(`popovertarget ${m[1]}: no such id on this page`);
  }
  return problems;
}

const isMain = process.argv[1] && import.meta.url.endsWith(posix.basename(process.argv[1]));
if (isMain) {
  if (!existsSync(dist)) {
    console.error(`No build found in ${dist}/: run "npm run build" first.`);
    process.exit(2);
  }
  const pages = walk(dist).filter((f) => f.endsWith('.html') && !relative(dist, f).startsWith('pagefind'));
  let links = 0;
  const broken = [];
  for (const page of pages) {
    const html = readFileSync(page, 'utf8');
    links += (html.match(/\s(?:href|src)="/g) ?? []).length;
    for (const problem of brokenLinks(page)) broken.push(`${urlOf(page)} → ${problem}`);
  }
  if (broken.length) {
    console.error(`${broken.length} broken internal link${broken.length === 1 ? '' : 's'} in ${pages.length} pages:`);
    for (const line of broken) console.error(`  ${line}`);
    process.exit(1);
  }
  console.log(`All ${links} links and anchors in ${pages.length} pages resolve (base path ${base}).`);
}
