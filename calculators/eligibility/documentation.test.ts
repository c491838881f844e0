import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { citationProblems } from '../../test/unit/citationCheck';
import type { Citation } from '../core/citation';
import { definitions } from './definitions';
import { documentationLibrary } from './documentationSources';
import { decide, rentingFamily, sleptOutside, stayingWithFriends } from './fixtures';
import { inconsistencyRules } from './inconsistencyNotes';
import type { EligibilityInput } from './schema';
import { evidenceLevels } from './vocabulary';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Checks a quoted citation the way the parameter citation test does (the quote must be in the cited section). */
const quoteProblems = (name: string, citation: Citation): string[] =>
  citation.quote === undefined
    ? [`${name} has no quote`]
    : citationProblems(
        root,
        { id: name, label: name, unit: 'text', values: [] },
        { value: '', effective: '2000-01-01', citation: { ...citation, quote: citation.quote } },
      );

const everyCitation: [string, Citation][] = [
  ...Object.entries(definitions).map(([name, citation]): [string, Citation] => [`definitions.${name}`, citation]),
  ...[...documentationLibrary['hud-chart'], ...documentationLibrary['tpch-levels']].flatMap((source) =>
    source.citations.map((c): [string, Citation] => [`documentation ${source.topic} (${c.doc})`, c]),
  ),
  ...inconsistencyRules.flatMap((note) =>
    note.citations.map((c, index): [string, Citation] => [`inconsistency ${note.id} #${index + 1}`, c]),
  ),
];

describe('every passage the eligibility rules quote outside the parameters is in the cited section', () => {
  test.each(everyCitation)('%s', (name, citation) => {
    expect(quoteProblems(name, citation)).toEqual([]);
  });
});

test('the next steps quote their passages exactly too', () => {
  const steps = decide({ ...sleptOutside, fleeingViolence: true }, { jurisdiction: 'nashville-davidson' }).nextSteps;
  for (const step of steps) for (const citation of step.citations) expect(quoteProblems(step.code, citation)).toEqual([]);
});

test('a wrong quote is caught, so the checks above can fail', () => {
  expect(
    quoteProblems('made up', {
      doc: 'federal-regulations',
      section: '24-cfr-578-3-homeless',
      quote: 'within 15 days of the date of application',
    }),
  ).toHaveLength(1);
});

test('evidence is listed in the order of preference: third-party, intake worker, self-certification', () => {
  const result = decide({
    ...sleptOutside,
    fleeingViolence: true,
    lastNight: 'emergency-shelter',
    unwillingOrUnableToUseShelter: undefined,
  });
  const ranks = result.documentation.flatMap((entry) =>
    entry.requirements.map((r) => r.options.map((o) => evidenceLevels.indexOf(o.level))),
  );
  expect(ranks.length).toBeGreaterThan(0);
  for (const order of ranks) expect(order).toEqual([...order].sort((a, b) => a - b));
});

test('the checklist covers each category that applies, and nothing else', () => {
  expect(decide(sleptOutside).documentation.map((d) => d.topic)).toEqual(['category-1']);
  // Category 4 with income below the limit also fits ESG prevention, so income evidence joins the list.
  expect(decide({ ...sleptOutside, fleeingViolence: true }).documentation.map((d) => d.topic)).toEqual([
    'category-1',
    'category-4',
    'income',
  ]);
  expect(
    decide({ ...sleptOutside, fleeingViolence: true, program: 'ESG', component: 'emergency-shelter' }).documentation.map((d) => d.topic),
  ).toEqual(['category-1', 'category-4']);
  expect(decide(rentingFamily).documentation).toEqual([]);
});

test('category 1 lists evidence of the institution stay only for someone leaving an institution', () => {
  const street = decide(sleptOutside).documentation[0];
  expect(street?.requirements.map((r) => r.need)).toEqual(['Where the household stayed (the street or a shelter)']);
  const institution = decide({
    ...sleptOutside,
    lastNight: 'institution',
    institution: { daysStayed: 20, placeBefore: 'unsheltered' },
    unwillingOrUnableToUseShelter: undefined,
  }).documentation[0];
  expect(institution?.requirements.map((r) => r.need)).toEqual([
    'Where the household stayed (the street or a shelter)',
    'The stay in the institution',
  ]);
});

test('category 1 evidence in the HUD chart: outreach observation, provider referral, then self-certification', () => {
  expect(decide(sleptOutside).documentation[0]?.requirements[0]?.options).toEqual([
    { level: 'third-party', text: 'Written observation by the outreach worker' },
    { level: 'third-party', text: 'Written referral by another housing or service provider' },
    {
      level: 'self-certification',
      text: 'Certification by the individual or head of household seeking assistance stating that (s)he was living on the streets or in shelter',
    },
  ]);
});

test('category 2 evidence in the HUD chart puts the court order before the verified oral statement', () => {
  const result = decide({ ...stayingWithFriends, mustLeave: true, mustLeaveOn: '2024-06-10', writtenNotice: false });
  expect(result.documentation[0]?.requirements[0]?.options.map((o) => o.level)).toEqual(['third-party', 'third-party', 'intake-worker']);
});

test('category 4 evidence depends on whether a victim service provider runs the project', () => {
  const fleeing = { ...sleptOutside, fleeingViolence: true, program: 'ESG', component: 'emergency-shelter' } as const;
  const category4 = (victimServiceProvider?: boolean) =>
    decide({ ...fleeing, ...(victimServiceProvider === undefined ? {} : { project: { victimServiceProvider } }) }).documentation.find(
      (d) => d.category === 4,
    )?.requirements.length;
  expect(category4(true)).toBe(1);
  expect(category4(false)).toBe(3);
  expect(category4()).toBe(4);
});

test('the category 3 checklist repeats the look-back and move numbers from the parameters', async () => {
  const { overlayParameters } = await import('../core/parameters');
  const { parameterSets } = await import('../parameters');
  const proposal = overlayParameters(parameterSets.hud, 'Longer look-back', [
    { parameter: 'eligibility.category3.lookbackDays', value: 90, effective: '2024-01-01' },
    { parameter: 'eligibility.category3.minimumMoves', value: 3, effective: '2024-01-01' },
  ]);
  if (!proposal.ok) throw new Error('the overlay was refused');
  const youth: EligibilityInput = {
    ...stayingWithFriends,
    mustLeave: false,
    household: { size: 1, headAge: 20, childrenOrYouth: false, disability: false },
    unit: { kind: 'larger', people: 3, rooms: 4 },
    otherFederalStatute: 'other',
    permanentHousingRecently: false,
    recentMoves: 3,
    specialNeeds: ['substance-addiction'],
    barriersToEmployment: 0,
  };
  const needs = decide(youth, { parameters: proposal.value })
    .documentation.find((d) => d.category === 3)
    ?.requirements.map((r) => r.need);
  expect(needs).toContain('No permanent housing in the last 90 days');
  expect(needs).toContain('3 or more moves in the last 90 days');
});

test('homelessness prevention adds income evidence; permanent supportive housing adds disability evidence', () => {
  const prevention = decide({ ...rentingFamily, leavingInstitutionOrCare: true, program: 'ESG', component: 'homelessness-prevention' });
  expect(prevention.documentation.map((d) => d.topic)).toEqual(['income']);
  const psh = decide({
    ...sleptOutside,
    household: { ...sleptOutside.household, disability: true, chronicallyHomeless: true },
    program: 'CoC',
    component: 'permanent-supportive-housing',
    project: { chronicDedicated: true },
  });
  expect(psh.documentation.map((d) => d.topic)).toEqual(['category-1', 'disability', 'chronic']);
});
