import { describe, expect, test } from 'vitest';
import { backFrom, individual, stay, verified } from './testFixtures';

const A = '2024-06-01'; // the night before is 2024-05-31; the 3-year look-back starts 2021-06-01

describe('continuous path', () => {
  test('HUD counts 12 calendar months of continuous homelessness as chronic', () => {
    // June 2023 to May 2024 = 12 calendar months ≥ 12
    const result = verified(individual(A, [stay('2023-06-01', undefined)]));
    expect(result).toMatchObject({
      chronic: true,
      basis: 'continuous',
      countingMethod: 'months',
      continuous: { since: '2023-06-01', months: 12 },
    });
  });

  test('HUD does not count 11 calendar months as chronic', () => {
    // July 2023 to May 2024 = 11 calendar months < 12; one occasion < 4
    const result = verified(individual(A, [stay('2023-07-01', undefined)]));
    expect(result).toMatchObject({ chronic: false, basis: null, continuous: { months: 11 } });
  });

  test('TPCH counts the past 365 nights without a break as chronic', () => {
    // 2023-06-02 to 2024-05-31 = 365 nights (2024 has a 29 February) ≥ 365
    const result = verified(individual(A, [stay('2023-06-02', undefined)]), 'tucson-pima');
    expect(result).toMatchObject({ chronic: true, basis: 'continuous', countingMethod: 'nights', continuous: { nights: 365 } });
  });

  test('HUD months and TPCH nights disagree on 336 nights that touch 12 calendar months', () => {
    // 2023-03-31 to 2024-02-29: March 2023 to February 2024 = 12 months (HUD yes); 336 nights < 365 (TPCH no)
    const input = individual('2024-03-01', [stay('2023-03-31', undefined)]);
    expect(verified(input, 'hud')).toMatchObject({ chronic: true, basis: 'continuous', continuous: { months: 12, nights: 336 } });
    expect(verified(input, 'tucson-pima')).toMatchObject({ chronic: false, continuous: { months: 12, nights: 336 } });
  });

  test('the other jurisdictions count months like HUD', () => {
    const input = individual('2024-03-01', [stay('2023-03-31', undefined)]);
    for (const jurisdiction of ['nashville-davidson', 'lowell', 'new-bedford'] as const) {
      expect(verified(input, jurisdiction)).toMatchObject({ chronic: true, countingMethod: 'months' });
    }
  });
});

describe('four-occasions path', () => {
  // Four street occasions of whole months, separated by months in housing:
  // Jan–Mar 2022 (3), Jun–Aug 2022 (3), Nov 2022–Jan 2023 (3), Mar–May 2024 (3) = 12 months; nights 90 + 92 + 92 + 92 = 366.
  const occasions = (lastStart: string) => [
    stay('2022-01-01', '2022-03-31'),
    stay('2022-04-01', '2022-05-31', 'housed_other', null),
    stay('2022-06-01', '2022-08-31'),
    stay('2022-09-01', '2022-10-31', 'housed_other', null),
    stay('2022-11-01', '2023-01-31'),
    stay('2023-02-01', '2024-02-29', 'housed_other', null),
    stay(lastStart, undefined),
  ];

  test('HUD: four occasions adding up to 12 months are chronic', () => {
    const result = verified(individual(A, occasions('2024-03-01')));
    expect(result).toMatchObject({ chronic: true, basis: 'four_occasions', monthsHomeless: 12, nightsHomeless: 366 });
    expect(result.occasions).toHaveLength(4);
    expect(result.breaks).toHaveLength(3);
  });

  test('TPCH: four episodes adding up to 365 nights are chronic', () => {
    // last occasion 2024-03-02 to 2024-05-31 = 91 nights; 90 + 92 + 92 + 91 = 365
    expect(verified(individual(A, occasions('2024-03-02')), 'tucson-pima')).toMatchObject({
      chronic: true,
      basis: 'four_occasions',
      nightsHomeless: 365,
    });
  });

  test('four occasions of 364 nights meet HUD months but not TPCH nights', () => {
    // last occasion from 2024-03-03: 90 + 92 + 92 + 90 = 364 nights; March still counts (2 housed nights < 7), so 12 months
    const input = individual(A, occasions('2024-03-03'));
    expect(verified(input, 'hud')).toMatchObject({ chronic: true, basis: 'four_occasions', monthsHomeless: 12, nightsHomeless: 364 });
    expect(verified(input, 'tucson-pima')).toMatchObject({ chronic: false, nightsHomeless: 364 });
  });

  test('three occasions are not enough even when they add up to more than 12 months', () => {
    // 150 + 150 + 150 = 450 nights on 3 occasions: fewer than 4
    const result = verified(
      individual(
        A,
        backFrom(A, [
          ['street', 150],
          ['housed_other', 30],
          ['street', 150],
          ['housed_other', 30],
          ['street', 150],
        ]),
      ),
      'tucson-pima',
    );
    expect(result).toMatchObject({ chronic: false, nightsHomeless: 450 });
    expect(result.occasions).toHaveLength(3);
  });

  test('five occasions are not enough when they add up to less than the total', () => {
    // 5 × 60 = 300 nights < 365
    const runs = backFrom(A, [
      ['street', 60],
      ['housed_other', 30],
      ['street', 60],
      ['housed_other', 30],
      ['street', 60],
      ['housed_other', 30],
      ['street', 60],
      ['housed_other', 30],
      ['street', 60],
    ]);
    const result = verified(individual(A, runs), 'tucson-pima');
    expect(result).toMatchObject({ chronic: false, nightsHomeless: 300 });
    expect(result.occasions).toHaveLength(5);
  });
});

