import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { overlayParameters } from '../core/parameters';
import { priorityParameterSets } from '../parameters/priority';
import { parameterSets } from '../parameters';
import { prioritizeTpch } from './tpch/prioritize';
import { AS_OF, chronicBedHousehold, errors, tpch, value } from './testFixtures';

const placement = (overrides: Record<string, unknown>) => value(prioritizeTpch(chronicBedHousehold(overrides), tpch)).placement;

describe('service needs come from the SPDAT table (the chronic helper)', () => {
  test.each([
    // VI-SPDAT individuals: high 8–11, severe 12–17
    ['vi-spdat', 'individual', 11, 'high'],
    ['vi-spdat', 'individual', 12, 'severe'],
    ['vi-spdat', 'individual', 17, 'severe'],
    // VI-SPDAT families: moderate 4–8, high 9–11
    ['vi-spdat', 'family', 8, 'moderate'],
    ['vi-spdat', 'family', 9, 'high'],
    // full SPDAT families: high 54–65, severe 66–80
    ['full-spdat', 'family', 65, 'high'],
    ['full-spdat', 'family', 66, 'severe'],
  ])('%s %s score %i is %s', (spdatTool, spdatPopulation, spdatScore, level) => {
    expect(value(prioritizeTpch(chronicBedHousehold({ spdatTool, spdatPopulation, spdatScore }), tpch)).serviceNeeds.level).toBe(level);
  });

  test('a score above the tool’s range is an error on the score field', () => {
    // VI-SPDAT individuals run 0 to 17
    expect(errors(prioritizeTpch(chronicBedHousehold({ spdatScore: 18 }), tpch))).toEqual([
      { path: 'spdatScore', message: 'VI-SPDAT (individual) scores run from 0 to 17: check the score' },
    ]);
  });
});

describe('beds dedicated or prioritized for chronic homelessness: levels 1 to 8', () => {
  test.each([
    // [score, months, sleeping, level]: 13 is severe, 10 is high; 24+ months is 2+ years
    [13, 30, 'unsheltered', 1],
    [13, 30, 'sheltered', 2],
    [13, 20, 'unsheltered', 3],
    [13, 20, 'sheltered', 4],
    [10, 30, 'unsheltered', 5],
    [10, 30, 'sheltered', 6],
    [10, 20, 'unsheltered', 7],
    [10, 20, 'sheltered', 8],
  ])('severity score %i, %i months homeless, %s is level %i', (spdatScore, lifetimeMonthsHomeless, sleepingSituation, position) => {
    expect(placement({ spdatScore, lifetimeMonthsHomeless, sleepingSituation })).toMatchObject({ status: 'placed', position });
  });

  test.each([
    // 2 years × 12 = 24 months
    [23, false, 3],
    [24, true, 1],
    [25, true, 1],
  ])(
    '%i months homeless over a lifetime: 2+ years is %s (level %i when severe and unsheltered)',
    (lifetimeMonthsHomeless, long, position) => {
      const result = value(prioritizeTpch(chronicBedHousehold({ lifetimeMonthsHomeless }), tpch));
      expect(result.longHistory).toBe(long);
      expect(result.placement).toMatchObject({ position });
    },
  );

  test('the long-history reason shows the arithmetic', () => {
    const result = value(prioritizeTpch(chronicBedHousehold({ lifetimeMonthsHomeless: 23 }), tpch));
    expect(result.reasons.find((r) => r.code === 'tpch-psh-short-history')?.text).toBe(
      '23 months homeless over its lifetime < 2 years × 12 = 24 months: the household has less than 2 years homeless.',
    );
  });

  test('moderate and low service needs are not served in these beds', () => {
    // VI-SPDAT individual 7 is moderate, 3 is low
    expect(placement({ spdatScore: 7 })).toMatchObject({ status: 'not-served', group: 'moderate-or-low' });
    expect(placement({ spdatScore: 3 })).toMatchObject({ status: 'not-served', group: 'moderate-or-low' });
  });

  test('a household that is not chronically homeless is not served while chronic homelessness is not yet housed', () => {
    expect(placement({ chronicallyHomeless: false, hasDisability: true })).toMatchObject({ status: 'not-served', group: 'not-chronic' });
  });

  test('once the CoC has housed chronic homelessness, the standards do not say how these beds are filled', () => {
    const result = value(prioritizeTpch(chronicBedHousehold({ chronicallyHomeless: false, chronicHouseholdsHoused: true }), tpch));
    expect(result.placement).toMatchObject({ status: 'not-named', group: 'not-chronic' });
    expect(result.reasons.map((r) => r.code)).toContain('tpch-psh-chronic-beds-after-housed');
  });

  test('a severe or high band carries the note on TPCH’s high-severity criteria', () => {
    expect(value(prioritizeTpch(chronicBedHousehold(), tpch)).reasons.map((r) => r.code)).toContain(
      'inconsistency-tpch-high-severity-definition',
    );
  });
});

