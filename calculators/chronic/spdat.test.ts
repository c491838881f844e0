import { describe, expect, test } from 'vitest';
import { serviceNeedsLevel, type ServiceNeedsInput } from './spdat';

const asOf = '2024-06-01';
const level = (tool: ServiceNeedsInput['tool'], population: ServiceNeedsInput['population'], score: number) => {
  const outcome = serviceNeedsLevel({ tool, population, score, asOf }, { jurisdiction: 'tucson-pima' });
  return outcome.ok ? outcome.value.level : outcome.errors;
};

describe('TPCH service needs by SPDAT score', () => {
  test.each([
    // VI-SPDAT individuals: low 0–3, moderate 4–7, high 8–11, severe 12–17
    ['vi-spdat', 'individual', 0, 'low'],
    ['vi-spdat', 'individual', 3, 'low'],
    ['vi-spdat', 'individual', 4, 'moderate'],
    ['vi-spdat', 'individual', 7, 'moderate'],
    ['vi-spdat', 'individual', 8, 'high'],
    ['vi-spdat', 'individual', 11, 'high'],
    ['vi-spdat', 'individual', 12, 'severe'],
    ['vi-spdat', 'individual', 17, 'severe'],
    // VI-SPDAT youth uses the same bands as individuals
    ['vi-spdat', 'youth', 12, 'severe'],
    // VI-SPDAT families: moderate 4–8, high 9–11, severe 12–22
    ['vi-spdat', 'family', 8, 'moderate'],
    ['vi-spdat', 'family', 9, 'high'],
    ['vi-spdat', 'family', 22, 'severe'],
    // Full SPDAT individuals and youth share a column: low 0–19, moderate 20–34, high 35–44, severe 45–60
    ['full-spdat', 'individual', 19, 'low'],
    ['full-spdat', 'youth', 20, 'moderate'],
    ['full-spdat', 'individual', 44, 'high'],
    ['full-spdat', 'youth', 45, 'severe'],
    // Full SPDAT families: low 0–26, moderate 27–53, high 54–65, severe 66–80
    ['full-spdat', 'family', 26, 'low'],
    ['full-spdat', 'family', 27, 'moderate'],
    ['full-spdat', 'family', 53, 'moderate'],
    ['full-spdat', 'family', 54, 'high'],
    ['full-spdat', 'family', 65, 'high'],
    ['full-spdat', 'family', 66, 'severe'],
  ] as const)('%s %s score %i is %s', (tool, population, score, expected) => {
    expect(level(tool, population, score)).toBe(expected);
  });

  test('a score above the tool’s range is refused with the range', () => {
    expect(level('vi-spdat', 'individual', 18)).toEqual([
      { path: 'score', message: 'VI-SPDAT (individual) scores run from 0 to 17: check the score' },
    ]);
    expect(level('full-spdat', 'family', -1)).toEqual([
      { path: 'score', message: 'Full SPDAT (family) scores run from 0 to 80: check the score' },
    ]);
  });

  test('the result cites the row of TPCH’s table', () => {
    const outcome = serviceNeedsLevel({ tool: 'vi-spdat', population: 'family', score: 10, asOf }, { jurisdiction: 'tucson-pima' });
    expect(outcome.ok && outcome.value).toMatchObject({
      level: 'high',
      band: { lowest: 9, highest: 11 },
      reasons: [
        {
          text: 'A VI-SPDAT (family) score of 10 is in the high service needs band, 9 to 11.',
          citations: [{ doc: 'tpch-written-standards', section: 'key-terms' }],
        },
      ],
    });
  });

  test('the result lists every band of the column, severe first, so a page can show the table without the instrument', () => {
    const outcome = serviceNeedsLevel({ tool: 'full-spdat', population: 'youth', score: 30, asOf }, { jurisdiction: 'tucson-pima' });
    expect(outcome.ok && outcome.value.bands).toEqual([
      { level: 'severe', lowest: 45, highest: 60 },
      { level: 'high', lowest: 35, highest: 44 },
      { level: 'moderate', lowest: 20, highest: 34 },
      { level: 'low', lowest: 0, highest: 19 },
    ]);
  });

  test('standards without a score table say so', () => {
    expect(
      serviceNeedsLevel({ tool: 'vi-spdat', population: 'individual', score: 5, asOf }, { jurisdiction: 'nashville-davidson' }),
    ).toEqual({
      ok: false,
      errors: [
        {
          path: 'tool',
          message:
            "The Nashville-Davidson County CoC (TN-504) standards set no service-needs levels for SPDAT scores (TPCH's standards do)",
        },
      ],
    });
  });
});