describe('where the person is the night before the assessment', () => {
  test('someone living in transitional housing now is not chronically homeless', () => {
    const result = verified(
      individual(
        A,
        backFrom(A, [
          ['street', 500],
          ['transitional_housing', 30],
        ]),
      ),
    );
    expect(result).toMatchObject({ chronic: false, currentSituation: 'transitional_housing' });
    expect(result.reasons.map((r) => r.code)).toContain('current-transitional_housing');
  });

  test('someone housed the night before, even for 3 nights, does not live where the definition requires', () => {
    expect(
      verified(
        individual(
          A,
          backFrom(A, [
            ['street', 500],
            ['housed_other', 3],
          ]),
        ),
      ),
    ).toMatchObject({ chronic: false, currentSituation: 'housed_other' });
  });

  test('no stay recorded for the night before is treated as not homeless, and the result says so', () => {
    const result = verified(
      individual(
        A,
        backFrom(A, [
          ['street', 500],
          ['gap', 3],
        ]),
      ),
    );
    expect(result).toMatchObject({ chronic: false, currentSituation: 'no_stay' });
    expect(result.gaps.at(-1)).toEqual({ first: '2024-05-29', last: '2024-05-31', nights: 3 });
    expect(result.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['gaps-not-homeless', 'current-no_stay']));
  });

  test('a safe haven and an emergency shelter are places the definition counts', () => {
    const result = verified(
      individual(
        A,
        backFrom(A, [
          ['emergency_shelter', 200],
          ['safe_haven', 200],
        ]),
      ),
      'tucson-pima',
    );
    expect(result).toMatchObject({ chronic: true, basis: 'continuous', continuous: { nights: 400 } });
  });
});

describe('institution path', () => {
  test('someone in an institution fewer than 90 days who met the definition before entering is chronically homeless', () => {
    // street 400 nights, then an institution since 2024-03-04: 89 nights < 90
    const result = verified(
      individual(
        A,
        backFrom(A, [
          ['street', 400],
          ['institution', 89],
        ]),
      ),
      'tucson-pima',
    );
    expect(result).toMatchObject({
      chronic: true,
      basis: 'institution',
      currentSituation: 'institution',
      evaluatedAsOf: '2024-03-04',
      continuous: { nights: 400 },
    });
  });

  test('someone who entered the institution from housing did not meet the definition before entering', () => {
    const result = verified(
      individual(
        A,
        backFrom(A, [
          ['street', 400],
          ['housed_other', 10],
          ['institution', 30],
        ]),
      ),
    );
    expect(result).toMatchObject({ chronic: false, timelineBasis: null });
  });

  test('someone who did not meet the definition before entering is not chronic on the institution path', () => {
    // 200 nights on the street before a 30-night institution stay: 200 < 365
    expect(
      verified(
        individual(
          A,
          backFrom(A, [
            ['street', 200],
            ['institution', 30],
          ]),
        ),
        'tucson-pima',
      ),
    ).toMatchObject({ chronic: false });
  });
});
