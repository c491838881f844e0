// Compiles MDX files the way the site does (GFM on) and reports syntax errors with file and line.
// Usage: node scripts/check-mdx.mjs content/standards/<document>
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const walk = (p) => (statSync(p).isDirectory() ? readdirSync(p).flatMap((f) => walk(join(p, f))) : [p]);
const files = process.argv
  .slice(2)
  .flatMap(walk)
  .filter((f) => f.endsWith('.mdx'));
let failed = 0;
for (const file of files) {
  const source = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  try {
    await compile(source, { remarkPlugins: [remarkGfm] });
  } catch (error) {
    failed += 1;
    console.error(`${file}: ${error.message}`);
  }
}
console.log(`${files.length - failed} MDX files compiled, ${failed} failed`);
process.exit(failed ? 1 : 0);
