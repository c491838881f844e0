import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAst } from 'rollup/parseAst';
import { transformWithEsbuild } from 'vite';
import { describe, expect, it } from 'vitest';
import { withoutSchemaDescriptions } from '../../src/plugins/stripSchemaDescriptions.mjs';

const strip = (code: string) => withoutSchemaDescriptions(code, parseAst(code) as never);

const root = join(import.meta.dirname, '../..');
const sources = (dir: string): string[] =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx|mjs)$/.test(file) && !/\.test\.ts$|testFixtures\.ts$/.test(file))
    .map((file) => join(dir, file));

describe('dropping schema descriptions from the client build', () => {
  it('removes a description after other checks, with its comma', () => {
    expect(strip("s.check(z.int(), z.gte(1), z.describe('People in the household'));")).toBe('s.check(z.int(), z.gte(1));');
  });

  it('removes descriptions before, between and after the checks that stay', () => {
    expect(strip("s.check(z.describe('a'), z.minLength(1), z.describe(`b ${x}`), z.maxLength(9), z.describe(d));")).toBe(
      's.check(z.minLength(1), z.maxLength(9));',
    );
  });

  it('leaves an empty argument list when a description was the only check', () => {
    expect(strip("s.check(z.describe('Whose standards apply'));")).toBe('s.check();');
  });

  it('finds descriptions nested inside the checks and objects that stay', () => {
    expect(strip("z.object({ a: z.optional(z.string().check(z.describe('(a) \\'b\\'')), 'x') });")).toBe(
      "z.object({ a: z.optional(z.string().check(), 'x') });",
    );
  });

  it('keeps a description that is not a call argument, and other objects’ describe methods', () => {
    const code = "const d = z.describe('kept'); test.describe('suite', f);";
    expect(strip(code)).toBe(code);
  });

  it('leaves no description in any rules module, and every module still parses', async () => {
    const files = sources('calculators');
    let stripped = 0;
    for (const file of files) {
      const { code } = await transformWithEsbuild(readFileSync(join(root, file), 'utf8'), file);
      const out = strip(code);
      expect(() => parseAst(out), file).not.toThrow();
      expect(out, file).not.toMatch(/\bz\.describe\(/);
      if (out !== code) stripped++;
    }
    expect(stripped).toBeGreaterThan(20);
  });

  // zod/mini schemas have no `.description`: a description is read through the registry or `meta`.
  it('is safe because no site or rules code reads a description', () => {
    const readers = [...sources('src'), ...sources('calculators')].filter((file) =>
      /globalRegistry|\.meta\(/.test(readFileSync(join(root, file), 'utf8')),
    );
    expect(readers.map((file) => relative(root, join(root, file)))).toEqual([]);
  });
});
