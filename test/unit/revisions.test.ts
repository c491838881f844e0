import { describe, expect, test } from 'vitest';
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parameterSets } from '../../calculators/parameters';
import { rentParameterSets } from '../../calculators/parameters/rent';
import { incomeBasedRentParameterSets, rentLimitParameterSets } from '../../calculators/parameters/rentQuestions';
import { valueAt, type JurisdictionId } from '../../calculators/core/parameters';
import { RevisionSchema } from '../../src/schemas/content';
import { checkRevision, describeProblems, type RevisionContext, type RevisionSource } from '../../src/pages/revisions/_check';
import { formatParameterValue } from '../../src/utils/parameterValue';
import {
  defaultAsOf,
  requestedRevision,
  resolveRevision,
  revisionAfterHashChange,
  type RevisionSummary,
} from '../../src/islands/shared/revision';
import { readDocuments, readSections, splitFrontmatter } from './contentChecks';

const root = fileURLToPath(new URL('../..', import.meta.url));
const sections = readSections(join(root, 'content'));
const context: RevisionContext = {
  documents: Object.fromEntries(
    readDocuments(join(root, 'content')).map((d) => [
      d.id,
      { jurisdiction: (d.data as unknown as { jurisdiction: JurisdictionId }).jurisdiction },
    ]),
  ),
  sectionText: (document, section) => sections.find((s) => s.document === document && s.slug === section)?.body,
  parameterSets,
  tools: readdirSync(join(root, 'src/pages/tools')).map((f) => f.replace(/\.astro$/, '')),
};

const revisionFiles = readdirSync(join(root, 'content/revisions')).filter((f) => f.endsWith('.mdx'));
const load = (file: string): RevisionSource => {
  const { frontmatter, body } = splitFrontmatter(readFileSync(join(root, 'content/revisions', file), 'utf8'));
  return { id: file.replace(/\.mdx$/, ''), data: RevisionSchema.parse(frontmatter), body };
};

/** A valid TPCH revision to break one field at a time. */
const tier2 = (): RevisionSource => load('tpch-rrh-tier-2-seventy-percent.mdx');
const problemsOf = (revision: RevisionSource) => {
  const checked = checkRevision(revision, context);
  return checked.ok ? [] : checked.problems.map((p): [string, string] => [p.field, p.message]);
};

test('the sample revisions include at least two from the seeds’ inconsistencies and one that changes a parameter', () => {
  const ids = revisionFiles.map((f) => f.replace(/\.mdx$/, ''));
  expect(ids).toEqual(
    expect.arrayContaining(['nashville-category-2-coc-rrh', 'nashville-esg-utility-payment-types', 'tpch-rrh-tier-2-seventy-percent']),
  );
  expect(revisionFiles.map(load).some((r) => r.data.parameterChanges.length > 0)).toBe(true);
});

for (const file of revisionFiles) {
  test(`${file} names real sections, parameters, quotes and tools, and gives proposed text for each section`, () => {
    expect(problemsOf(load(file))).toEqual([]);
  });
}

