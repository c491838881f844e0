import { describe, expect, test } from 'vitest';
import { individual, refused, stay } from './testFixtures';

const A = '2024-06-01';

describe('stays that cannot be true are refused with a message on the field', () => {
  test('overlapping stays', () => {
    expect(refused(individual(A, [stay('2023-01-01', '2023-03-01'), stay('2023-02-15', undefined, 'emergency_shelter')]))).toEqual([
      {
        path: 'stays.1.start',
        message:
          'Stay 2 (emergency shelter, 2023-02-15 to the assessment date) overlaps Stay 1 (street or other place not meant for habitation, 2023-01-01 to 2023-03-01): a person sleeps in one place each night, so change the dates so the stays do not overlap',
      },
    ]);
  });

  test('a stay starting on the last night of the previous one is explained night by night', () => {
    const [error] = refused(individual(A, [stay('2023-01-01', '2023-03-01'), stay('2023-03-01', undefined)]));
    expect(error?.path).toBe('stays.1.start');
    expect(error?.message).toMatch(
      /starts on 2023-03-01, the last night of Stay 1 .* Each date is one night in one place: start this stay the day after, or end the other a day earlier$/,
    );
  });

  test('an overlap is found whatever order the stays are entered in', () => {
    expect(refused(individual(A, [stay('2023-02-15', undefined), stay('2023-01-01', '2023-03-01')]))[0]?.path).toBe('stays.0.start');
  });

  test('a stay inside a longer one overlaps it', () => {
    const errors = refused(
      individual(A, [stay('2022-01-01', '2023-12-31'), stay('2022-05-01', '2022-05-10', 'institution'), stay('2024-01-01', undefined)]),
    );
    expect(errors.map((e) => e.path)).toEqual(['stays.1.start']);
  });

  test('an end before its start', () => {
    expect(refused(individual(A, [stay('2023-05-01', '2023-04-01'), stay('2023-05-02', undefined)]))).toEqual([
      {
        path: 'stays.0.end',
        message:
          'The last night of Stay 1 (street or other place not meant for habitation, 2023-05-01 to 2023-04-01) is before its first night: swap the dates or correct one of them',
      },
    ]);
  });

  test('dates after the assessment date', () => {
    const errors = refused(individual(A, [stay('2024-06-02', undefined), stay('2024-01-01', '2024-07-01', 'emergency_shelter')]));
    expect(errors.map((e) => e.path)).toEqual(['stays.0.start', 'stays.1.end']);
    expect(errors[1]?.message).toMatch(
      /ends after the assessment date 2024-06-01: end it on 2024-06-01 at the latest, or leave the end out if it is still going on$/,
    );
  });

  test('a stay without a type', () => {
    expect(refused(individual(A, [{ start: '2023-01-01', evidence: 'third_party' } as never]))).toEqual([
      {
        path: 'stays.0.type',
        message:
          'Choose where the person stayed: street or other place not meant for habitation, emergency shelter, safe haven, institution, transitional housing, or housed/other',
      },
    ]);
  });

  test('a street stay without evidence', () => {
    expect(refused(individual(A, [stay('2023-01-01', undefined, 'street', null)]))[0]).toMatchObject({ path: 'stays.0.evidence' });
  });

  test('a date that is not a real calendar day', () => {
    expect(refused(individual(A, [stay('2023-02-29', undefined)]))).toEqual([
      { path: 'stays.0.start', message: 'Enter a real date written YYYY-MM-DD, like 2024-03-31' },
    ]);
  });

  test('no stays at all', () => {
    expect(refused(individual(A, []))).toEqual([
      { path: 'stays', message: 'Add at least one stay: where the person slept before the assessment' },
    ]);
  });

  test('dates before 1900 are refused rather than misread', () => {
    expect(refused(individual(A, [stay('0099-01-01', undefined)]))).toEqual([
      { path: 'stays.0.start', message: 'Enter a date from 1900-01-01 on' },
    ]);
  });

  test('an assessment before the final rule took effect is refused with the date to use', () => {
    expect(refused(individual('2015-06-01', [stay('2014-01-01', undefined)]))).toEqual([
      {
        path: 'assessmentDate',
        message: 'The HUD federal baseline chronic homelessness rules in Hearth start on 2016-01-15; enter a date on or after it',
      },
    ]);
  });
});

describe('contradictory answers are errors, never resolved silently', () => {
  const timeline = [stay('2023-01-01', undefined)];

  test('an adult head of household with no adult present', () => {
    expect(refused({ ...individual(A, timeline), household: { role: 'adult_head', adultPresent: false } })[0]).toMatchObject({
      path: 'household.adultPresent',
    });
  });

  test('a minor head of household with an adult present', () => {
    expect(refused({ ...individual(A, timeline), household: { role: 'minor_head', adultPresent: true } })[0]).toMatchObject({
      path: 'household.role',
    });
  });

  test('no disability but disability evidence on file', () => {
    expect(refused({ ...individual(A, timeline), disability: { hasDisability: false, verification: 'third_party' } })[0]).toMatchObject({
      path: 'disability.verification',
    });
  });

  test('a secondary source without its date, and a date without a secondary source', () => {
    expect(refused({ ...individual(A, timeline), disability: { hasDisability: true, verification: 'secondary_source' } })[0]).toMatchObject(
      { path: 'disability.secondarySourceDate' },
    );
    expect(
      refused({
        ...individual(A, timeline),
        disability: { hasDisability: true, verification: 'third_party', secondarySourceDate: '2024-01-01' },
      })[0],
    ).toMatchObject({
      path: 'disability.secondarySourceDate',
    });
  });
});

describe('missing answers name the field', () => {
  test('an empty object lists each required answer', () => {
    expect(refused({}).map((e) => e.path)).toEqual(['assessmentDate', 'household', 'disability', 'stays']);
  });

  test('a household without answers', () => {
    expect(refused({ ...individual(A, [stay('2023-01-01', undefined)]), household: {} })).toEqual([
      {
        path: 'household.role',
        message:
          'Choose the role of the person whose stays are entered: adult head of household, minor head of household, other adult, or child',
      },
      { path: 'household.adultPresent', message: 'Answer whether an adult (18 or over) is in the household' },
    ]);
  });
});
