import { describe, expect, test } from 'vitest';
import { screenChronicAtProjectStart, type ChronicScreenInput } from './hmis';

const start = '2024-06-01';
const shelter: ChronicScreenInput = { projectStartDate: start, projectType: 'emergency_shelter', disablingCondition: 'yes' };
const other = (extra: Partial<ChronicScreenInput>): ChronicScreenInput => ({
  projectStartDate: start,
  projectType: 'other',
  disablingCondition: 'yes',
  ...extra,
});

const screen = (input: unknown) => {
  const outcome = screenChronicAtProjectStart(input);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.value;
};

describe('disabling condition (3.08) comes first', () => {
  test.each([
    ['no', 'no'],
    ['dont_know', 'dont_know'],
    ['prefers_not_to_answer', 'dont_know'],
    ['data_not_collected', 'missing'],
    [undefined, 'missing'],
  ] as const)('disabling condition %s → %s', (disablingCondition, answer) => {
    expect(screen({ ...shelter, disablingCondition, approximateStartDate: '2020-01-01' })).toMatchObject({
      answer,
      decidedBy: 'disabling_condition',
      producedBy: 'hmis_quick_screen',
    });
  });
});

describe('the approximate date homelessness started (3.917.3)', () => {
  test.each([
    // 2024-06-01 − 365 days = 2023-06-02 (2024 has 29 February); on or before it counts
    ['2023-06-03', 'missing'],
    ['2023-06-02', 'yes'],
    ['2023-06-01', 'yes'],
  ] as const)('started %s', (approximateStartDate, answer) => {
    expect(screen({ ...shelter, approximateStartDate }).answer).toBe(answer);
  });

  test('exactly 365 days before project start counts', () => {
    expect(screen({ ...shelter, projectStartDate: '2025-06-01', approximateStartDate: '2024-06-01' })).toMatchObject({
      answer: 'yes',
      decidedBy: 'approximate_start',
    });
  });

  test('a start after the project start date is refused', () => {
    expect(screenChronicAtProjectStart({ ...shelter, approximateStartDate: '2024-06-02' })).toEqual({
      ok: false,
      errors: [
        {
          path: 'approximateStartDate',
          message: 'The approximate start of homelessness (2024-06-02) is after the project start date (2024-06-01): correct one of them',
        },
      ],
    });
  });
});

describe('times (3.917.4) and months (3.917.5) homeless in the past three years', () => {
  const recent = { ...shelter, approximateStartDate: '2024-05-01' };
  test.each([
    [3, 24, 'no', 'times_homeless'],
    [4, 11, 'no', 'months_homeless'],
    [4, 12, 'yes', 'months_homeless'],
    [7, 13, 'yes', 'months_homeless'],
    ['dont_know', 12, 'dont_know', 'times_homeless'],
    ['data_not_collected', 12, 'missing', 'times_homeless'],
    [4, 'prefers_not_to_answer', 'dont_know', 'months_homeless'],
    [4, undefined, 'missing', 'months_homeless'],
  ] as const)('%s times and %s months → %s', (timesHomelessPastThreeYears, monthsHomelessPastThreeYears, answer, decidedBy) => {
    expect(screen({ ...recent, timesHomelessPastThreeYears, monthsHomelessPastThreeYears })).toMatchObject({ answer, decidedBy });
  });

  test('a missing start date goes on to the counts', () => {
    expect(screen({ ...shelter, timesHomelessPastThreeYears: 4, monthsHomelessPastThreeYears: 12 })).toMatchObject({
      answer: 'yes',
      decidedBy: 'months_homeless',
    });
  });
});

describe('3.917B: the prior living situation for other project types', () => {
  const long = { approximateStartDate: '2020-01-01' };

  test('a homeless situation goes straight to the dates and counts', () => {
    expect(screen(other({ livingSituation: 'homeless', ...long })).answer).toBe('yes');
  });

  test('a missing living situation is missing', () => {
    expect(screen(other(long))).toMatchObject({ answer: 'missing', decidedBy: 'living_situation' });
  });

  test.each([
    ['institutional', 'yes', 'yes', 'yes', 'approximate_start'],
    ['institutional', 'no', 'yes', 'no', 'length_of_stay'],
    ['institutional', 'yes', 'no', 'no', 'night_before'],
    ['institutional', undefined, 'yes', 'missing', 'length_of_stay'],
    ['institutional', 'yes', undefined, 'missing', 'night_before'],
    ['temporary_permanent_other', 'yes', 'yes', 'yes', 'approximate_start'],
    ['temporary_permanent_other', 'no', 'yes', 'no', 'length_of_stay'],
  ] as const)(
    '%s, shorter than the limit %s, night before on the street %s → %s',
    (livingSituation, stayedLessThanLimit, nightBeforeStreetShelterSafeHaven, answer, decidedBy) => {
      expect(screen(other({ livingSituation, stayedLessThanLimit, nightBeforeStreetShelterSafeHaven, ...long }))).toMatchObject({
        answer,
        decidedBy,
      });
    },
  );

  test('the length-of-stay step names 90 days for institutions and 7 nights for other places', () => {
    expect(screen(other({ livingSituation: 'institutional', stayedLessThanLimit: 'no' })).reasons.at(-1)?.text).toBe(
      'The stay in the institution was not shorter than 90 days.',
    );
    expect(screen(other({ livingSituation: 'temporary_permanent_other', stayedLessThanLimit: 'no' })).reasons.at(-1)?.text).toBe(
      'The stay in the temporary, permanent or other place was not shorter than 7 nights.',
    );
  });

  test('street outreach, shelter and safe haven projects skip the living situation (3.917A)', () => {
    expect(screen({ ...shelter, livingSituation: 'institutional', stayedLessThanLimit: 'no', ...long }).answer).toBe('yes');
  });
});

describe('bad input', () => {
  test('a count of zero or a fraction is refused', () => {
    const outcome = screenChronicAtProjectStart({ ...shelter, timesHomelessPastThreeYears: 0, monthsHomelessPastThreeYears: 1.5 });
    expect(outcome.ok ? [] : outcome.errors.map((e) => e.path)).toEqual(['timesHomelessPastThreeYears', 'monthsHomelessPastThreeYears']);
  });

  test('a project start before the rules start is refused', () => {
    expect(screenChronicAtProjectStart({ ...shelter, projectStartDate: '2015-01-01' })).toEqual({
      ok: false,
      errors: [
        {
          path: 'projectStartDate',
          message: 'The HMIS chronic screen in Hearth starts on 2016-01-15; enter a project start date on or after it',
        },
      ],
    });
  });
});
