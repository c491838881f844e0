import type { FmrTable } from './schemas/fmr';
import type { UtilityAllowanceSchedule } from './schemas/utilityAllowance';

const d = (...dollars: (number | null)[]): (number | null)[] => dollars.map((x) => (x === null ? null : x * 100));

/**
 * SAMPLE figures for examples, tests and the tool page until a PHA's schedule is imported: not any
 * PHA's published schedule. content/data/utility-allowances/sample-pha-2024.csv holds the same rows.
 */
export const sampleUtilityAllowanceSchedule: UtilityAllowanceSchedule = {
  id: 'sample-pha-2024',
  pha: 'Sample Housing Authority',
  area: 'Sample county (illustrative)',
  unitType: 'Apartment / walk-up',
  effective: '2024-01-01',
  source:
    'Hearth sample: illustrative figures, not a published PHA schedule. Replace with your PHA’s schedule (scripts/import-utility-allowance.mjs).',
  sample: true,
  rows: [
    { use: 'heating', fuel: 'gas', amounts: d(18, 22, 27, 32, 37, 42) },
    { use: 'heating', fuel: 'electric', amounts: d(20, 26, 33, 40, 47, 54) },
    { use: 'heating', fuel: 'oil', amounts: d(30, 38, 48, 58, 68, null) },
    { use: 'cooking', fuel: 'gas', amounts: d(4, 5, 6, 8, 9, 11) },
    { use: 'cooking', fuel: 'electric', amounts: d(6, 7, 9, 11, 13, 15) },
    { use: 'water-heating', fuel: 'gas', amounts: d(9, 11, 14, 17, 20, 23) },
    { use: 'water-heating', fuel: 'electric', amounts: d(13, 16, 20, 25, 30, 35) },
    { use: 'water-heating', fuel: 'oil', amounts: d(15, 19, 24, 29, 34, 39) },
    { use: 'other-electric', fuel: null, amounts: d(21, 26, 33, 42, 50, 58) },
    { use: 'water', fuel: null, amounts: d(15, 18, 24, 31, 38, 45) },
    { use: 'sewer', fuel: null, amounts: d(17, 20, 27, 35, 43, 51) },
    { use: 'trash', fuel: null, amounts: d(12, 12, 12, 12, 12, 12) },
    { use: 'range', fuel: null, amounts: d(3, 3, 3, 3, 3, 3) },
    { use: 'refrigerator', fuel: null, amounts: d(4, 4, 4, 4, 4, 4) },
  ],
};

/**
 * SAMPLE Fair Market Rents for examples and tests until HUD's table is imported: not HUD's figures.
 * content/data/fmr/sample-fy2024.csv holds the same areas in HUD's column layout.
 */
export const sampleFmrTable: FmrTable = {
  id: 'sample-fy2024',
  fiscalYear: 2024,
  effective: '2023-10-01',
  source: 'Hearth sample: illustrative figures, not HUD’s published FY2024 FMRs. Replace with HUD’s table (scripts/import-fmr.mjs).',
  sample: true,
  areas: [
    { code: 'SAMPLE-METRO-A', name: 'Sample Metro Area A (illustrative)', amounts: [1_050_00, 1_150_00, 1_300_00, 1_700_00, 2_000_00] },
    { code: 'SAMPLE-METRO-B', name: 'Sample Metro Area B (illustrative)', amounts: [900_00, 1_000_00, 1_200_00, 1_550_00, 1_800_00] },
    { code: 'SAMPLE-NONMETRO-C', name: 'Sample Nonmetro County C (illustrative)', amounts: [700_00, 760_00, 950_00, 1_250_00, 1_400_00] },
  ],
};
