import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { scoreNewBedfordNewProject, type NewBedfordNewProjectResult } from './newProject';
import type { NewBedfordNewProjectInput, NewProjectPart } from './newProjectSchema';

const strong: NewBedfordNewProjectInput = {
  asOf: '2019-08-09',
  experience: { administeredFederalFunds: true, servedServiceOrPopulation: true },
  housingFirstPoints: 15,
  chronicBeds: { dedicated: 12, total: 12 },
  mainstreamPoints: 5,
  lowBarrier: true,
  match: { request: 100_000_00, leasing: 0, committed: 25_000_00 },
  fiscal: { financialStability: true, promptExpenditure: true, noOutstandingFindings: true },
};
const score = (input: NewBedfordNewProjectInput): NewBedfordNewProjectResult => {
  const outcome = scoreNewBedfordNewProject(input);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.value;
};
const part = (input: NewBedfordNewProjectInput, p: NewProjectPart) => score(input).parts.find((x) => x.part === p)?.points;

describe('agency experience earns 20 only with both kinds of experience', () => {
  test('both: 20', () => expect(part(strong, 'experience')).toBe(20_00));
  test('federal funds only: 0', () =>
    expect(part({ ...strong, experience: { administeredFederalFunds: true, servedServiceOrPopulation: false } }, 'experience')).toBe(0));
  test('service or population only: 0', () =>
    expect(part({ ...strong, experience: { administeredFederalFunds: false, servedServiceOrPopulation: true } }, 'experience')).toBe(0));
});

describe('chronic homelessness earns 15 only when 100% of beds are dedicated', () => {
  test('12 of 12 beds: 15', () => expect(part(strong, 'chronicHomeless')).toBe(15_00));
  test('11 of 12 beds: 0', () => expect(part({ ...strong, chronicBeds: { dedicated: 11, total: 12 } }, 'chronicHomeless')).toBe(0));
  test('dedicated beds cannot outnumber beds', () =>
    expect(scoreNewBedfordNewProject({ ...strong, chronicBeds: { dedicated: 13, total: 12 } })).toEqual({
      ok: false,
      errors: [
        {
          path: 'chronicBeds.dedicated',
          message: 'The beds dedicated to chronic homelessness (13) cannot be more than the project’s beds (12)',
        },
      ],
    }));
});

describe('reviewer points stay within each criterion’s maximum', () => {
  test('Housing First 15 is allowed, 15.01 is an error', () => {
    expect(part({ ...strong, housingFirstPoints: 15 }, 'housingFirst')).toBe(15_00);
    expect(scoreNewBedfordNewProject({ ...strong, housingFirstPoints: 15.01 })).toEqual({
      ok: false,
      errors: [{ path: 'housingFirstPoints', message: 'Housing First points cannot be more than 15, the most Appendix B allows' }],
    });
  });
  test('mainstream services 5 is allowed, 6 is an error', () => {
    expect(part({ ...strong, mainstreamPoints: 4.5 }, 'mainstream')).toBe(4_50);
    expect(scoreNewBedfordNewProject({ ...strong, mainstreamPoints: 6 })).toMatchObject({
      ok: false,
      errors: [{ path: 'mainstreamPoints' }],
    });
  });
  test('low barrier: 5 or 0', () => {
    expect(part(strong, 'lowBarrier')).toBe(5_00);
    expect(part({ ...strong, lowBarrier: false }, 'lowBarrier')).toBe(0);
  });
});

