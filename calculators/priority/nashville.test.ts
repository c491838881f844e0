import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { overlayParameters } from '../core/parameters';
import { parameterSets } from '../parameters';
import { scoreNashvilleRrh } from './nashville/rrhScore';
import { AS_OF, errors, nashville, nashvilleRrhHousehold, value } from './testFixtures';

const score = (overrides: Record<string, unknown>) =>
  value(scoreNashvilleRrh({ asOf: AS_OF, ...nashvilleRrhHousehold(overrides) }, nashville));

describe('the RRH priority score', () => {
  test('is the assessment score when no point applies', () => {
    // 8 + 0 + 0 + 0 = 8
    expect(score({})).toMatchObject({ priorityScore: 8, points: { unsheltered: 0, olderAdult: 0, covidRisk: 0 } });
  });

  test('adds 1 point for unsheltered homelessness', () => {
    // 8 + 1 = 9
    expect(score({ unsheltered: true })).toMatchObject({ priorityScore: 9, points: { unsheltered: 1 } });
  });

  test.each([
    // age 55+ earns the point: 54 no, 55 yes, 56 yes
    [54, 0, 8],
    [55, 1, 9],
    [56, 1, 9],
  ])('age %i adds %i (score %i)', (age, olderAdult, priorityScore) => {
    expect(score({ age })).toMatchObject({ priorityScore, points: { olderAdult } });
  });

  test('adds 1 point for a CDC-identified COVID-19 risk condition', () => {
    expect(score({ covidRiskCondition: true })).toMatchObject({ priorityScore: 9, points: { covidRisk: 1 } });
  });

  test('a DV-CE assessment score counts like a VI-SPDAT score', () => {
    // 11 + 1 (unsheltered) = 12
    expect(score({ assessment: 'dv-ce', assessmentScore: 11, unsheltered: true })).toMatchObject({
      assessment: 'dv-ce',
      priorityScore: 12,
    });
  });

  test('the total reason shows the sum', () => {
    // 9 + 1 + 1 + 1 = 12
    const result = score({ assessmentScore: 9, unsheltered: true, age: 60, covidRiskCondition: true });
    expect(result.reasons.find((r) => r.code === 'nashville-rrh-priority-score')?.text).toBe('Priority score: 9 + 1 + 1 + 1 = 12.');
  });

  test('length of time homeless is counted in days up to the date', () => {
    // 2023-03-01 to 2024-03-01 = 366 days (2024 is a leap year)
    expect(score({}).daysHomeless).toBe(366);
    expect(score({ homelessSince: AS_OF }).daysHomeless).toBe(0);
  });

  test('homelessness that starts after the date is a contradiction on the start date', () => {
    expect(errors(scoreNashvilleRrh({ asOf: AS_OF, ...nashvilleRrhHousehold({ homelessSince: '2024-03-02' }) }, nashville))).toEqual([
      {
        path: 'homelessSince',
        message:
          'The date this episode of homelessness began (2024-03-02) is after the date the priority is worked out (2024-03-01): correct one of the two dates',
      },
    ]);
  });

  test('bad answers get field-specific messages', () => {
    expect(
      errors(
        scoreNashvilleRrh(
          {
            asOf: AS_OF,
            assessment: 'spdat',
            assessmentScore: -1,
            unsheltered: 'yes',
            age: 130,
            covidRiskCondition: undefined,
            homelessSince: 'last year',
          },
          nashville,
        ),
      ),
    ).toEqual([
      { path: 'assessment', message: 'Choose the assessment: VI-SPDAT or DV-CE' },
      { path: 'assessmentScore', message: 'The assessment score cannot be less than 0' },
      { path: 'unsheltered', message: 'Answer yes or no: is the household unsheltered?' },
      { path: 'age', message: 'The age of the person assessed cannot be more than 120: check it' },
      { path: 'covidRiskCondition', message: 'Answer yes or no: does the person have a CDC-identified COVID-19 risk condition?' },
      {
        path: 'homelessSince',
        message: 'Enter the date this episode of homelessness began as a real date written YYYY-MM-DD, like 2024-03-31',
      },
    ]);
  });

  test('only Nashville-Davidson has the score', () => {
    expect(errors(scoreNashvilleRrh({ asOf: AS_OF, ...nashvilleRrhHousehold() }, { jurisdiction: 'tucson-pima' }))[0]).toMatchObject({
      path: 'jurisdiction',
    });
  });

  test('a date before the 2021 standards is an error on the date', () => {
    expect(
      errors(scoreNashvilleRrh({ asOf: '2021-06-28', ...nashvilleRrhHousehold({ homelessSince: '2021-01-01' }) }, nashville))[0],
    ).toMatchObject({ path: 'asOf' });
  });

  test('a revision that drops the COVID-19 point is an overlay setting it to 0', () => {
    const proposal = overlayParameters(parameterSets['nashville-davidson'], 'drop covid point', [
      { parameter: 'priority.nashville.rrh.covidRiskPoints', value: 0, effective: '2024-01-01' },
    ]);
    if (!proposal.ok) throw new Error('overlay failed');
    // 8 + 0 = 8 under the proposal; 8 + 1 = 9 adopted
    expect(
      value(scoreNashvilleRrh({ asOf: AS_OF, ...nashvilleRrhHousehold({ covidRiskCondition: true }) }, { parameters: proposal.value }))
        .priorityScore,
    ).toBe(8);
    expect(score({ covidRiskCondition: true }).priorityScore).toBe(9);
  });
});

describe('properties', () => {
  const household = fc.record({
    assessmentScore: fc.integer({ min: 0, max: 22 }),
    unsheltered: fc.boolean(),
    age: fc.integer({ min: 18, max: 100 }),
    covidRiskCondition: fc.boolean(),
  });

  test('the priority score is the assessment score plus the points, each 0 or 1', () => {
    fc.assert(
      fc.property(household, (h) => {
        const result = score(h);
        expect(result.priorityScore).toBe(
          h.assessmentScore + result.points.unsheltered + result.points.olderAdult + result.points.covidRisk,
        );
        expect(result.points.unsheltered).toBe(h.unsheltered ? 1 : 0);
        expect(result.points.olderAdult).toBe(h.age >= 55 ? 1 : 0);
        expect(result.points.covidRisk).toBe(h.covidRiskCondition ? 1 : 0);
      }),
    );
  });

  test('answering yes to a point question never lowers the score', () => {
    fc.assert(
      fc.property(household, fc.constantFrom('unsheltered', 'covidRiskCondition'), (h, question) => {
        expect(score({ ...h, [question]: true }).priorityScore).toBeGreaterThanOrEqual(score({ ...h, [question]: false }).priorityScore);
      }),
    );
  });
});