describe('other PSH beds', () => {
  const other = (overrides: Record<string, unknown>) => chronicBedHousehold({ bedType: 'other', hasDisability: true, ...overrides });

  test('before chronic homelessness is housed they follow the chronic levels', () => {
    const result = value(prioritizeTpch(other({ chronicHouseholdsHoused: false, sleepingSituation: 'sheltered' }), tpch));
    expect(result.placement).toMatchObject({ status: 'placed', position: 2, group: 'severe-long-sheltered' });
    expect(result.reasons.map((r) => r.code)).toContain('tpch-psh-other-beds-follow-chronic-levels');
  });

  test('before chronic homelessness is housed a household that is not chronically homeless is not placed', () => {
    expect(value(prioritizeTpch(other({ chronicHouseholdsHoused: false, chronicallyHomeless: false }), tpch)).placement).toMatchObject({
      status: 'not-named',
      group: 'not-chronic',
    });
  });

  test.each([
    // with a disability (required for PSH): severe + 2+ years = 1, severe = 2, high + 2+ years = 5, high = 6
    [13, 24, 1, 'severe-disability-long'],
    [13, 23, 2, 'severe-disability'],
    [10, 24, 5, 'high-disability-long'],
    [10, 23, 6, 'high-disability'],
  ])('after chronic homelessness is housed: score %i with %i months is level %i', (spdatScore, lifetimeMonthsHomeless, position, group) => {
    const result = value(
      prioritizeTpch(other({ chronicHouseholdsHoused: true, chronicallyHomeless: false, spdatScore, lifetimeMonthsHomeless }), tpch),
    );
    expect(result.placement).toEqual({ status: 'placed', position, group, label: expect.any(String) });
    expect(result.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(['inconsistency-tpch-psh-nondedicated-high-vs-severe', 'inconsistency-tpch-psh-nondedicated-disability']),
    );
  });

  test('a household with no member with a disability is not served by PSH', () => {
    expect(
      value(prioritizeTpch(other({ chronicHouseholdsHoused: true, chronicallyHomeless: false, hasDisability: false }), tpch)).placement,
    ).toMatchObject({
      status: 'not-served',
      group: 'no-disability',
    });
  });

  test('the result names the level list used: chronic levels before the determination, other-beds levels after', () => {
    expect(value(prioritizeTpch(other({ chronicHouseholdsHoused: false }), tpch)).levels).toBe('chronic');
    expect(value(prioritizeTpch(other({ chronicHouseholdsHoused: true }), tpch)).levels).toBe('other');
    expect(value(prioritizeTpch(chronicBedHousehold({ chronicHouseholdsHoused: true }), tpch)).levels).toBe('chronic');
  });

  test('moderate needs are not served after chronic homelessness is housed either', () => {
    expect(
      value(prioritizeTpch(other({ chronicHouseholdsHoused: true, chronicallyHomeless: false, spdatScore: 5 }), tpch)).placement.status,
    ).toBe('not-served');
  });
});

describe('rapid rehousing and transitional housing', () => {
  const shortTerm = (program: 'rrh' | 'th', spdatScore: number, sleepingSituation: string) =>
    value(
      prioritizeTpch({ asOf: AS_OF, program, spdatTool: 'vi-spdat', spdatPopulation: 'individual', spdatScore, sleepingSituation }, tpch),
    );

  test.each(['rrh', 'th'] as const)('%s: moderate needs are offered, unsheltered first', (program) => {
    // 4 and 7 are the edges of the moderate band
    expect(shortTerm(program, 4, 'unsheltered').placement).toMatchObject({ status: 'placed', position: 1, group: 'moderate-unsheltered' });
    expect(shortTerm(program, 7, 'sheltered').placement).toMatchObject({ status: 'placed', position: 2, group: 'moderate-sheltered' });
  });

  test.each(['rrh', 'th'] as const)('%s: low needs are not served', (program) => {
    expect(shortTerm(program, 3, 'unsheltered').placement).toMatchObject({ status: 'not-served', group: 'low' });
  });

  test.each(['rrh', 'th'] as const)('%s: severe and high needs are not named by the priorities', (program) => {
    expect(shortTerm(program, 8, 'unsheltered').placement).toMatchObject({ status: 'not-named', group: 'high' });
    expect(shortTerm(program, 12, 'unsheltered').placement).toMatchObject({ status: 'not-named', group: 'severe' });
  });

  test('RRH and TH results have no bed type, long history or PSH level list', () => {
    expect(shortTerm('rrh', 5, 'unsheltered')).toMatchObject({ program: 'rrh', bedType: null, longHistory: null, levels: null });
  });
});

