import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAst } from 'rollup/parseAst';
import { transformWithEsbuild } from 'vite';
import { describe, expect, it } from 'vitest';
import {
  labelFreeParameterModules,
  withoutCitedLabels,
  withoutParameterDescriptions,
  withoutSchemaDescriptions,
} from '../../src/plugins/stripSchemaDescriptions.mjs';
import { parameterSets } from '../../calculators/parameters';
import { jurisdictionIds, type ParameterSet } from '../../calculators/core/parameters';
import { chronicExamples } from '../../calculators/chronic/examples';
import { projectRecordkeepingExamples } from '../../calculators/chronic/projectExamples';
import { serviceNeedsExamples } from '../../calculators/chronic/spdatExamples';
import { screenChronicAtProjectStart } from '../../calculators/chronic/hmis';

const strip = (code: string) => withoutSchemaDescriptions(code, parseAst(code) as never);
const stripParameters = (code: string) => withoutParameterDescriptions(code, parseAst(code) as never);
const stripLabels = (code: string) => withoutCitedLabels(code, parseAst(code) as never);

const root = join(import.meta.dirname, '../..');
const sources = (dir: string): string[] =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx|mjs)$/.test(file) && !/\.test\.ts$|testFixtures\.ts$/.test(file))
    .map((file) => join(dir, file));

/** Runs a transform over every module under `dir` as the build sees it (TypeScript compiled): each must still
 * parse and hold nothing `left` matches. Returns how many modules it changed. */
async function stripEvery(dir: string, transform: (code: string) => string, left: RegExp): Promise<number> {
  let changed = 0;
  for (const file of sources(dir)) {
    const { code } = await transformWithEsbuild(readFileSync(join(root, file), 'utf8'), file);
    const out = transform(code);
    expect(() => parseAst(out), file).not.toThrow();
    expect(out, file).not.toMatch(left);
    if (out !== code) changed++;
  }
  return changed;
}

