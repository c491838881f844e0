import { defineExampleBook } from '../../../core/examples';
import { checkPerformance, type PerformanceResult } from '../performance';
import type { PerformanceInput } from '../performanceSchema';

const tpch = { doc: 'tpch-written-standards', section: 'program-performance-standards-2021' };
const nashvilleRrh = { doc: 'nashville-davidson-standards-of-care', section: 'rapid-re-housing-standards' };
const nashvilleShelter = { doc: 'nashville-davidson-standards-of-care', section: 'emergency-shelter-standards' };

/** Worked examples of checking a project against performance standards. */
export const performanceExamples = defineExampleBook<PerformanceInput, PerformanceResult>({
  calculator: 'priority',
  title: 'Performance standards',
  run: checkPerformance,
  figures: (result) => [
    { label: 'Standards met', value: `${result.met} of ${result.met + result.notMet}` },
    { label: 'Not entered', value: String(result.notEntered) },
  ],
  examples: [
    {
      id: 'tpch-psh-project',
      title: 'A TPCH PSH project: six standards met, two not',
      rule: 'Each measure is compared exactly with its cell of the 2021 table, in the PSH column.',
      jurisdiction: 'tucson-pima',
      input: {
        framework: 'tpch-2021',
        asOf: '2022-06-30',
        column: 'psh',
        measures: {
          // $475,000 of $500,000 = 95% ≥ 90%: met.
          fundUtilization: { amount: 475_000_00, total: 500_000_00 },
          coordinatedEntry: { percent: 100 },
          // 57 of 60 = 95% ≥ 95%: met (on the line).
          inventoryUtilization: { count: 57, outOf: 60 },
          // 9 of 20 = 45% < 50%: not met.
          incomeChangeAtExit: { count: 9, outOf: 20 },
          incomeChangeAtAnnualAssessment: { percent: 41 },
          exitOrRetentionOfPermanentHousing: { percent: 92 },
          // 16% > 15%: not met.
          returnsToHomelessness: { percent: 16 },
          promptAccessToHousing: 28.5,
        },
      },
      expected: { met: 6, notMet: 2, headingCertain: true },
      citations: [tpch],
    },
    {
      id: 'tpch-column-4-illegible',
      title: 'TPCH column 4: an illegible heading and an illegible cell',
      rule: 'Column 4’s heading and its data completeness standard did not survive the scan: the result says so instead of guessing.',
      jurisdiction: 'tucson-pima',
      input: {
        framework: 'tpch-2021',
        asOf: '2022-06-30',
        column: 'column-4',
        measures: { exitsToPermanentHousing: { percent: 35 }, hmisDataCompleteness: { percent: 97 }, hmisRecordsExceedingThreeDays: 11 },
      },
      // 35% ≥ 35%: met; 11 records > 10: not met; completeness: illegible.
      expected: { met: 1, notMet: 1, headingCertain: false },
      citations: [tpch],
    },
    {
      id: 'nashville-rrh',
      title: 'A Nashville RRH project: 40 days to housing, 38% increased income, 91% exits',
      rule: 'Nashville’s RRH benchmarks: median 45 days to housing, 40% increased income, 90% exits to permanent housing.',
      jurisdiction: 'nashville-davidson',
      input: {
        framework: 'nashville',
        asOf: '2022-06-30',
        component: 'rapid-rehousing',
        measures: { medianDaysToHousing: 40, increasedIncome: { count: 19, outOf: 50 }, exitsToPermanentHousing: { percent: 91 } },
      },
      // 40 ≤ 45 days: met; 19 of 50 = 38% < 40%: not met; 91% ≥ 90%: met; HMIS not entered.
      expected: { met: 2, notMet: 1, notEntered: 1 },
      citations: [nashvilleRrh],
    },
    {
      id: 'nashville-shelter-90-days',
      title: 'A Nashville shelter averaging exactly 90 days',
      rule: 'The shelter benchmark of a 90-day average stay is read as a ceiling: exactly 90 meets it, 90.5 does not.',
      jurisdiction: 'nashville-davidson',
      input: {
        framework: 'nashville',
        asOf: '2022-06-30',
        component: 'emergency-shelter',
        measures: { averageStayDays: 90, exitsToPermanentHousing: { percent: 84.99 } },
      },
      expected: { met: 1, notMet: 1 },
      citations: [nashvilleShelter],
    },
  ],
});