describe('checkRevision', () => {
  test('a section the document does not have is named with its field', () => {
    const r = tier2();
    r.data.sections = ['rapid-rehousing-programs', 'rapid-rehousing'];
    expect(problemsOf(r)).toEqual([
      [
        'sections.1',
        '"rapid-rehousing" is not a section of tpch-written-standards (content/standards/tpch-written-standards/rapid-rehousing.mdx)',
      ],
      ['sections.1', 'no proposed text for "rapid-rehousing": add "# rapid-rehousing" to the body followed by the proposed text'],
    ]);
  });

  test('an unknown parameter is reported by its field', () => {
    const r = tier2();
    r.data.parameterChanges = [{ parameter: 'rent.rrh.tier9.programShare', value: 7000, effective: '2027-01-01' }];
    expect(problemsOf(r)).toEqual([
      ['parameterChanges.0.parameter', 'Unknown parameter "rent.rrh.tier9.programShare" in the tucson-pima set'],
    ]);
  });

  test('a value of the wrong kind or unit is reported by its field', () => {
    const r = tier2();
    r.data.parameterChanges = [
      { parameter: 'rent.rrh.tier2.programShare', value: '70%', effective: '2027-01-01' },
      { parameter: 'rent.rrh.tier3.programShare', value: 33.5, effective: '2027-01-01' },
    ];
    expect(problemsOf(r)).toEqual([
      ['parameterChanges.0.value', '"rent.rrh.tier2.programShare" is measured in basis_points; "70%" is not a number'],
      ['parameterChanges.1.value', '"rent.rrh.tier3.programShare" takes a whole number of basis_points'],
    ]);
  });

  test('a parameter quote must be in the proposed text, and a comment-period quote in the cited section', () => {
    const r = tier2();
    r.data.parameterChanges = [
      { parameter: 'rent.rrh.tier2.programShare', value: 7500, effective: '2027-01-01', quote: 'Tier 2: The program pays 75%' },
    ];
    r.data.commentPeriod = {
      opens: '2026-11-16',
      closes: '2026-12-16',
      basis: { document: 'tpch-written-standards', section: 'introduction-and-purpose', quote: 'thirty days for comment' },
    };
    expect(problemsOf(r)).toEqual([
      ['commentPeriod.basis.quote', 'the quote is not in tpch-written-standards/introduction-and-purpose'],
      ['parameterChanges.0.quote', '"Tier 2: The program pays 75%" is not in the proposed text'],
    ]);
  });

  test('the body must hold the proposed text of each target section under a "# <section>" heading, and nothing else', () => {
    const r = tier2();
    r.body = `Stray introduction.\n\n${r.body}\n# key-terms\n\nText.\n`;
    expect(problemsOf(r).map(([field, message]) => `${field}: ${message.replace(/line \d+/, 'line N')}`)).toEqual([
      'body: text before the first "# <section>" heading: put every proposed text under the heading of its section',
      'body: line N: "# key-terms" is not one of the revision\'s sections (rapid-rehousing-programs)',
    ]);
  });

  test('an unknown document, a missing tool page and a reserved id are reported', () => {
    const r = { ...tier2(), id: 'status' };
    r.data.document = 'no-such-document';
    r.data.tools = ['no-such-tool'];
    expect(problemsOf(r).map(([field]) => field)).toEqual(['id', 'document', 'tools.0']);
  });

  test('the build message names the revision, its file and the field', () => {
    expect(describeProblems([{ revision: 'x', file: 'content/revisions/x.mdx', field: 'sections.0', message: 'm' }])).toBe(
      'Revision "x" (content/revisions/x.mdx), field sections.0: m',
    );
  });

  test('a valid revision comes back with its proposed text split out and its parameters overlaid', () => {
    const checked = checkRevision(tier2(), context);
    if (!checked.ok) throw new Error(describeProblems(checked.problems));
    expect(checked.value.jurisdiction).toBe('tucson-pima');
    expect(Object.keys(checked.value.proposedText)).toEqual(['rapid-rehousing-programs']);
    expect(checked.value.parameters.revision).toBe('tpch-rrh-tier-2-seventy-percent');
    expect(checked.value.parameters.parameters['rent.rrh.tier2.programShare']?.values.map((v) => [v.value, v.effective])).toEqual([
      [6700, '2023-03-28'],
      [7000, '2027-01-01'],
    ]);
  });
});

describe('RevisionSchema', () => {
  const base = { ...load('tpch-rrh-tier-2-seventy-percent.mdx').data };
  test('a comment period that closes before it opens is rejected at the field', () => {
    const result = RevisionSchema.safeParse({ ...base, commentPeriod: { opens: '2026-12-16', closes: '2026-11-16' } });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['commentPeriod.closes', 'must be after commentPeriod.opens'],
    ]);
  });
  test('an adopted or withdrawn revision needs the date it was decided', () => {
    const result = RevisionSchema.safeParse({ ...base, status: 'adopted' });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['decided', 'is required when the status is adopted']]);
  });
});