describe('match earns 20 when the committed match covers 25% of the request excluding leasing', () => {
  // ($100,000 − $50,000) × 25% = $12,500.
  test.each([
    [12_499_99, 0],
    [12_500_00, 20_00],
    [12_500_01, 20_00],
  ])('committing %i cents against $12,500 required scores %i', (committed, points) =>
    expect(part({ ...strong, match: { request: 100_000_00, leasing: 50_000_00, committed } }, 'match')).toBe(points),
  );
  // $100,000.01 × 25% = $25,000.0025: at least that is $25,000.01.
  test('a required match that is not whole cents rounds up, since it is a minimum', () => {
    expect(score({ ...strong, match: { request: 100_000_01, leasing: 0, committed: 25_000_00 } }).requiredMatch).toBe(25_000_01);
    expect(part({ ...strong, match: { request: 100_000_01, leasing: 0, committed: 25_000_00 } }, 'match')).toBe(0);
  });
  test('leasing larger than the request is refused', () =>
    expect(scoreNewBedfordNewProject({ ...strong, match: { request: 100, leasing: 101, committed: 0 } })).toEqual({
      ok: false,
      errors: [{ path: 'match.leasing', message: 'The leasing request cannot be more than the total grant request' }],
    }));
});

describe('fiscal management: the maximum needs all three findings; below it the committee gives the points', () => {
  test('all three: 20', () => expect(part(strong, 'fiscal')).toBe(20_00));
  test('not all three and no points entered: the committee must say', () =>
    expect(scoreNewBedfordNewProject({ ...strong, fiscal: { ...strong.fiscal, noOutstandingFindings: false } })).toEqual({
      ok: false,
      errors: [
        {
          path: 'fiscal.points',
          message:
            'The applicant did not demonstrate no outstanding audit or HUD monitoring findings, and Appendix B states only what earns the maximum: enter the points the committee gave, below 20',
        },
      ],
    }));
  test('not all three with 12 points: 12', () =>
    expect(part({ ...strong, fiscal: { ...strong.fiscal, promptExpenditure: false, points: 12 } }, 'fiscal')).toBe(12_00));
  test('not all three but the full 20 entered is a contradiction', () =>
    expect(scoreNewBedfordNewProject({ ...strong, fiscal: { ...strong.fiscal, promptExpenditure: false, points: 20 } })).toMatchObject({
      ok: false,
      errors: [{ path: 'fiscal.points', message: expect.stringContaining('The maximum 20 points need all three fiscal findings') }],
    }));
  test('all three yet fewer points entered is a contradiction', () =>
    expect(scoreNewBedfordNewProject({ ...strong, fiscal: { ...strong.fiscal, points: 15 } })).toMatchObject({
      ok: false,
      errors: [{ path: 'fiscal.points', message: expect.stringContaining('You answered yes to all three fiscal questions') }],
    }));
});

test('a project meeting every criterion scores 100: 20 + (15 + 15 + 5 + 5) + 20 + 20', () => {
  const result = score(strong);
  expect([result.total, result.quality.points, result.maximum]).toEqual([100_00, 40_00, 100_00]);
  expect(result.reasons.at(-1)?.text).toBe('Total: 20 experience + 40 quality + 20 match + 20 fiscal management = 100 of 100 points.');
});

test('the total is always the sum of the parts and at most 100', () => {
  fc.assert(
    fc.property(
      fc.record({
        a: fc.boolean(),
        b: fc.boolean(),
        hf: fc.integer({ min: 0, max: 1500 }),
        ms: fc.integer({ min: 0, max: 500 }),
        dedicated: fc.integer({ min: 0, max: 20 }),
        low: fc.boolean(),
        committed: fc.integer({ min: 0, max: 50_000_00 }),
      }),
      ({ a, b, hf, ms, dedicated, low, committed }) => {
        const result = score({
          ...strong,
          experience: { administeredFederalFunds: a, servedServiceOrPopulation: b },
          housingFirstPoints: hf / 100,
          mainstreamPoints: ms / 100,
          chronicBeds: { dedicated, total: 20 },
          lowBarrier: low,
          match: { request: 100_000_00, leasing: 0, committed },
        });
        expect(result.total).toBe(result.parts.reduce((t, p) => t + p.points, 0));
        expect(result.total).toBeLessThanOrEqual(result.maximum);
        expect(result.quality.points).toBeLessThanOrEqual(result.quality.maximum);
      },
    ),
  );
});