describe('missing and contradictory answers', () => {
  test('PSH needs the bed, the CoC’s determination, chronic status and lifetime months', () => {
    const input = chronicBedHousehold({
      bedType: undefined,
      chronicHouseholdsHoused: undefined,
      chronicallyHomeless: undefined,
      lifetimeMonthsHomeless: undefined,
    });
    expect(errors(prioritizeTpch(input, tpch)).map((e) => e.path)).toEqual([
      'bedType',
      'chronicHouseholdsHoused',
      'chronicallyHomeless',
      'lifetimeMonthsHomeless',
    ]);
  });

  test('missing PSH answers are reported together with refused answers, in the order of the form', () => {
    const input = { asOf: AS_OF, program: 'psh', spdatTool: 'vi-spdat', spdatPopulation: 'individual', sleepingSituation: 'unsheltered' };
    expect(errors(prioritizeTpch(input, tpch)).map((e) => e.path)).toEqual([
      'bedType',
      'chronicHouseholdsHoused',
      'spdatScore',
      'chronicallyHomeless',
      'lifetimeMonthsHomeless',
    ]);
  });

  test('other PSH beds need to know whether a household member has a disability', () => {
    expect(errors(prioritizeTpch(chronicBedHousehold({ bedType: 'other' }), tpch))).toEqual([
      {
        path: 'hasDisability',
        message: 'Answer whether a household member has a disability: PSH beds not dedicated to chronic homelessness need it',
      },
    ]);
  });

  test('chronically homeless with no disability is a contradiction to correct', () => {
    expect(errors(prioritizeTpch(chronicBedHousehold({ hasDisability: false }), tpch))[0]?.path).toBe('hasDisability');
  });

  test.each([
    // chronic homelessness takes at least 12 months
    [11, false],
    [12, true],
    [13, true],
  ])('chronically homeless with %i lifetime months: accepted is %s', (lifetimeMonthsHomeless, accepted) => {
    const outcome = prioritizeTpch(chronicBedHousehold({ lifetimeMonthsHomeless }), tpch);
    expect(outcome.ok).toBe(accepted);
    if (!outcome.ok) {
      expect(outcome.errors).toEqual([
        {
          path: 'lifetimeMonthsHomeless',
          message:
            'You said the household is chronically homeless, which takes at least 12 months of homelessness, but entered 11 months homeless over its lifetime. Correct one of the two answers',
        },
      ]);
    }
  });

  test('bad answers get field-specific messages', () => {
    expect(
      errors(
        prioritizeTpch(
          { asOf: '2024-02-30', program: 'shelter', spdatTool: 'x', spdatPopulation: 'x', spdatScore: 1.5, sleepingSituation: 'car' },
          tpch,
        ),
      ),
    ).toEqual([
      { path: 'asOf', message: 'Enter the date the priority is worked out for as a real date written YYYY-MM-DD, like 2024-03-31' },
      { path: 'program', message: 'Choose the program: PSH, RRH or TH' },
      { path: 'spdatTool', message: 'Choose the SPDAT tool that produced the score: VI-SPDAT or full SPDAT' },
      { path: 'spdatPopulation', message: 'Choose the version of the SPDAT: individual, youth or family' },
      { path: 'spdatScore', message: 'The SPDAT score must be a whole number' },
      { path: 'sleepingSituation', message: 'Choose where the household is staying: unsheltered or sheltered' },
    ]);
  });

  test('jurisdictions without TPCH’s order say where it is', () => {
    expect(errors(prioritizeTpch(chronicBedHousehold(), { jurisdiction: 'nashville-davidson' }))).toEqual([
      {
        path: 'jurisdiction',
        message:
          'Nashville-Davidson County CoC (TN-504) has no TPCH priority order. It is in the TPCH written standards: choose Tucson/Pima County CoC.',
      },
    ]);
  });

  test('a date before the amended standards is an error on the date', () => {
    expect(errors(prioritizeTpch(chronicBedHousehold({ asOf: '2023-03-27' }), tpch))[0]?.path).toBe('asOf');
  });
});