describe('dropping schema descriptions from the client build', () => {
  it('removes a description after other checks, with its comma', () => {
    expect(strip("s.check(z.int(), z.gte(1), z.describe('People in the household'));")).toBe('s.check(z.int(), z.gte(1));');
  });

  it('removes descriptions before, between and after the checks that stay', () => {
    expect(strip("s.check(z.describe('a'), z.minLength(1), z.describe(`b ${x}`), z.maxLength(9), z.describe(d));")).toBe(
      's.check(z.minLength(1), z.maxLength(9));',
    );
  });

  it('drops a .check() whose only checks were descriptions, keeping the schema it was called on', () => {
    expect(strip("s.check(z.describe('Whose standards apply'));")).toBe('s;');
    expect(strip("z.object({ a: z.int().check(z.describe('a'), z.describe('b')) }).check(z.describe('c'));")).toBe(
      'z.object({ a: z.int() });',
    );
  });

  it('leaves an empty argument list when a call other than .check() held only descriptions', () => {
    expect(strip("f(z.describe('only'));")).toBe('f();');
  });

  it('finds descriptions nested inside the checks and objects that stay', () => {
    expect(strip("z.object({ a: z.optional(z.string().check(z.describe('(a) \\'b\\'')), 'x') });")).toBe(
      "z.object({ a: z.optional(z.string(), 'x') });",
    );
  });

  it('keeps a description that is not a call argument, and other objects’ describe methods', () => {
    const code = "const d = z.describe('kept'); test.describe('suite', f);";
    expect(strip(code)).toBe(code);
  });

  it('leaves no description in any rules module, and every module still parses', async () => {
    expect(await stripEvery('calculators', strip, /\bz\.describe\(/)).toBeGreaterThan(20);
  });

  // zod/mini schemas have no `.description`: a description is read through the registry or `meta`.
  it('is safe because no site or rules code reads a description', () => {
    const readers = [...sources('src'), ...sources('calculators')].filter((file) =>
      /globalRegistry|\.meta\(/.test(readFileSync(join(root, file), 'utf8')),
    );
    expect(readers.map((file) => relative(root, join(root, file)))).toEqual([]);
  });
});

describe('dropping parameter descriptions from the client build', () => {
  it('removes a parameter’s description wherever it stands, with its comma', () => {
    expect(stripParameters("x = { id: 'a', label: 'A', unit: 'text', description: 'why', values: [] };")).toBe(
      "x = { id: 'a', label: 'A', unit: 'text', values: [] };",
    );
    expect(stripParameters("x = [{ id: 'a', label: 'A', unit: 'text', values: [v], description: `a ${b}` }];")).toBe(
      "x = [{ id: 'a', label: 'A', unit: 'text', values: [v] }];",
    );
  });

  it('keeps the description of anything that is not a parameter (a form field, a budget line)', () => {
    const code = "line = { id: 'l1', label: 'Rent', description: 'kept', amount: 5 }; s = { description: '' };";
    expect(stripParameters(code)).toBe(code);
  });

  it('leaves no description in any parameter set, and every module still parses', async () => {
    expect(await stripEvery('calculators/parameters', stripParameters, /\bdescription:/)).toBeGreaterThanOrEqual(8);
  });

  // The parameters page (src/pages/parameters.astro) shows them: it is built on the server. A budget
  // line's own description (the match editor's) is a form field, not a parameter's.
  it('is safe because no island or rule reads a parameter’s description', () => {
    const notParameters = new Set(['line.description', 'strings.description']);
    const reads = [...sources('src/islands'), ...sources('calculators')].flatMap((file) =>
      [...readFileSync(join(root, file), 'utf8').matchAll(/[\w$.?\]]*\.description\b/g)]
        .map(([read]) => read)
        .filter((read) => !notParameters.has(read))
        .map((read) => `${file}: ${read}`),
    );
    expect(reads).toEqual([]);
  });
});

describe('dropping the chronic parameters’ labels from the client build', () => {
  it('blanks the label of each cited(id, label, …) call and nothing else', () => {
    expect(stripLabels("p = [cited('chronic.a', 'Months', 'months', 12, c), cited('chronic.b', `Nights ${n}`, 'nights', 7, c)];")).toBe(
      "p = [cited('chronic.a', '', 'months', 12, c), cited('chronic.b', '', 'nights', 7, c)];",
    );
    const other = "x = other('chronic.a', 'Months'); y = cited(id, 'Months'); z = obj.cited('chronic.a', 'Months');";
    expect(stripLabels(other)).toBe(other);
  });

  it('applies to the chronic parameter modules only', () => {
    const modules = sources('calculators/parameters').filter((file) => labelFreeParameterModules.test(`/${file}`));
    expect(modules.length).toBe(jurisdictionIds.length);
    expect(modules.every((file) => file.endsWith('/chronic.ts'))).toBe(true);
    expect(labelFreeParameterModules.test('/work/calculators/parameters/hud/rent.ts')).toBe(false);
  });

  it('leaves no label in the chronic parameter modules, and each still parses', async () => {
    const modules = sources('calculators/parameters').filter((file) => labelFreeParameterModules.test(`/${file}`));
    const labels = jurisdictionIds.flatMap((j) =>
      Object.values(parameterSets[j].parameters)
        .filter((p) => p.id.startsWith('chronic.'))
        .map((p) => p.label),
    );
    expect(labels.length).toBeGreaterThan(15);
    let left = '';
    for (const file of modules) {
      const { code } = await transformWithEsbuild(readFileSync(join(root, file), 'utf8'), file);
      const out = stripLabels(code);
      expect(() => parseAst(out), file).not.toThrow();
      left += out;
    }
    expect(labels.filter((label) => left.includes(JSON.stringify(label)) || left.includes(`'${label}'`))).toEqual([]);
    expect(left).not.toMatch(/\bcited\(\s*['"][^'"]+['"],\s*['"`][^'"`]/);
  });

  // What the browser does with the chronic numbers: the rules' results are the same with every label blank.
  const blank = (set: ParameterSet): ParameterSet => ({
    ...set,
    parameters: Object.fromEntries(
      Object.entries(set.parameters).map(([id, p]) => [id, id.startsWith('chronic.') ? { ...p, label: '' } : p]),
    ),
  });
  const books = [chronicExamples, projectRecordkeepingExamples, serviceNeedsExamples];
  it.each(books.flatMap((book) => book.examples.map((e) => [book.title, e.title, book, e] as const)))(
    'is safe: %s, %s gives the same result without labels',
    (_book, _title, book, example) => {
      const full = book.run(example.input, { parameters: parameterSets[example.jurisdiction] });
      expect(full.ok).toBe(true);
      expect(book.run(example.input, { parameters: blank(parameterSets[example.jurisdiction]) })).toEqual(full);
    },
  );

  it('is safe for the HMIS screen, whatever its answer', () => {
    const inputs = [
      { projectStartDate: '2024-06-01', projectType: 'emergency_shelter', disablingCondition: 'yes', approximateStartDate: '2023-06-02' },
      {
        projectStartDate: '2024-06-01',
        projectType: 'other',
        disablingCondition: 'yes',
        priorLivingSituation: 'institution',
        stayedLessThan90Days: 'yes',
        nightBeforeOnStreetShelterOrSafeHaven: 'yes',
        approximateStartDate: '2022-01-01',
        timesHomelessPast3Years: 'four_or_more',
        monthsHomelessPast3Years: 13,
      },
      { projectStartDate: '2024-06-01', projectType: 'other', disablingCondition: 'no' },
      { projectStartDate: '2024-06-01' },
    ];
    for (const input of inputs)
      expect(screenChronicAtProjectStart(input, { parameters: blank(parameterSets.hud) })).toEqual(
        screenChronicAtProjectStart(input, { parameters: parameterSets.hud }),
      );
  });

  // The islands that load these modules show the set's label (the jurisdiction), a household's or a
  // field's, never a parameter's: each `.label` they read is one of these (`households.${i}.label` is a path).
  it('is safe because no chronic island or rule reads a parameter’s label', () => {
    const files = [
      ...sources('calculators/chronic'),
      ...[
        'ChronicTimeline',
        'ChronicTimelineChart',
        'ChronicResult',
        'ChronicStayEditor',
        'ChronicScreen',
        'ChronicProject',
        'ChronicProjectRows',
        'ServiceNeeds',
      ].map((name) => `src/islands/${name}.tsx`),
    ];
    const notParameters = /^(set|hud|h|other|r|option|strings)?\.label$|^parameterSets\[[\w.]+\]\.label$/;
    const reads = files.flatMap((file) =>
      [...readFileSync(join(root, file), 'utf8').matchAll(/[\w$.?[\]]*\.label\b/g)]
        .map(([read]) => read)
        .filter((read) => !notParameters.test(read))
        .map((read) => `${file}: ${read}`),
    );
    expect(reads).toEqual([]);
  });
});
