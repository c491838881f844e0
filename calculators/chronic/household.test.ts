import { describe, expect, test } from 'vitest';
import type { ChronicInput } from './schemas';
import { backFrom, individual, verified } from './testFixtures';

const A = '2024-06-01';
const chronicTimeline = backFrom(A, [['street', 400]]);
const family = (household: ChronicInput['household'], disability: ChronicInput['disability']): ChronicInput => ({
  ...individual(A, chronicTimeline),
  household,
  disability,
});

describe('families are chronically homeless through the head of household', () => {
  test('an adult head of household with a disability who meets the definition makes the household chronic', () => {
    expect(
      verified(family({ role: 'adult_head', adultPresent: true }, { hasDisability: true, verification: 'third_party' })),
    ).toMatchObject({ chronic: true, basis: 'continuous' });
  });

  test('a minor head of household, with no adult present, can make the family chronic', () => {
    expect(
      verified(family({ role: 'minor_head', adultPresent: false }, { hasDisability: true, verification: 'third_party' })),
    ).toMatchObject({ chronic: true });
  });

  test('another adult member’s timeline cannot make the family chronic, however long', () => {
    const result = verified(family({ role: 'other_adult', adultPresent: true }, { hasDisability: true, verification: 'third_party' }));
    expect(result).toMatchObject({ chronic: false, basis: null, timelineBasis: 'continuous' });
    expect(result.reasons.map((r) => r.code)).toContain('not-head-of-household');
  });

  test('a child’s timeline cannot make the family chronic', () => {
    expect(verified(family({ role: 'child', adultPresent: true }, { hasDisability: true, verification: 'third_party' }))).toMatchObject({
      chronic: false,
      timelineBasis: 'continuous',
    });
  });
});

describe('a qualifying disability', () => {
  test('without a qualifying disability the person is not chronically homeless', () => {
    const result = verified(family({ role: 'adult_head', adultPresent: true }, { hasDisability: false, verification: 'none' }));
    expect(result).toMatchObject({ chronic: false, timelineBasis: 'continuous' });
    expect(result.reasons.find((r) => r.code === 'disability')?.text).toBe(
      'No qualifying disability is recorded, and chronic homelessness requires one.',
    );
  });

  test('a child’s disability counts when no adult is present', () => {
    expect(
      verified(
        family(
          { role: 'minor_head', adultPresent: false },
          { hasDisability: false, childWithDisability: true, verification: 'third_party' },
        ),
      ),
    ).toMatchObject({
      chronic: true,
    });
  });

  test('a child’s disability does not count when an adult is present', () => {
    const result = verified(
      family({ role: 'adult_head', adultPresent: true }, { hasDisability: false, childWithDisability: true, verification: 'third_party' }),
    );
    expect(result.chronic).toBe(false);
    expect(result.reasons.find((r) => r.code === 'disability')?.text).toMatch(
      /an adult is present, so only the head of household’s own disability counts/,
    );
  });
});
