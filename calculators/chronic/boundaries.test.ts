import { describe, expect, test } from 'vitest';
import { monthsSpanned } from '../core/dates';
import { backFrom, individual, refused, stay, verified } from './testFixtures';

const A = '2024-06-01';

describe('a break is 7 or more consecutive nights not homeless', () => {
  test.each([
    // 200 + 6 + 200: the 6 nights do not break the episode, so it spans 406 nights ≥ 365
    [6, true, 1, 0],
    // 200 + 7 + 200: the 7 nights are a break; the current episode is 200 nights < 365 and there are 2 occasions < 4
    [7, false, 2, 1],
    [8, false, 2, 1],
  ])('%i nights housed between two 200-night street stays (TPCH)', (nights, chronic, occasions, breaks) => {
    const result = verified(
      individual(
        A,
        backFrom(A, [
          ['street', 200],
          ['housed_other', nights],
          ['street', 200],
        ]),
      ),
      'tucson-pima',
    );
    expect(result.chronic).toBe(chronic);
    expect(result.occasions).toHaveLength(occasions);
    expect(result.breaks).toHaveLength(breaks);
  });

  test.each([
    [6, true],
    [7, false],
  ])('%i nights with no stay recorded between two 200-night street stays (HUD)', (nights, chronic) => {
    expect(
      verified(
        individual(
          A,
          backFrom(A, [
            ['street', 200],
            ['gap', nights],
            ['street', 200],
          ]),
        ),
      ).chronic,
    ).toBe(chronic);
  });

  test('nights of a short stay join the occasion but are not counted as homeless nights', () => {
    // 200 + 6 + 200: span 406 nights, counted 400
    const result = verified(
      individual(
        A,
        backFrom(A, [
          ['street', 200],
          ['housed_other', 6],
          ['street', 200],
        ]),
      ),
      'tucson-pima',
    );
    expect(result.occasions[0]).toMatchObject({ nights: 406, countedNights: 400 });
    expect(result.shortStays).toEqual([{ first: '2023-11-08', last: '2023-11-13', nights: 6 }]);
  });
});

describe('institution stays of fewer than 90 days count when entered from homelessness', () => {
  test.each([
    // 200 street + 89 institution + 200 street = one episode of 489 nights ≥ 365
    [89, true, true],
    // 90 nights is not fewer than 90: a break; the current episode is 200 nights
    [90, false, false],
    [91, false, false],
  ])('a %i-night institution stay between two 200-night street stays (TPCH)', (nights, counted, chronic) => {
    const result = verified(
      individual(
        A,
        backFrom(A, [
          ['street', 200],
          ['institution', nights],
          ['street', 200],
        ]),
      ),
      'tucson-pima',
    );
    expect(result.institutionStays[0]).toMatchObject({ nights, afterHomelessness: true, counted });
    expect(result.chronic).toBe(chronic);
  });

  test('an institution stay not entered from the street, a shelter or a safe haven never counts', () => {
    const result = verified(
      individual(
        A,
        backFrom(A, [
          ['housed_other', 30],
          ['institution', 30],
          ['street', 300],
        ]),
      ),
      'tucson-pima',
    );
    expect(result.institutionStays[0]).toMatchObject({ afterHomelessness: false, counted: false });
    expect(result.nightsHomeless).toBe(300);
  });

  test.each([
    [89, true],
    [90, false],
    [91, false],
  ])('now in an institution for %i nights after 400 nights on the street (HUD)', (nights, chronic) => {
    const result = verified(
      individual(
        A,
        backFrom(A, [
          ['street', 400],
          ['institution', nights],
        ]),
      ),
    );
    expect(result.chronic).toBe(chronic);
    expect(result.basis).toBe(chronic ? 'institution' : null);
  });
});

describe('365 nights under TPCH', () => {
  test.each([
    [364, false],
    [365, true],
    [366, true],
  ])('a current episode of %i nights', (nights, chronic) => {
    const result = verified(individual(A, backFrom(A, [['street', nights]])), 'tucson-pima');
    expect(result.continuous.nights).toBe(nights);
    expect(result.chronic).toBe(chronic);
  });
});

