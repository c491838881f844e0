import { describe, expect, test } from 'vitest';
import { addDays } from '../core/dates';
import { backFrom, individual, stay, verified } from './testFixtures';

const A = '2024-06-01';

describe('continuous path: at most 3 of the 12 months may be self-certified', () => {
  // 12 whole months on the street, June 2023 to May 2024; the first `self` months rest on self-certification.
  const selfEnds = ['', '2023-06-30', '2023-07-31', '2023-08-31', '2023-09-30'];
  const months = (self: number) => {
    const selfEnd = selfEnds[self];
    return selfEnd
      ? individual(A, [stay('2023-06-01', selfEnd, 'street', 'self_certification'), stay(addDays(selfEnd, 1), undefined)])
      : individual(A, [stay('2023-06-01', undefined)]);
  };

  test.each([
    // 3 self-certified months ≤ 3: meets; 4 > 3: does not
    [0, true],
    [3, true],
    [4, false],
  ])('%i self-certified months of 12', (self, meets) => {
    const result = verified(months(self));
    expect(result.chronic).toBe(true);
    expect(result.recordkeeping).toMatchObject({
      path: 'continuous',
      selfCertifiedMonths: self,
      thirdPartyMonths: 12 - self,
      meetsStandard: meets,
    });
    expect(result.recordkeeping.todo.map((t) => t.code)).toEqual(meets ? [] : ['evidence-months']);
  });

  test('the to-do names the self-certified stay and how many more months need third-party evidence', () => {
    const todo = verified(months(4)).recordkeeping.todo[0];
    // 4 self-certified − 3 allowed = 1 more month
    expect(todo?.text).toMatch(
      /^Get third-party evidence .* for 1 more month of 2023-06, 2023-07, 2023-08, 2023-09, now self-certified\.$/,
    );
    expect(todo?.stays).toEqual([{ index: 0, type: 'street', start: '2023-06-01', end: '2023-09-30' }]);
  });

  test('an intake worker’s observation counts as evidence other than self-certification', () => {
    const result = verified(individual(A, [stay('2023-06-01', undefined, 'street', 'intake_observation')]));
    expect(result.recordkeeping).toMatchObject({ selfCertifiedMonths: 0, meetsStandard: true });
  });
});

describe('occasions path: at least 3 of the occasions must be third-party', () => {
  const occasions = (evidence: ('third_party' | 'self_certification')[]) =>
    individual(
      A,
      backFrom(A, [
        ['street', 100, evidence[0] ?? 'third_party'],
        ['housed_other', 30],
        ['street', 100, evidence[1] ?? 'third_party'],
        ['housed_other', 30],
        ['street', 100, evidence[2] ?? 'third_party'],
        ['housed_other', 30],
        ['street', 100, evidence[3] ?? 'third_party'],
      ]),
    );

  test('three third-party occasions of four meet the standard', () => {
    const result = verified(occasions(['self_certification']), 'tucson-pima');
    expect(result).toMatchObject({ chronic: true, basis: 'four_occasions' });
    expect(result.recordkeeping).toMatchObject({
      path: 'four_occasions',
      thirdPartyOccasions: 3,
      selfCertifiedOccasions: 1,
      meetsStandard: true,
    });
  });

  test('two third-party occasions of four do not, and the to-do lists the self-certified stays', () => {
    const result = verified(occasions(['self_certification', 'self_certification']), 'tucson-pima');
    expect(result.recordkeeping).toMatchObject({ thirdPartyOccasions: 2, meetsStandard: false });
    const todo = result.recordkeeping.todo.find((t) => t.code === 'evidence-occasions');
    expect(todo?.stays.map((s) => s.index)).toEqual([0, 2]);
    expect(todo?.text).toMatch(/for 1 more occasion/);
  });

  test('breaks may be self-certified or have no evidence at all', () => {
    const result = verified(occasions([]), 'tucson-pima');
    expect(result.recordkeeping.meetsStandard).toBe(true);
    expect(result.reasons.map((r) => r.code)).toContain('evidence-breaks');
  });

  test('the breaks reason cites TPCH’s own standards under TPCH, and only HUD’s guidance elsewhere', () => {
    const sections = (jurisdiction: 'hud' | 'tucson-pima') =>
      verified(occasions([]), jurisdiction)
        .reasons.find((r) => r.code === 'evidence-breaks')
        ?.citations.map((c) => `${c.doc}#${c.section}`);
    expect(sections('tucson-pima')).toContain('tpch-written-standards#evaluating-and-documenting-eligibility');
    expect(sections('hud')).not.toContain('tpch-written-standards#evaluating-and-documenting-eligibility');
    expect(sections('hud')).toContain('federal-regulations#hud-faq-2755-chronic-recordkeeping');
  });
});

describe('deadlines and the TPCH packet', () => {
  const secondary = { hasDisability: true, verification: 'secondary_source' as const, secondarySourceDate: '2024-06-10' };

  test('TPCH allows 45 days after a secondary source of disability evidence', () => {
    // 2024-06-10 + 45 days = 2024-07-25
    const result = verified({ ...individual(A, backFrom(A, [['street', 400]])), disability: secondary }, 'tucson-pima');
    expect(result.recordkeeping.todo.find((t) => t.code === 'disability-third-party')).toMatchObject({ dueDate: '2024-07-25' });
  });

  test('TPCH gives projects 180 days from entry for written verification while the file is incomplete', () => {
    // 2024-06-15 + 180 days = 2024-12-12
    const result = verified(
      { ...individual(A, backFrom(A, [['street', 400]])), disability: secondary, projectEntryDate: '2024-06-15' },
      'tucson-pima',
    );
    expect(result.recordkeeping.todo.find((t) => t.code === 'written-verification')).toMatchObject({ dueDate: '2024-12-12' });
  });

  test('HUD sets no such deadlines: the to-do has no due date', () => {
    const result = verified({ ...individual(A, backFrom(A, [['street', 400]])), disability: secondary, projectEntryDate: '2024-06-15' });
    expect(result.recordkeeping.todo.map((t) => [t.code, t.dueDate])).toEqual([['disability-third-party', null]]);
    expect(result.recordkeeping.packetComplete).toBeNull();
  });

  test('a TPCH packet is complete with third-party disability verification and 9 third-party months', () => {
    // street 2023-09-01 onward: September 2023 to May 2024 = 9 third-party months ≥ 9; 274 nights is not chronic, but the packet rule only counts months
    const nine = verified(individual(A, [stay('2023-09-01', undefined)]), 'tucson-pima');
    expect(nine.recordkeeping).toMatchObject({ thirdPartyMonthsOfTimeHomeless: 9, packetComplete: true });
    const eight = verified(individual(A, [stay('2023-10-01', undefined)]), 'tucson-pima');
    expect(eight.recordkeeping).toMatchObject({ thirdPartyMonthsOfTimeHomeless: 8, packetComplete: false });
  });

  test('on the institution path the institution stay itself needs a record', () => {
    const result = verified(
      individual(
        A,
        backFrom(A, [
          ['street', 400],
          ['institution', 30, 'self_certification'],
        ]),
      ),
    );
    expect(result.basis).toBe('institution');
    expect(result.recordkeeping.meetsStandard).toBe(false);
    expect(result.recordkeeping.todo[0]).toMatchObject({ code: 'evidence-institution', stays: [{ index: 1, type: 'institution' }] });
  });
});
