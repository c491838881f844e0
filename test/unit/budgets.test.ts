import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measure } from '../../scripts/budgets.mjs';

type Asset = { name: string; bytes: number };

/** Writes a tiny built site: one page with one island and the modules it loads. */
function site(client: 'interact' | 'load', entry: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-budgets-'));
  mkdirSync(join(dir, 'a'));
  const files: Record<string, string> = {
    'a/entry.js': entry,
    'a/island.js': 'import{k as x}from"./kit.js";export const D=()=>import("./rules.js").then((r)=>x(r));',
    'a/kit.js': 'export const k=(v)=>v;',
    'a/rules.js': 'export const rule=1;',
    'a/client.js': 'export default()=>{};',
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const opts = '{&quot;name&quot;:&quot;Demo&quot;,&quot;value&quot;:&quot;true&quot;}';
  writeFileSync(
    join(dir, 'index.html'),
    `<html><body><astro-island client="${client}" component-url="./a/entry.js" renderer-url="./a/client.js" opts="${opts}"></astro-island></body></html>`,
  );
  return join(dir, 'index.html');
}

const names = (list: Asset[]) => list.map((a) => a.name.replace(/\\/g, '/')).sort();

describe('what the budget script counts for a page with a calculator', () => {
  it('follows re-exports, static imports and the island’s lazy imports to every file loaded on first use', () => {
    const page = site('interact', 'export{D as default}from"./island.js";import"./kit.js";');
    const { assets, firstUse, islands } = measure(page);
    expect(islands).toEqual(['Demo']);
    expect(names(assets)).toEqual([]);
    expect(names(firstUse).map((n) => n.replace(/.*\/a\//, 'a/'))).toEqual([
      'a/client.js',
      'a/entry.js',
      'a/island.js',
      'a/kit.js',
      'a/rules.js',
    ]);
    expect(firstUse.every((a: Asset) => a.bytes > 0)).toBe(true);
  });

  it('counts an island that hydrates at once before interaction, and its lazy rules on first use', () => {
    const page = site('load', 'import{D}from"./island.js";export default D;');
    const { assets, firstUse } = measure(page);
    expect(names(assets).map((n) => n.replace(/.*\/a\//, 'a/'))).toEqual(['a/client.js', 'a/entry.js', 'a/island.js', 'a/kit.js']);
    expect(names(firstUse).map((n) => n.replace(/.*\/a\//, 'a/'))).toEqual(['a/rules.js']);
  });
});