describe('calculators under a revision', () => {
  const tpch: RevisionSummary = {
    id: 'tpch-rrh-tier-2-seventy-percent',
    title: 'Tier 2 to 70%',
    status: 'public-comment',
    statusLabel: 'Public comment',
    jurisdiction: 'tucson-pima',
    jurisdictionLabel: 'Tucson/Pima County CoC (AZ-501)',
    url: '/revisions/tpch-rrh-tier-2-seventy-percent/',
    changes: [
      {
        parameter: 'rent.rrh.tier2.programShare',
        value: 7000,
        effective: '2027-01-01',
        label: 'RRH Tier 2: share of contract rent the program pays',
        adopted: '67%',
        proposed: '70%',
      },
    ],
  };
  const nashville: RevisionSummary = {
    ...tpch,
    id: 'n',
    title: 'Nashville change',
    jurisdiction: 'nashville-davidson',
    jurisdictionLabel: 'Nashville-Davidson County CoC (TN-504)',
    changes: [],
  };

  test('the revision id is read from the fragment, else the query string', () => {
    expect(requestedRevision('#revision=a&rent=900', '?revision=b')).toBe('a');
    expect(requestedRevision('#rent=900', '?revision=b')).toBe('b');
    expect(requestedRevision('', '')).toBeNull();
  });

  test('following an anchor or a worked-example link keeps the revision in use; naming one or emptying the fragment says afresh', () => {
    expect(revisionAfterHashChange('a', '#p4', '')).toBe('a');
    expect(revisionAfterHashChange('a', '#rapid-re-housing', '?revision=b')).toBe('a');
    expect(revisionAfterHashChange(null, '#p4', '')).toBeNull();
    expect(revisionAfterHashChange('a', '#rent=900&tier=2', '')).toBe('a');
    expect(revisionAfterHashChange(null, '#rent=900&tier=2', '')).toBeNull();
    expect(revisionAfterHashChange('a', '#revision=b&rent=900', '')).toBe('b');
    expect(revisionAfterHashChange('a', '#revision=&rent=900', '')).toBeNull();
    expect(revisionAfterHashChange('a', '', '')).toBeNull();
    expect(revisionAfterHashChange('a', '#', '?revision=b')).toBe('b');
  });

  test('a named revision of this jurisdiction overlays its changes and lists them as the server labelled them', () => {
    const state = resolveRevision(parameterSets['tucson-pima'], tpch.id, [tpch, nashville]);
    expect(state.problem).toBeNull();
    expect(state.revision?.changes).toEqual(tpch.changes);
    expect(valueAt(state.parameters.parameters['rent.rrh.tier2.programShare']!, '2027-01-01')?.value).toBe(7000);
    expect(state.parameters.revision).toBe(tpch.id);
    expect(defaultAsOf({ ...state, ready: true }, '2026-11-24')).toBe('2027-01-01');
    expect(defaultAsOf({ ...state, ready: true }, '2027-03-01')).toBe('2027-03-01');
  });

  test('an unknown revision or one for another jurisdiction leaves the adopted rules, with a reason to show', () => {
    const adopted = parameterSets['tucson-pima'];
    expect(resolveRevision(adopted, 'nope', [tpch]).problem).toBe(
      'There is no proposed revision “nope”, so these results use the adopted rules.',
    );
    const other = resolveRevision(adopted, 'n', [tpch, nashville]);
    expect(other.parameters).toBe(adopted);
    expect(other.problem).toContain('changes the Nashville-Davidson County CoC (TN-504) standards');
    expect(resolveRevision(adopted, null, null)).toEqual({ parameters: adopted, revision: null, problem: null });
  });

  test('an island that passes only its own calculator’s set ignores changes to other calculators’ numbers', () => {
    const rentOnly = rentParameterSets['tucson-pima'];
    const other = { parameter: 'no.such.rent.parameter', value: 1, effective: '2027-02-01', label: 'Other', adopted: '0', proposed: '1' };
    const mixed = { ...tpch, changes: [...tpch.changes, other] };
    const state = resolveRevision(rentOnly, tpch.id, [mixed]);
    expect(state.problem).toBeNull();
    expect(state.revision?.changes.map((c) => c.parameter)).toEqual(['rent.rrh.tier2.programShare']);
    expect(state.revision?.effective).toBe('2027-01-01');
  });

  test('a rent question lists only the changes to numbers it reads, and says when there are none', () => {
    const deposit = {
      ...tpch,
      changes: [
        {
          parameter: 'rent.securityDepositMaxMonths',
          value: 3,
          effective: '2027-01-01',
          label: 'Security deposit: most months of rent',
          adopted: '2 months',
          proposed: '3 months',
        },
      ],
    };
    const limits = resolveRevision(rentLimitParameterSets['tucson-pima'], tpch.id, [deposit]);
    expect(limits.revision?.changes.map((c) => [c.parameter, c.adopted, c.proposed])).toEqual([
      ['rent.securityDepositMaxMonths', '2 months', '3 months'],
    ]);
    expect(limits.parameters.parameters['rent.securityDepositMaxMonths']).not.toEqual(
      rentLimitParameterSets['tucson-pima'].parameters['rent.securityDepositMaxMonths'],
    );
    const incomeBased = resolveRevision(incomeBasedRentParameterSets['tucson-pima'], tpch.id, [deposit]);
    expect(incomeBased.problem).toBeNull();
    expect(incomeBased.revision?.changes).toEqual([]);
    expect(incomeBased.parameters.parameters).toEqual(incomeBasedRentParameterSets['tucson-pima'].parameters);
  });

  test('parameter values read as people write them', () => {
    expect([
      formatParameterValue('basis_points', 7000),
      formatParameterValue('cents', 90_000),
      formatParameterValue('days', 1),
      formatParameterValue('months', 24),
      formatParameterValue('boolean', true),
      formatParameterValue('text', '1,4'),
    ]).toEqual(['70%', '$900.00', '1 day', '24 months', 'yes', '1,4']);
  });
});