describe('the 3-year look-back', () => {
  // O1 ends on 2021-05-31 (the night before the look-back starts) or on 2021-06-01 (its first night).
  const timeline = (o1End: string, housedFrom: string) => [
    stay('2021-03-01', o1End),
    stay(housedFrom, '2021-06-30', 'housed_other', null),
    stay('2021-07-01', '2021-12-31'),
    stay('2022-01-01', '2022-01-31', 'housed_other', null),
    stay('2022-02-01', '2022-07-31'),
    stay('2022-08-01', '2024-02-29', 'housed_other', null),
    stay('2024-03-01', undefined),
  ];

  test('starts on the same date 3 years before the assessment', () => {
    expect(verified(individual(A, timeline('2021-05-31', '2021-06-01'))).lookBack).toEqual({ first: '2021-06-01', last: '2024-05-31' });
  });

  test('an occasion that ends the night before the look-back starts is outside it', () => {
    // 3 occasions inside: Jul–Dec 2021, Feb–Jul 2022, Mar–May 2024 = 6 + 6 + 3 = 15 months, but 3 < 4
    const result = verified(individual(A, timeline('2021-05-31', '2021-06-01')));
    expect(result.occasions).toHaveLength(3);
    expect(result).toMatchObject({ chronic: false, monthsHomeless: 15 });
  });

  test('an occasion with one night on the first day of the look-back is inside it', () => {
    // 4 occasions; June 2021 holds 29 housed nights ≥ 7 so it does not count: 15 months
    const result = verified(individual(A, timeline('2021-06-01', '2021-06-02')));
    expect(result.occasions).toHaveLength(4);
    expect(result.occasions[0]).toMatchObject({
      first: '2021-03-01',
      last: '2021-06-01',
      straddlesLookBackStart: true,
      nightsInLookBack: 1,
      monthsInLookBack: [],
    });
    expect(result).toMatchObject({ chronic: true, basis: 'four_occasions', monthsHomeless: 15 });
  });

  test('an occasion straddling the look-back start counts only its nights and months inside it', () => {
    // 2021-04-01 to 2021-08-31: inside from 2021-06-01, 30 + 31 + 31 = 92 nights in June, July, August
    const result = verified(
      individual(A, [
        stay('2021-04-01', '2021-08-31'),
        stay('2021-09-01', '2024-01-31', 'housed_other', null),
        stay('2024-02-01', undefined),
      ]),
    );
    expect(result.occasions[0]).toMatchObject({
      first: '2021-04-01',
      nights: 153,
      straddlesLookBackStart: true,
      nightsInLookBack: 92,
      monthsInLookBack: ['2021-06', '2021-07', '2021-08'],
    });
  });

  test('on 29 February the look-back starts on 28 February three years earlier', () => {
    expect(verified(individual('2024-02-29', [stay('2023-01-01', undefined)])).lookBack.first).toBe('2021-02-28');
  });
});

describe('leap years', () => {
  test('29 February is a night like any other: 2023-03-02 to 2024-02-29 is 365 nights', () => {
    expect(verified(individual('2024-03-01', [stay('2023-03-02', undefined)]), 'tucson-pima')).toMatchObject({
      chronic: true,
      continuous: { nights: 365 },
    });
  });

  test('the same dates in years without 29 February are 364 nights: 2025-03-02 to 2026-02-28', () => {
    expect(verified(individual('2026-03-01', [stay('2025-03-02', undefined)]), 'tucson-pima')).toMatchObject({
      chronic: false,
      continuous: { nights: 364 },
    });
  });

  test('TPCH rules start on their amendment date: an earlier assessment is refused with the date to use', () => {
    expect(refused(individual('2023-03-01', [stay('2022-03-02', undefined)]), 'tucson-pima')).toEqual([
      {
        path: 'assessmentDate',
        message:
          'The Tucson/Pima County CoC (AZ-501) chronic homelessness rules in Hearth start on 2023-03-28; enter a date on or after it',
      },
    ]);
  });

  test('the look-back from 2024-03-01 holds 1,096 nights because it includes 29 February 2024', () => {
    // 2021-03-01 to 2024-02-29 = 365 + 365 + 366 = 1,096 nights, all on the street
    expect(verified(individual('2024-03-01', [stay('2021-03-01', undefined)])).nightsHomeless).toBe(1096);
  });
});

describe('HUD month counting', () => {
  test('a shelter letter covering May 4 to June 20 counts 2 months (HUD FAQ)', () => {
    expect(monthsSpanned('2023-05-04', '2023-06-20')).toHaveLength(2);
    const result = verified(individual('2023-06-21', [stay('2023-05-04', '2023-06-20', 'emergency_shelter')]));
    expect(result).toMatchObject({ monthsHomeless: 2, nightsHomeless: 48 });
  });

  test('a month with 7 or more recorded nights in housing does not count, even with a homeless night', () => {
    // street 1–10 May, housed 11–31 May (21 nights ≥ 7), street June: May is left out → 1 month
    const result = verified(
      individual('2023-07-01', [
        stay('2023-05-01', '2023-05-10'),
        stay('2023-05-11', '2023-05-31', 'housed_other', null),
        stay('2023-06-01', undefined),
      ]),
    );
    expect(result.monthsHomeless).toBe(1);
  });

  test('a month with 6 recorded nights in housing still counts', () => {
    // housed 25–30 May (6 nights < 7): May and June count → 2 months
    const result = verified(
      individual('2023-07-01', [
        stay('2023-05-01', '2023-05-24'),
        stay('2023-05-25', '2023-05-30', 'housed_other', null),
        stay('2023-05-31', undefined),
      ]),
    );
    expect(result.monthsHomeless).toBe(2);
  });

  test('nights with no stay recorded are no evidence, so they do not remove a month', () => {
    // street 1–10 May, nothing recorded 11–31 May, street June: May and June count → 2 months
    expect(verified(individual('2023-07-01', [stay('2023-05-01', '2023-05-10'), stay('2023-06-01', undefined)])).monthsHomeless).toBe(2);
  });
});
