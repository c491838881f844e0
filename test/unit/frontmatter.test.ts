import { expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { SectionSchema } from '../../src/schemas/content';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('malformed frontmatter fails the content sync, naming the file, the field and the problem', () => {
  const run = spawnSync('npx', ['astro', 'sync'], {
    cwd: root,
    env: { ...process.env, HEARTH_CONTENT_DIR: './test/fixtures/bad-frontmatter/content' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  const output = `${run.stdout}\n${run.stderr}`;
  expect(run.status).not.toBe(0);
  expect(output).toContain('test/fixtures/bad-frontmatter/content/standards/fixture-doc/broken-section.mdx');
  expect(output).toMatch(/order.*Expected type `"number"`, received `"string"`/);
}, 120_000);

test('a section date that is not a real calendar day is rejected with a message', () => {
  const result = SectionSchema.safeParse({
    document: 'fixture-doc',
    jurisdiction: 'hud',
    title: 'x',
    order: 1,
    sourceSeed: '000_880746cfff8cfad4.txt',
    adopted: '2023-02-29',
  });
  expect(result.success).toBe(false);
  expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['adopted', 'is not a real calendar date']]);
});

test('an unknown program component is rejected', () => {
  const result = SectionSchema.safeParse({
    document: 'd',
    jurisdiction: 'hud',
    title: 'x',
    order: 1,
    sourceSeed: '000_880746cfff8cfad4.txt',
    components: ['rrh'],
  });
  expect(result.success).toBe(false);
  expect(result.error?.issues[0]?.path).toEqual(['components', 0]);
});
