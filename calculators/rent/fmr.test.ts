import { describe, expect, test } from 'vitest';
import { lookupFmr } from './fmr';
import { sampleFmrTable } from './samples';

describe('FMR lookup by area and bedroom count', () => {
  test('finds the FMR and labels sample figures', () => {
    const found = lookupFmr(sampleFmrTable, 'SAMPLE-METRO-B', 2);
    expect(found).toMatchObject({
      ok: true,
      value: { amount: 1_200_00, fiscalYear: 2024, sample: true, area: { code: 'SAMPLE-METRO-B' } },
    });
    if (found.ok) expect(found.value.reasons[0]?.text).toMatch(/sample figures, not HUD’s/);
  });

  test('efficiency and 4 bedrooms are the ends of the table', () => {
    expect(lookupFmr(sampleFmrTable, 'SAMPLE-METRO-A', 0)).toMatchObject({ ok: true, value: { amount: 1_050_00 } });
    expect(lookupFmr(sampleFmrTable, 'SAMPLE-METRO-A', 4)).toMatchObject({ ok: true, value: { amount: 2_000_00 } });
  });

  test('5 bedrooms is not in HUD’s table: the message says so', () => {
    expect(lookupFmr(sampleFmrTable, 'SAMPLE-METRO-A', 5)).toEqual({
      ok: false,
      errors: [
        {
          path: 'fmr.bedrooms',
          message:
            'The FY2024 FMR table (sample figures, not HUD’s) has no FMR for 5 bedrooms in Sample Metro Area A (illustrative); HUD lists efficiency to 4 bedrooms: enter the FMR',
        },
      ],
    });
  });

  test('an area the table does not list', () => {
    expect(lookupFmr(sampleFmrTable, 'NOWHERE', 1)).toMatchObject({
      ok: false,
      errors: [{ path: 'fmr.areaCode', message: expect.stringMatching(/has no area "NOWHERE"/) }],
    });
  });
});
