import { expect, test } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { allEmbeds, embedFor, linkedOnly, toolTitles } from '../../src/utils/embeds';

const contentDir = process.env.HEARTH_CONTENT_DIR ?? fileURLToPath(new URL('../../content', import.meta.url));
const toolsDir = fileURLToPath(new URL('../../src/pages/tools', import.meta.url));
const embeds = allEmbeds();
// Pages under /tools/ that are lists of calculators, not calculators.
const listPages = ['index', 'scoring'];

test('every section that embeds a calculator exists in content/standards', () => {
  const missing = embeds
    .map(([document, section]) => `${document}/${section}`)
    .filter((key) => !existsSync(`${contentDir}/standards/${key}.mdx`));
  expect(missing).toEqual([]);
});

test('every embedded or linked calculator has a tool page', () => {
  const ids = new Set(embeds.flatMap(([, , embed]) => [embed.tool, ...(embed.also ?? [])]));
  expect([...ids].filter((id) => !existsSync(`${toolsDir}/${id}.astro`))).toEqual([]);
});

test('every calculator page has a title for embeds, and every title a page', () => {
  const pages = readdirSync(toolsDir)
    .filter((f) => f.endsWith('.astro'))
    .map((f) => f.replace(/\.astro$/, ''))
    .filter((id) => !listPages.includes(id))
    .sort();
  expect(Object.keys(toolTitles).sort()).toEqual(pages);
});

test('every calculator is embedded in at least one section unless it says why it is only linked', () => {
  const embedded = new Set<string>(embeds.map(([, , embed]) => embed.tool));
  expect(Object.keys(toolTitles).filter((id) => !embedded.has(id) && !(id in linkedOnly))).toEqual([]);
  expect(Object.keys(linkedOnly).filter((id) => embedded.has(id))).toEqual([]);
});

test('a section links other calculators only once and never the one it embeds', () => {
  const wrong = embeds
    .filter(([, , { tool, also = [] }]) => also.includes(tool) || new Set(also).size !== also.length)
    .map(([document, section]) => `${document}/${section}`);
  expect(wrong).toEqual([]);
});

test('embedFor finds a section by document and slug, and nothing for a section without a calculator', () => {
  expect(embedFor('tpch-written-standards', 'rapid-rehousing-programs')).toEqual({ tool: 'rrh-tiers', also: ['priority-tpch'] });
  expect(embedFor('tpch-written-standards', 'references')).toBeUndefined();
  expect(embedFor('tpch-written-standards', 'no-such-section')).toBeUndefined();
});
