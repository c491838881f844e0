import { defineExampleBook } from '../../core/examples';
import { orderHouseholds, type OrderHouseholdsResult } from '../order/orderHouseholds';
import type { OrderHouseholdsInput } from '../order/schema';

const asOf = '2024-03-01';
const tpchPsh = { doc: 'tpch-written-standards', section: 'permanent-supportive-housing' };
const vash = { doc: 'tpch-written-standards', section: 'prioritization-for-hud-vash-housing' };

/** Worked examples of ordering a list of households under TPCH's levels and the HUD-VASH order. */
export const householdOrderExamples = defineExampleBook<OrderHouseholdsInput, OrderHouseholdsResult>({
  calculator: 'priority',
  title: 'Ordering a list of households (TPCH, HUD-VASH)',
  run: orderHouseholds,
  figures: (result) => [
    { label: 'Order', value: result.ordered.map((h) => h.id).join(', ') || 'none' },
    { label: 'Still tied', value: result.ties.map((ids) => ids.join(' = ')).join('; ') || 'none' },
    { label: 'Not served', value: result.notServed.map((h) => h.id).join(', ') || 'none' },
  ],
  examples: [
    {
      id: 'tpch-psh-list',
      title: 'TPCH CH-dedicated beds: levels, and who is not served',
      rule: 'Households are ordered by level; a household that is not chronically homeless is not served in these beds.',
      jurisdiction: 'tucson-pima',
      input: {
        method: 'tpch',
        asOf,
        program: 'psh',
        bedType: 'chronic-dedicated',
        chronicHouseholdsHoused: false,
        households: [
          {
            id: 'T1',
            spdatTool: 'vi-spdat',
            spdatPopulation: 'individual',
            spdatScore: 9,
            sleepingSituation: 'unsheltered',
            chronicallyHomeless: true,
            lifetimeMonthsHomeless: 30,
          },
          {
            id: 'T2',
            spdatTool: 'vi-spdat',
            spdatPopulation: 'individual',
            spdatScore: 14,
            sleepingSituation: 'sheltered',
            chronicallyHomeless: true,
            lifetimeMonthsHomeless: 12,
          },
          {
            id: 'T3',
            spdatTool: 'vi-spdat',
            spdatPopulation: 'individual',
            spdatScore: 16,
            sleepingSituation: 'unsheltered',
            chronicallyHomeless: false,
            hasDisability: true,
            lifetimeMonthsHomeless: 50,
          },
        ],
      },
      // T2: severe, < 2 years, sheltered = level 4; T1: high, 2+ years, unsheltered = level 5.
      expected: {
        ordered: [
          { id: 'T2', placement: { position: 4 } },
          { id: 'T1', placement: { position: 5 } },
        ],
        notServed: [{ id: 'T3' }],
      },
      citations: [tpchPsh],
    },
    {
      id: 'vash-list',
      title: 'HUD-VASH: chronically homeless Veterans first',
      rule: 'Chronically homeless Veterans come before the CPD-16-11 priorities; within a group, clinical judgment of acuity decides.',
      jurisdiction: 'tucson-pima',
      input: {
        method: 'cpd-16-11',
        asOf,
        households: [
          {
            id: 'V1',
            chronicallyHomeless: false,
            hasDisability: true,
            longEpisodicHistory: true,
            severeServiceNeeds: true,
            comingFrom: 'unsheltered',
          },
          {
            id: 'V2',
            chronicallyHomeless: true,
            hasDisability: true,
            longEpisodicHistory: true,
            severeServiceNeeds: true,
            comingFrom: 'emergency-shelter',
          },
          {
            id: 'V3',
            chronicallyHomeless: true,
            hasDisability: true,
            longEpisodicHistory: false,
            severeServiceNeeds: false,
            comingFrom: 'unsheltered',
          },
        ],
      },
      expected: {
        ordered: [
          { id: 'V2', rank: 1 },
          { id: 'V3', rank: 1 },
          { id: 'V1', rank: 3 },
        ],
        ties: [['V2', 'V3']],
      },
      citations: [vash],
    },
  ],
});
