import { describe, expect, test } from 'vitest';
import { checkProjectRecordkeeping } from './project';

const asOf = '2024-06-01';
const complete = (label: string) => ({ label, disabilityVerified: true, thirdPartyMonths: 9, selfCertifiedAllTime: false });
const selfOnly = (label: string) => ({ label, disabilityVerified: true, thirdPartyMonths: 0, selfCertifiedAllTime: true });
const check = (households: unknown[], jurisdiction: 'tucson-pima' | 'hud' = 'tucson-pima') =>
  checkProjectRecordkeeping({ asOf, households }, { jurisdiction });

describe('TPCH project-level documentation', () => {
  test('3 of 4 households complete (75%) and 1 of 4 self-certified (25%) meets both limits', () => {
    const outcome = check([complete('A'), complete('B'), complete('C'), selfOnly('D')]);
    expect(outcome.ok && outcome.value).toMatchObject({
      limits: { minimumThirdPartyMonths: 9, minimumCompleteShareBasisPoints: 7500, maximumAllSelfCertifiedShareBasisPoints: 2500 },
      complete: 3,
      total: 4,
      completeShareBasisPoints: 7500,
      allSelfCertified: 1,
      allSelfCertifiedShareBasisPoints: 2500,
      meetsStandard: true,
    });
  });

  test('2 of 3 complete is 66.66% (rounded down for display) and below 75%', () => {
    const outcome = check([complete('A'), complete('B'), selfOnly('C')]);
    expect(outcome.ok && outcome.value).toMatchObject({
      completeShareBasisPoints: 6666,
      meetsCompleteShare: false,
      allSelfCertifiedShareBasisPoints: 3333,
      meetsSelfCertifiedCap: false,
    });
    expect(outcome.ok && outcome.value.reasons[0]?.text).toBe(
      'A packet is complete with verified disability and at least 9 months of third-party evidence: 2 of 3 households = 66.66% (rounded down); at least 75% must be complete, so this is not met: 1 more household needs a complete packet.',
    );
  });

  test('8 third-party months or an unverified disability leave a packet incomplete', () => {
    const outcome = check([complete('A'), { ...complete('B'), thirdPartyMonths: 8 }, { ...complete('C'), disabilityVerified: false }]);
    expect(outcome.ok && outcome.value.households).toEqual([
      { label: 'A', complete: true, monthsShort: 0, todo: [] },
      { label: 'B', complete: false, monthsShort: 1, todo: ['Get third-party evidence for 1 more month (8 of 9 on file)'] },
      { label: 'C', complete: false, monthsShort: 0, todo: ['Verify the disability'] },
    ]);
  });

  test('each incomplete packet lists what it still needs', () => {
    const outcome = check([{ label: 'A', disabilityVerified: false, thirdPartyMonths: 0, selfCertifiedAllTime: true }]);
    // 9 − 0 = 9 months short
    expect(outcome.ok && outcome.value.households[0]?.todo).toEqual([
      'Verify the disability',
      'Get third-party evidence for 9 more months (0 of 9 on file)',
    ]);
  });

  test('the result says how many more complete packets meet 75% and how many self-certifying households are over 25%', () => {
    // 10 households: ⌈75% × 10⌉ = 8 complete needed, 5 on file → 3 more; ⌊25% × 10⌋ = 2 may self-certify, 4 do → 2 over
    const households = [
      ...['A', 'B', 'C', 'D', 'E'].map(complete),
      { ...complete('F'), thirdPartyMonths: 4 },
      ...['G', 'H', 'I', 'J'].map(selfOnly),
    ];
    const outcome = check(households);
    expect(outcome.ok && outcome.value).toMatchObject({ morePacketsNeeded: 3, selfCertifiedOverCap: 2, meetsStandard: false });
    expect(outcome.ok && outcome.value.reasons.map((r) => r.text)).toEqual([
      'A packet is complete with verified disability and at least 9 months of third-party evidence: 5 of 10 households = 50% (rounded down); at least 75% must be complete, so this is not met: 3 more households need complete packets.',
      '4 of 10 households self-certify all of their time homeless = 40% (rounded down); at most 25% may, so this is not met: 2 over the limit.',
    ]);
  });

  test('one household short of 75% needs exactly one more complete packet', () => {
    // 4 households: ⌈75% × 4⌉ = 3 needed, 2 on file → 1 more
    const outcome = check([complete('A'), complete('B'), { ...complete('C'), disabilityVerified: false }, selfOnly('D')]);
    expect(outcome.ok && outcome.value).toMatchObject({ morePacketsNeeded: 1, selfCertifiedOverCap: 0 });
    expect(outcome.ok && outcome.value.reasons[0]?.text).toContain('so this is not met: 1 more household needs a complete packet.');
  });

  test('two households with the same label are refused at the second one', () => {
    expect(check([complete('A-1'), complete('B-2'), complete(' A-1 ')])).toEqual({
      ok: false,
      errors: [
        { path: 'households.2.label', message: 'Household 3 has the same label as household 1 (A-1): give each household its own label' },
      ],
    });
  });

  test('a label of only spaces is missing', () => {
    const outcome = check([complete('   ')]);
    expect(outcome.ok ? [] : outcome.errors).toEqual([
      { path: 'households.0.label', message: 'Enter a label for the household, like a case number' },
    ]);
  });

  test('a household cannot self-certify all of its time and also have third-party months', () => {
    expect(check([{ ...selfOnly('A'), thirdPartyMonths: 2 }])).toEqual({
      ok: false,
      errors: [
        {
          path: 'households.0.selfCertifiedAllTime',
          message: 'A has 2 months of third-party evidence, so not all of its time is self-certified: change one of the answers',
        },
      ],
    });
  });

  test('an empty project is refused', () => {
    expect(check([])).toEqual({ ok: false, errors: [{ path: 'households', message: 'Add at least one household' }] });
  });

  test('standards without a project-level rule say so', () => {
    expect(check([complete('A')], 'hud')).toEqual({
      ok: false,
      errors: [
        { path: 'asOf', message: "The HUD federal baseline standards set no project-level documentation rule (TPCH's standards do)" },
      ],
    });
  });
});
