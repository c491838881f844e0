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
      'A packet is complete with verified disability and at least 9 months of third-party evidence: 2 of 3 households = 66.66% (rounded down); at least 75% must be complete, so this is not met.',
    );
  });

  test('8 third-party months or an unverified disability leave a packet incomplete', () => {
    const outcome = check([complete('A'), { ...complete('B'), thirdPartyMonths: 8 }, { ...complete('C'), disabilityVerified: false }]);
    expect(outcome.ok && outcome.value.households).toEqual([
      { label: 'A', complete: true },
      { label: 'B', complete: false },
      { label: 'C', complete: false },
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
