import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { fy2019Projects } from './examples/ranking';
import { rankProjects, type RankingResult } from './ranking';
import type { RankProjectsInput } from './rankingSchema';

const fy2019: RankProjectsInput = {
  asOf: '2019-08-15',
  annualRenewalDemand: 1_758_917_00,
  bonusAmount: 96_394_00,
  unscoredPlacement: 'above-scored',
  projects: fy2019Projects,
};
const rank = (input: RankProjectsInput): RankingResult => {
  const outcome = rankProjects(input);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.value;
};

test('the FY2019 rank and order is reproduced, with Portico split $513,385 / $105,535', () => {
  const result = rank(fy2019);
  expect(result.projects.map((p) => [p.rank, p.name, p.placement])).toEqual([
    [1, 'HMIS NEW BEDFORD', 'tier-1'],
    [2, 'THE CALL', 'tier-1'],
    [3, 'FAMILY PRESERVATION PROG.', 'tier-1'],
    [4, 'STEP-UP', 'tier-1'],
    [5, 'WELCOME HOME', 'tier-1'],
    [6, 'TRANSITION TO STABILITY', 'tier-1'],
    [7, 'PRISM', 'tier-1'],
    [8, 'PORTICO', 'straddles'],
  ]);
  expect(result.projects[7]).toMatchObject({ tier1: 513_385_00, tier2: 105_535_00, beyondTier2: 0 });
});

// 94% × $1,758,917.00 = $1,653,381.98, half-up to the dollar $1,653,382; $1,758,917.50 × 94% = $1,653,382.45 → $1,653,382.
test('Tier 1 is 94% of the ARD rounded half-up to the whole dollar', () => {
  expect(rank(fy2019).tier1Line).toBe(1_653_382_00);
  expect(rank({ ...fy2019, annualRenewalDemand: 1_758_917_50 }).tier1Line).toBe(1_653_382_00);
  // $100,000.00 × 94% = $94,000.00 exactly: no rounding.
  expect(rank({ ...fy2019, annualRenewalDemand: 100_000_00, projects: [fy2019Projects[0]!] }).tier1Line).toBe(94_000_00);
  expect(rank(fy2019).reasons.find((r) => r.code === 'ranking-tier1')?.text).toContain(
    'Tier 1 = 94% × $1,758,917.00 ARD = $1,653,381.98, rounded half-up to the whole dollar = $1,653,382.00.',
  );
});

describe('the Tier 1 line splits requests exactly at the line', () => {
  const two = (first: number, second: number, line: number): RankingResult =>
    rank({
      ...fy2019,
      tier1Amount: line,
      annualRenewalDemand: 1_000_000_00,
      bonusAmount: 0,
      projects: [
        { name: 'A', request: first, score: 90 },
        { name: 'B', request: second, score: 80 },
      ],
    });
  test('a project ending exactly on the line is all in Tier 1 and the next all in Tier 2', () => {
    const result = two(500_000_00, 100_000_00, 500_000_00);
    expect(result.projects.map((p) => p.placement)).toEqual(['tier-1', 'tier-2']);
  });
  test('one cent over the line straddles it', () => {
    const result = two(500_000_01, 100_000_00, 500_000_00);
    expect(result.projects[0]).toMatchObject({ placement: 'straddles', tier1: 500_000_00, tier2: 1 });
  });
  test('requests past Tier 2 are reported as beyond it', () => {
    // Tier 2 = $1,000,000 − $500,000 + $0 = $500,000; $600,000 + $500,000 − $500,000 − $500,000 = $100,000 beyond.
    const result = two(600_000_00, 500_000_00, 500_000_00);
    expect(result.projects[1]).toMatchObject({ placement: 'beyond-tier-2', tier2: 400_000_00, beyondTier2: 100_000_00 });
    expect(result.beyondTier2).toBe(100_000_00);
    expect(result.reasons.some((r) => r.code === 'ranking-beyond-tier2')).toBe(true);
  });
});

