import { defineExampleBook } from '../../core/examples';
import { orderNashvilleList, type NashvilleListInput } from '../order/nashvilleList';
import type { OrderHouseholdsResult } from '../order/list';

const asOf = '2024-03-01';
const nashvilleRrh = { doc: 'nashville-davidson-standards-of-care', section: 'rapid-re-housing-standards' };
const nashvillePsh = { doc: 'nashville-davidson-standards-of-care', section: 'permanent-supportive-housing-standards' };

/** Worked examples of ordering a Nashville By-Name List for RRH and PSH. */
export const nashvilleListExamples = defineExampleBook<NashvilleListInput, OrderHouseholdsResult>({
  calculator: 'priority',
  title: 'Ordering a Nashville By-Name List',
  run: orderNashvilleList,
  figures: (result) => [
    { label: 'Order', value: result.ordered.map((h) => h.id).join(', ') || 'none' },
    { label: 'Still tied', value: result.ties.map((ids) => ids.join(' = ')).join('; ') || 'none' },
    { label: 'Not served', value: result.notServed.map((h) => h.id).join(', ') || 'none' },
  ],
  examples: [
    {
      id: 'nashville-rrh-tie-broken-by-time-homeless',
      title: 'Nashville RRH: equal scores, time homeless breaks the tie',
      rule: 'Households are ordered by priority score; length of time homeless breaks a tie.',
      jurisdiction: 'nashville-davidson',
      // A: 9 + 1 (unsheltered) + 1 (age 57) = 11, homeless 416 days; B: 11, 265 days; C: 8 + 1 (COVID-19 risk) = 9.
      input: {
        method: 'nashville-rrh',
        asOf,
        households: [
          {
            id: 'B',
            assessment: 'vi-spdat',
            assessmentScore: 11,
            unsheltered: false,
            age: 30,
            covidRiskCondition: false,
            homelessSince: '2023-06-10',
          },
          {
            id: 'C',
            assessment: 'dv-ce',
            assessmentScore: 8,
            unsheltered: false,
            age: 41,
            covidRiskCondition: true,
            homelessSince: '2022-01-01',
          },
          {
            id: 'A',
            assessment: 'vi-spdat',
            assessmentScore: 9,
            unsheltered: true,
            age: 57,
            covidRiskCondition: false,
            homelessSince: '2023-01-10',
          },
        ],
      },
      expected: {
        ordered: [
          { id: 'A', rank: 1 },
          { id: 'B', rank: 2 },
          { id: 'C', rank: 3 },
        ],
        ties: [],
      },
      citations: [nashvilleRrh],
    },
    {
      id: 'nashville-psh-chronicity-first',
      title: 'Nashville PSH: chronicity, then VI-SPDAT, then date of identification',
      rule: 'Chronically homeless households come first; the date of identification breaks a remaining tie.',
      jurisdiction: 'nashville-davidson',
      input: {
        method: 'nashville-psh',
        asOf,
        households: [
          { id: 'P1', chronicallyHomeless: false, viSpdatScore: 15, homelessSince: '2020-01-01', identifiedOn: '2020-02-01' },
          { id: 'P2', chronicallyHomeless: true, viSpdatScore: 9, homelessSince: '2023-01-01', identifiedOn: '2023-02-01' },
          { id: 'P3', chronicallyHomeless: true, viSpdatScore: 9, homelessSince: '2023-01-01', identifiedOn: '2023-01-15' },
        ],
      },
      expected: { ordered: [{ id: 'P3' }, { id: 'P2' }, { id: 'P1' }], ties: [] },
      citations: [nashvillePsh],
    },
  ],
});
