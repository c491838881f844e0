import { describe, expect, test } from 'vitest';
import { sampleFmrTable } from './samples';
import { errorsOf, run } from './testInputs';

const line = (lines: object[], extra: object = {}) => ({ mode: 'budget-line', asOf: '2016-07-15', lines, ...extra });

describe('the rental assistance budget line is units × FMR × 12 for each unit size (Lowell 2016)', () => {
  test('3 one-bedroom units at $1,000 and 2 two-bedroom units at $1,250', () => {
    // 3 × $1,000 × 12 = $36,000; 2 × $1,250 × 12 = $30,000; total $66,000.
    const result = run(
      'budget-line',
      line([
        { bedrooms: 1, units: 3, fmr: 1_000_00 },
        { bedrooms: 2, units: 2, fmr: 1_250_00 },
      ]),
      'lowell',
    );
    expect(result.detail).toEqual({
      lines: [
        { bedrooms: 1, units: 3, fmr: 1_000_00, months: 12, total: 36_000_00 },
        { bedrooms: 2, units: 2, fmr: 1_250_00, months: 12, total: 30_000_00 },
      ],
      total: 66_000_00,
      fmrTable: null,
    });
  });

  test('FMRs can be looked up in a table', () => {
    // Efficiency in sample area C: 4 × $700 × 12 = $33,600.
    const result = run(
      'budget-line',
      line([{ bedrooms: 0, units: 4 }], { fmrTable: { table: sampleFmrTable, areaCode: 'SAMPLE-NONMETRO-C' } }),
      'lowell',
    );
    expect(result.detail.total).toBe(33_600_00);
    expect(result.detail.fmrTable).toEqual({ id: 'sample-fy2024', fiscalYear: 2024, sample: true, areaCode: 'SAMPLE-NONMETRO-C' });
  });

  test('zero units add nothing', () => {
    expect(run('budget-line', line([{ bedrooms: 1, units: 0, fmr: 1_000_00 }]), 'lowell').detail.total).toBe(0);
  });
});

describe('budget line input problems', () => {
  test('an FMR entered and a table chosen is a contradiction', () => {
    expect(
      errorsOf(
        line([{ bedrooms: 1, units: 1, fmr: 1_000_00 }], { fmrTable: { table: sampleFmrTable, areaCode: 'SAMPLE-METRO-A' } }),
        'lowell',
      )[0]?.path,
    ).toBe('lines.0.fmr');
  });
  test('neither an FMR nor a table', () => {
    expect(errorsOf(line([{ bedrooms: 1, units: 1 }]), 'lowell')[0]?.message).toBe(
      'Enter the FMR for this unit size, or choose an FMR table to look it up',
    );
  });
  test('a unit size listed twice', () => {
    expect(
      errorsOf(
        line([
          { bedrooms: 1, units: 1, fmr: 1 },
          { bedrooms: 1, units: 2, fmr: 1 },
        ]),
        'lowell',
      )[0]?.path,
    ).toBe('lines.1.bedrooms');
  });
  test('5 bedrooms is beyond the form', () => {
    expect(errorsOf(line([{ bedrooms: 5, units: 1, fmr: 1_000_00 }]), 'lowell')[0]).toEqual({
      path: 'lines.0.bedrooms',
      message: 'The unit size in bedrooms cannot be more than 4',
    });
  });
  test('an area not in the table names it', () => {
    expect(
      errorsOf(line([{ bedrooms: 1, units: 1 }], { fmrTable: { table: sampleFmrTable, areaCode: 'X' } }), 'lowell')[0]?.message,
    ).toMatch(/has no area "X"/);
  });
  test('jurisdictions without the form say where it is', () => {
    expect(errorsOf(line([{ bedrooms: 1, units: 1, fmr: 1_000_00 }]), 'hud')[0]?.message).toMatch(
      /Lowell CoC 2016 application form: choose Lowell CoC/,
    );
  });
});
