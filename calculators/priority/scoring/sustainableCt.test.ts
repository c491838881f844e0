import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { sustainableCtPoints, type SustainableCtResult } from './sustainableCt';
import type { SustainableCtInput } from './sustainableCtSchema';

type Training = NonNullable<SustainableCtInput['trainings']>[number];
const t = (
  name: string,
  attendee: Training['attendee'],
  topic: Training['topic'] = 'other',
  date = '2023-05-01',
  previouslyCredited = false,
): Training => ({ name, date, attendee, topic, previouslyCredited });
const liaisonThree = [
  t('Race equity', 'liaison', 'race-equity'),
  t('CAN and diversion', 'liaison', 'can-and-diversion'),
  t('Housing First', 'liaison'),
];
const staff = (n: number) => Array.from({ length: n }, (_, i) => t(`Staff training ${i + 1}`, 'staff-or-official'));
const base: SustainableCtInput = { asOf: '2024-03-01', certificationYear: 2024, recertifyingInExpirationYear: false };
const liaison = {
  completed: '2023-01-15',
  contactPosted: true,
  meetsCanQuarterly: true,
  sustainabilityTeam: 'member' as const,
  previouslyCredited: false,
};

const run = (input: SustainableCtInput): SustainableCtResult => {
  const outcome = sustainableCtPoints(input);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.value;
};
const trainingPoints = (trainings: Training[]) => run({ ...base, trainings }).parts.find((p) => p.part === 'trainings')?.points;

describe('trainings: liaison at 3 → 5; 4 to 10 in total → 10; more than 10 → 15', () => {
  test('the liaison at 2 trainings earns nothing, however many others attend', () =>
    expect(trainingPoints([...liaisonThree.slice(0, 2), ...staff(12)])).toBe(0));
  test('the liaison at 3 and nobody else: 5', () => expect(trainingPoints(liaisonThree)).toBe(5));
  test('3 + 1 = 4 in total: 10', () => expect(trainingPoints([...liaisonThree, ...staff(1)])).toBe(10));
  test('3 + 7 = 10 in total: 10', () => expect(trainingPoints([...liaisonThree, ...staff(7)])).toBe(10));
  test('3 + 8 = 11 in total: 15', () => expect(trainingPoints([...liaisonThree, ...staff(8)])).toBe(15));
  test('the liaison alone at 4 trainings: 4 in total, 10', () =>
    expect(trainingPoints([...liaisonThree, t('Trauma-informed care', 'liaison')])).toBe(10));
  test('without the race equity training: nothing', () =>
    expect(trainingPoints([t('A', 'liaison'), t('B', 'liaison', 'can-and-diversion'), t('C', 'liaison'), ...staff(3)])).toBe(0));
  test('without the CAN and diversion training: nothing', () =>
    expect(trainingPoints([t('A', 'liaison', 'race-equity'), t('B', 'liaison'), t('C', 'liaison')])).toBe(0));
  test('a training attended by two people counts once', () => {
    const shared = [...liaisonThree, t('Housing First', 'staff-or-official')];
    expect(trainingPoints(shared)).toBe(5);
    expect(run({ ...base, trainings: shared }).reasons.some((r) => r.code === 'ct-trainings-shared')).toBe(true);
  });
});

describe('new action credit runs from January 1, three years before the certification year', () => {
  const liaisonOn = (completed: string, ongoingImpact?: boolean) =>
    run({ ...base, liaison: { ...liaison, completed, ongoingImpact } }).parts[0];
  test('2021-01-01 for 2024: new action credit', () => expect(liaisonOn('2021-01-01')).toMatchObject({ credit: 'new-action', points: 5 }));
  test('2020-12-31 for 2024 with ongoing impact: rolling credit', () =>
    expect(liaisonOn('2020-12-31', true)).toMatchObject({ credit: 'rolling', points: 5 }));
  test('2020-12-31 without ongoing impact: nothing', () =>
    expect(liaisonOn('2020-12-31', false)).toMatchObject({ credit: 'none', points: 0 }));
  test('rolling credit needs the impact question answered', () =>
    expect(sustainableCtPoints({ ...base, liaison: { ...liaison, completed: '2020-12-31' } })).toEqual({
      ok: false,
      errors: [
        {
          path: 'liaison.ongoingImpact',
          message:
            'Municipal liaison for homeless services needs rolling credit (completed 2020-12-31, before 2021-01-01): answer whether you can show its ongoing, currently relevant and meaningful impact',
        },
      ],
    }));
  test('trainings before the window cannot count: they are new action credit only', () =>
    expect(trainingPoints([t('Race equity', 'liaison', 'race-equity', '2020-12-31'), ...liaisonThree.slice(1)])).toBe(0));
});

