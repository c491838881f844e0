import { defineExampleBook } from '../../../core/examples';
import * as passages from '../passages/renewal';
import { formatPoints } from '../points';
import { scoreNewBedfordRenewal, type NewBedfordRenewalResult } from '../renewal';
import type { NewBedfordRenewalInput } from '../renewalSchema';
import { familyPreservationProgram as fpp } from './fpp';

const appendixB = { doc: 'new-bedford-fy2019-local-competition', section: 'appendix-b-scoring-and-ranking' };
const worksheet = { doc: 'new-bedford-fy2019-coc-application', section: 'consolidated-application' };

/** Worked examples of the New Bedford FY2019 renewal score. */
export const renewalExamples = defineExampleBook<NewBedfordRenewalInput, NewBedfordRenewalResult>({
  calculator: 'priority',
  title: 'New Bedford renewal scoring',
  run: scoreNewBedfordRenewal,
  figures: (result) => [
    {
      label: 'Total',
      value:
        result.total === null
          ? `${formatPoints(result.totalRange.low)}–${formatPoints(result.totalRange.high)}`
          : formatPoints(result.total),
    },
    { label: 'Most these scales can award', value: formatPoints(result.attainableMaximum) },
  ],
  examples: [
    {
      id: 'nb-fpp-appendix-b-persons',
      title: 'Family Preservation Program on the RFP’s scales, chronic counted in persons',
      rule: 'Appendix B’s scales: fiscal management tops out at 15 of its 20 points, and chronic homelessness is prorated: 15 × 75% = 11.25.',
      jurisdiction: 'new-bedford',
      input: fpp,
      // 20 + 5 + 0 + 5 + 2 + 10 + 11.25 = 53.25 performance; + 10 data quality + 15 fiscal = 78.25 of 100 (at most 95 on these scales).
      expected: {
        total: 78_25,
        performance: { points: 53_25 },
        attainableMaximum: 95_00,
        goalsMet: 6,
        goalsJudged: 9,
        chronicAlternative: { basis: 'beds', points: 15_00 },
      },
      citations: [appendixB],
    },
    {
      id: 'nb-fpp-worksheet-beds',
      title: 'Family Preservation Program as the 2019 worksheet scored it (87)',
      rule: 'The worksheet’s fiscal scale awards 20 for 0% returned; counted in beds (46 of 46) chronic homelessness earns the full 15.',
      jurisdiction: 'new-bedford',
      input: { ...fpp, scales: 'worksheet', chronicHomeless: { ...fpp.chronicHomeless, basis: 'beds' } },
      // 20 + 5 + 0 + 5 + 2 + 10 + 15 = 57; + 10 + 20 = 87, the published score.
      expected: { total: 87_00, attainableMaximum: 100_00, chronicAlternative: { basis: 'persons', points: 11_25 } },
      citations: [worksheet],
    },
    {
      id: 'nb-fpp-worksheet-persons',
      title: 'Family Preservation Program on the worksheet’s scales, chronic in persons',
      rule: 'The worksheet itself says “prorated for 100% of CH persons”: 46 of 61 rounds to 75%, 15 × 75% = 11.25, not the 15 it gave.',
      jurisdiction: 'new-bedford',
      input: { ...fpp, scales: 'worksheet' },
      // 87 − 15 + 11.25 = 83.25.
      expected: { total: 83_25 },
      citations: [worksheet, passages.worksheetChronicPersons],
    },
    {
      id: 'nb-fiscal-ten-percent-overlap',
      title: '10% of funds returned: two fiscal bands apply',
      rule: 'Appendix B’s fiscal scale has “6%-10%= 5” and “10%>= 0”: at 10% both apply, so the committee must decide.',
      jurisdiction: 'new-bedford',
      input: { ...fpp, fiscalManagement: { percent: 10 } },
      // 78.25 − 15 = 63.25 before fiscal; fiscal 0 or 5 → between 63.25 and 68.25.
      expected: { total: null, totalRange: { low: 63_25, high: 68_25 }, decisionsNeeded: ['fiscalManagement'] },
      citations: [appendixB],
    },
    {
      id: 'nb-data-quality-gap',
      title: '3 omissions in 1,000 data elements: a gap in the data quality scale',
      rule: '“0 oms= 10” needs no omissions and “1%-10%= 6” starts at 1%: 0.3% (rounded to 0%) falls in neither.',
      jurisdiction: 'new-bedford',
      input: { ...fpp, dataQuality: { count: 3, outOf: 1000 } },
      // 78.25 − 10 = 68.25 before data quality; 6 or 10 → between 74.25 and 78.25.
      expected: { total: null, totalRange: { low: 74_25, high: 78_25 }, decisionsNeeded: ['dataQuality'] },
      citations: [appendixB],
    },
    {
      id: 'nb-worksheet-exits-55-overlap',
      title: '55% exits on the worksheet: “55%-64%= 5” and “≤55%= 0” overlap',
      rule: 'The worksheet’s lowest exits band is ≤55%, which overlaps the 55%-64% band; Appendix B’s reads ≤54%.',
      jurisdiction: 'new-bedford',
      input: { ...fpp, scales: 'worksheet', exitsToPermanentHousing: { percent: 55 } },
      // 83.25 − 20 = 63.25 before exits; 0 or 5 → between 63.25 and 68.25.
      expected: { total: null, totalRange: { low: 63_25, high: 68_25 }, decisionsNeeded: ['exitsToPermanentHousing'] },
      citations: [worksheet],
    },
    {
      id: 'nb-exits-rounding',
      title: '84.5% exits rounds half-up to 85%',
      rule: 'The bands are whole percentages; a measured 84.5% is rounded half-up to 85%, as the worksheet rounded 87.5% to 88%, and scores 20.',
      jurisdiction: 'new-bedford',
      input: { ...fpp, exitsToPermanentHousing: { percent: 84.5 } },
      expected: { total: 78_25 },
      citations: [worksheet],
    },
  ],
});
