import { defineExampleBook } from '../../core/examples';
import { scoreNashvilleRrh, type NashvilleRrhScore } from '../nashville/rrhScore';
import type { NashvilleRrhScoreInput } from '../nashville/schema';

const rrh = { doc: 'nashville-davidson-standards-of-care', section: 'rapid-re-housing-standards' };
const asOf = '2024-03-01';

/** Worked examples of Nashville's RRH priority score. */
export const nashvilleRrhScoreExamples = defineExampleBook<NashvilleRrhScoreInput, NashvilleRrhScore>({
  calculator: 'priority',
  title: 'Nashville RRH priority score',
  run: scoreNashvilleRrh,
  figures: (result) => [
    { label: 'Priority score', value: String(result.priorityScore) },
    { label: 'Days homeless', value: String(result.daysHomeless) },
  ],
  examples: [
    {
      id: 'nashville-rrh-all-points',
      title: 'VI-SPDAT 9, unsheltered, age 57, COVID-19 risk',
      rule: 'The VI-SPDAT score plus 1 point each for unsheltered homelessness, age 55+ and a CDC COVID-19 risk condition.',
      jurisdiction: 'nashville-davidson',
      // 9 + 1 + 1 + 1 = 12; 2023-01-10 to 2024-03-01 = 416 days.
      input: {
        asOf,
        assessment: 'vi-spdat',
        assessmentScore: 9,
        unsheltered: true,
        age: 57,
        covidRiskCondition: true,
        homelessSince: '2023-01-10',
      },
      expected: { priorityScore: 12, points: { unsheltered: 1, olderAdult: 1, covidRisk: 1 }, daysHomeless: 416 },
      citations: [rrh],
    },
    {
      id: 'nashville-rrh-dv-ce-no-points',
      title: 'DV-CE score 7, sheltered, age 54',
      rule: 'A DV-CE assessment score counts like a VI-SPDAT score; age 54 is under 55, so no point.',
      jurisdiction: 'nashville-davidson',
      // 7 + 0 + 0 + 0 = 7.
      input: {
        asOf,
        assessment: 'dv-ce',
        assessmentScore: 7,
        unsheltered: false,
        age: 54,
        covidRiskCondition: false,
        homelessSince: '2024-02-01',
      },
      expected: { priorityScore: 7, points: { unsheltered: 0, olderAdult: 0, covidRisk: 0 }, daysHomeless: 29 },
      citations: [rrh],
    },
    {
      id: 'nashville-rrh-age-55',
      title: 'VI-SPDAT 6, age exactly 55',
      rule: 'Age 55 earns the age point (55+).',
      jurisdiction: 'nashville-davidson',
      // 6 + 0 + 1 + 0 = 7.
      input: {
        asOf,
        assessment: 'vi-spdat',
        assessmentScore: 6,
        unsheltered: false,
        age: 55,
        covidRiskCondition: false,
        homelessSince: '2023-03-01',
      },
      expected: { priorityScore: 7, points: { olderAdult: 1 } },
      citations: [rrh],
    },
  ],
});