describe('recertifying in the year of expiration', () => {
  test('a previously credited task force needs rolling credit even when recent', () =>
    expect(
      run({
        ...base,
        recertifyingInExpirationYear: true,
        taskForce: {
          completed: '2023-01-01',
          withCan: true,
          fundedLivedExperienceMembers: false,
          previouslyCredited: true,
          ongoingImpact: true,
        },
      }).parts[2],
    ).toMatchObject({ credit: 'rolling', points: 10 }));
  test('previously credited trainings earn nothing (the inconsistency the action leaves)', () =>
    expect(
      run({ ...base, recertifyingInExpirationYear: true, trainings: liaisonThree.map((x) => ({ ...x, previouslyCredited: true })) })
        .parts[1]?.points,
    ).toBe(0));
  test('previously credited items keep new action credit when not recertifying in the year of expiration', () =>
    expect(run({ ...base, liaison: { ...liaison, previouslyCredited: true } }).parts[0]).toMatchObject({
      credit: 'new-action',
      points: 5,
    }));
});

describe('task force, lived experience and resource forum', () => {
  const taskForce = { completed: '2023-06-01', withCan: true, fundedLivedExperienceMembers: true, previouslyCredited: false };
  test('task force 10 + 5 for funded lived-experience members', () => expect(run({ ...base, taskForce }).parts[2]?.points).toBe(15));
  test('without funded members: 10', () =>
    expect(run({ ...base, taskForce: { ...taskForce, fundedLivedExperienceMembers: false } }).parts[2]?.points).toBe(10));
  test('without the CAN the task force and its extra points are lost', () => {
    const result = run({ ...base, taskForce: { ...taskForce, withCan: false } });
    expect(result.parts[2]?.points).toBe(0);
    expect(result.reasons.some((r) => r.code === 'ct-lived-experience-without-task-force')).toBe(true);
  });
  test('a forum without municipality-specific resources earns nothing', () =>
    expect(
      run({ ...base, resourceForum: { completed: '2023-06-01', withCan: true, municipalitySpecific: false, previouslyCredited: false } })
        .parts[3]?.points,
    ).toBe(0));
  test('a liaison not posted online earns nothing and the reason says what to do', () => {
    const result = run({ ...base, liaison: { ...liaison, contactPosted: false } });
    expect(result.parts[0]?.points).toBe(0);
    expect(result.reasons.find((r) => r.code === 'ct-liaison')?.text).toContain('post the liaison’s name, title and contact information');
  });
});

describe('dates that contradict each other are refused', () => {
  test('completed after the date of the application', () =>
    expect(sustainableCtPoints({ ...base, liaison: { ...liaison, completed: '2024-03-02' } })).toEqual({
      ok: false,
      errors: [
        { path: 'liaison.completed', message: 'The date 2024-03-02 is after the date of the application (2024-03-01): check both dates' },
      ],
    }));
  test('a training after the certification year', () =>
    expect(sustainableCtPoints({ ...base, asOf: '2025-02-01', trainings: [t('Late', 'liaison', 'other', '2025-01-05')] })).toEqual({
      ok: false,
      errors: [{ path: 'trainings.0.date', message: 'The date 2025-01-05 is after the certification year 2024: check the dates' }],
    }));
  test('an impossible date', () =>
    expect(sustainableCtPoints({ ...base, liaison: { ...liaison, completed: '2023-02-30' } })).toMatchObject({
      ok: false,
      errors: [{ path: 'liaison.completed' }],
    }));
});

test('points never exceed the maximum of 45, and nothing claimed is 0', () => {
  expect(run(base)).toMatchObject({ total: 0, maximum: 45 });
  fc.assert(
    fc.property(fc.nat({ max: 4 }), fc.nat({ max: 15 }), fc.boolean(), fc.boolean(), (liaisonCount, staffCount, lived, withCan) => {
      const result = run({
        ...base,
        trainings: [...liaisonThree.slice(0, Math.min(3, liaisonCount)), ...staff(staffCount)],
        taskForce: { completed: '2023-06-01', withCan, fundedLivedExperienceMembers: lived, previouslyCredited: false },
      });
      expect(result.total).toBeLessThanOrEqual(result.maximum);
      expect(result.total).toBe(result.parts.reduce((s, p) => s + p.points, 0));
    }),
  );
});

test('more trainings never earn fewer points', () => {
  fc.assert(
    fc.property(fc.nat({ max: 20 }), fc.nat({ max: 20 }), (a, b) => {
      const [low, high] = a <= b ? [a, b] : [b, a];
      expect(trainingPoints([...liaisonThree, ...staff(high)])).toBeGreaterThanOrEqual(
        trainingPoints([...liaisonThree, ...staff(low)]) ?? 0,
      );
    }),
    { numRuns: 50 },
  );
});