describe('revisions are parameter overlays', () => {
  test('raising the long-history threshold to 3 years moves 30 months from level 1 to level 3', () => {
    // 30 months < 3 years × 12 = 36 months
    const proposal = overlayParameters(parameterSets['tucson-pima'], 'three years', [
      { parameter: 'priority.tpch.psh.chronic.longHistoryYears', value: 3, effective: '2024-01-01' },
    ]);
    if (!proposal.ok) throw new Error('overlay failed');
    expect(value(prioritizeTpch(chronicBedHousehold(), { parameters: proposal.value })).placement).toMatchObject({ position: 3 });
    expect(placement({})).toMatchObject({ position: 1 });
  });

  test('a priority-only set still finds the adopted SPDAT table', () => {
    expect(value(prioritizeTpch(chronicBedHousehold(), { parameters: priorityParameterSets['tucson-pima'] })).placement).toMatchObject({
      position: 1,
    });
  });

  test('dropping "unsheltered first" puts every moderate household in one group', () => {
    const proposal = overlayParameters(parameterSets['tucson-pima'], 'no shelter priority', [
      { parameter: 'priority.tpch.rrh.unshelteredFirst', value: false, effective: '2024-01-01' },
    ]);
    if (!proposal.ok) throw new Error('overlay failed');
    const input = {
      asOf: AS_OF,
      program: 'rrh',
      spdatTool: 'vi-spdat',
      spdatPopulation: 'individual',
      spdatScore: 5,
      sleepingSituation: 'sheltered',
    };
    expect(value(prioritizeTpch(input, { parameters: proposal.value })).placement).toMatchObject({ position: 1, group: 'moderate' });
  });
});

describe('properties', () => {
  const household = fc.record({
    spdatScore: fc.integer({ min: 0, max: 17 }),
    lifetimeMonthsHomeless: fc.integer({ min: 12, max: 240 }),
    sleepingSituation: fc.constantFrom('unsheltered', 'sheltered'),
  });

  test('only severe and high service needs are placed in PSH, at levels 1 to 8', () => {
    fc.assert(
      fc.property(household, (h) => {
        const result = value(prioritizeTpch(chronicBedHousehold(h), tpch));
        const placed = result.placement.status === 'placed';
        expect(placed).toBe(result.serviceNeeds.level === 'severe' || result.serviceNeeds.level === 'high');
        if (result.placement.status === 'placed') {
          expect(result.placement.position).toBeGreaterThanOrEqual(1);
          expect(result.placement.position).toBeLessThanOrEqual(8);
        }
      }),
    );
  });

  test('being unsheltered, a longer history or a higher score never lowers a PSH level', () => {
    const level = (h: Record<string, unknown>) => {
      const p = value(prioritizeTpch(chronicBedHousehold(h), tpch)).placement;
      return p.status === 'placed' ? p.position : Number.POSITIVE_INFINITY;
    };
    fc.assert(
      fc.property(household, fc.integer({ min: 0, max: 17 }), fc.integer({ min: 0, max: 120 }), (h, higher, more) => {
        expect(level({ ...h, sleepingSituation: 'unsheltered' })).toBeLessThanOrEqual(level({ ...h, sleepingSituation: 'sheltered' }));
        expect(level({ ...h, lifetimeMonthsHomeless: h.lifetimeMonthsHomeless + more })).toBeLessThanOrEqual(level(h));
        expect(level({ ...h, spdatScore: Math.max(h.spdatScore, higher) })).toBeLessThanOrEqual(level(h));
      }),
    );
  });

  test('any input gives a result or field errors, never a throw', () => {
    const anything = fc.dictionary(
      fc.constantFrom(
        'asOf',
        'program',
        'bedType',
        'chronicHouseholdsHoused',
        'spdatTool',
        'spdatPopulation',
        'spdatScore',
        'sleepingSituation',
        'chronicallyHomeless',
        'hasDisability',
        'lifetimeMonthsHomeless',
      ),
      fc.oneof(
        fc.constantFrom(
          'psh',
          'rrh',
          'th',
          'other',
          'chronic-dedicated',
          'vi-spdat',
          'full-spdat',
          'family',
          'youth',
          'individual',
          'unsheltered',
          'sheltered',
          AS_OF,
          '1999-01-01',
        ),
        fc.integer({ min: -5, max: 90 }),
        fc.boolean(),
        fc.constant(null),
      ),
    );
    fc.assert(
      fc.property(anything, (input) => {
        const outcome = prioritizeTpch(input, tpch);
        if (!outcome.ok) for (const e of outcome.errors) expect(e.message.length).toBeGreaterThan(10);
      }),
    );
  });
});