/** Runs a command without blocking the test worker (a blocked worker misses vitest's heartbeat during a long build). */
const run = (command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) =>
  new Promise<{ status: number | null; output: string }>((resolve) => {
    const child = spawn(command, args, { cwd, env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => resolve({ status, output }));
  });

/**
 * A copy of the project in a temporary folder, sharing the installed packages but not Astro's caches
 * (node_modules/.astro, .astro), so the fixture build cannot collide with another build of the checkout.
 */
function isolatedProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-bad-revision-'));
  for (const entry of [
    'astro.config.mjs',
    'package.json',
    'tsconfig.json',
    'src',
    'calculators',
    'public',
    'content',
    'test/fixtures/bad-revision',
  ]) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name !== '.astro' && name !== '.vite') symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return dir;
}

test('a revision with a missing section, an unknown parameter and a value of the wrong unit fails the build, naming the file and each field', async () => {
  const dir = isolatedProject();
  try {
    const { status, output } = await run('npx', ['astro', 'build'], dir, {
      ...process.env,
      HEARTH_CONTENT_DIR: './test/fixtures/bad-revision/content',
      OUT_DIR: './dist',
      ASTRO_TELEMETRY_DISABLED: '1',
    });
    expect(status).not.toBe(0);
    const file = 'Revision "bad-references" (test/fixtures/bad-revision/content/revisions/bad-references.mdx)';
    expect(output).toContain(`${file}, field sections.1: "no-such-section" is not a section of fixture-doc`);
    expect(output).toContain(`${file}, field parameterChanges.0.parameter: Unknown parameter "rent.rrh.tier9.programShare"`);
    expect(output).toContain(
      `${file}, field parameterChanges.1.value: "rent.rrh.tier2.programShare" is measured in basis_points; "70%" is not a number`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 300_000);