describe('unscored projects and ties are left to the committee, never silently placed', () => {
  test('an unscored project needs a placement choice', () => {
    const { unscoredPlacement: _u, ...rest } = fy2019;
    expect(rankProjects(rest)).toEqual({
      ok: false,
      errors: [
        {
          path: 'unscoredPlacement',
          message:
            '"HMIS NEW BEDFORD" has no score and Appendix B does not say where unscored projects rank: choose above or below the scored projects',
        },
      ],
    });
  });
  test('below the scored projects puts HMIS and THE CALL last', () => {
    expect(
      rank({ ...fy2019, unscoredPlacement: 'below-scored' })
        .projects.slice(-2)
        .map((p) => p.name),
    ).toEqual(['HMIS NEW BEDFORD', 'THE CALL']);
  });
  test('tied projects keep the order given, are marked, and a reason says the committee decides', () => {
    const result = rank({ ...fy2019, projects: [...fy2019Projects.slice(2, 4), { name: 'NEW', request: 1_000_00, score: 75 }] });
    expect(result.projects.map((p) => p.name)).toEqual(['FAMILY PRESERVATION PROG.', 'STEP-UP', 'NEW']);
    expect(result.projects[1]?.tiedWith).toEqual(['NEW']);
    expect(result.ties).toEqual([{ score: 75_00, names: ['STEP-UP', 'NEW'], acrossTierLine: false }]);
    expect(result.reasons.find((r) => r.code === 'ranking-tie')?.text).toContain('Appendix B names no tie-breaker');
  });
});

describe('bad lists are refused with messages that name the project', () => {
  test('the same project twice', () =>
    expect(rankProjects({ ...fy2019, projects: [...fy2019Projects, { name: 'portico ', request: 1, score: 1 }] })).toEqual({
      ok: false,
      errors: [{ path: 'projects.8.name', message: '"portico" is listed twice (also project 8): give each project once' }],
    }));
  test('a score above 100', () =>
    expect(rankProjects({ ...fy2019, projects: [{ name: 'X', request: 1, score: 100.5 }] })).toEqual({
      ok: false,
      errors: [{ path: 'projects.0.score', message: 'X: a score cannot be more than 100 points' }],
    }));
  test('a Tier 1 amount above the ARD', () =>
    expect(rankProjects({ ...fy2019, tier1Amount: 1_758_917_01 })).toEqual({
      ok: false,
      errors: [{ path: 'tier1Amount', message: 'The Tier 1 amount cannot be more than the Annual Renewal Demand' }],
    }));
  test('an empty list', () =>
    expect(rankProjects({ ...fy2019, projects: [] })).toEqual({
      ok: false,
      errors: [{ path: 'projects', message: 'Add at least one project' }],
    }));
});

const projectList = fc.uniqueArray(
  fc.record({
    name: fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim().length > 0),
    request: fc.integer({ min: 0, max: 1_000_000_00 }),
    score: fc.option(
      fc.integer({ min: 0, max: 10_000 }).map((h) => h / 100),
      { nil: null },
    ),
  }),
  { selector: (p) => p.name.trim().toLowerCase(), minLength: 1, maxLength: 40 },
);

test('every request is split whole across Tier 1, Tier 2 and beyond, and Tier 1 never exceeds its line', () => {
  fc.assert(
    fc.property(
      projectList,
      fc.integer({ min: 0, max: 20_000_000_00 }),
      fc.integer({ min: 0, max: 1_000_000_00 }),
      (projects, ard, bonus) => {
        const result = rank({
          asOf: '2019-08-15',
          annualRenewalDemand: ard,
          bonusAmount: bonus,
          unscoredPlacement: 'above-scored',
          projects,
        });
        for (const p of result.projects) expect(p.tier1 + p.tier2 + p.beyondTier2).toBe(p.request);
        expect(result.tier1Requested).toBeLessThanOrEqual(result.tier1Line);
        expect(result.tier2Requested).toBeLessThanOrEqual(result.tier2Available);
        const scores = result.projects.filter((p) => p.score !== null).map((p) => p.score as number);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
        expect(result.projects.map((p) => p.rank)).toEqual(result.projects.map((_, i) => i + 1));
      },
    ),
  );
});

test('with distinct scores the ranking does not depend on the order the list is given in', () => {
  fc.assert(
    fc.property(
      projectList.map((ps) => ps.map((p, i) => ({ ...p, score: 100 - i * 0.01 }))),
      fc.nat(),
      (projects, seed) => {
        const shuffled = [...projects].sort(
          (a, b) => ((a.name.charCodeAt(0) * 31 + seed) % 17) - ((b.name.charCodeAt(0) * 31 + seed) % 17),
        );
        const names = (ps: typeof projects) =>
          rank({ asOf: '2019-08-15', annualRenewalDemand: 1_000_000_00, bonusAmount: 0, projects: ps }).projects.map((p) => p.name);
        expect(names(shuffled)).toEqual(names(projects));
      },
    ),
  );
});
