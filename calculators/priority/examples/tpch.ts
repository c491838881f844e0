import { defineExampleBook } from '../../core/examples';
import { prioritizeTpch, type TpchPriorityResult } from '../tpch/prioritize';
import type { TpchPriorityInput } from '../tpch/schema';
import { placementFigure } from './figures';

const psh = { doc: 'tpch-written-standards', section: 'permanent-supportive-housing' };
const keyTerms = { doc: 'tpch-written-standards', section: 'key-terms' };
const rrh = { doc: 'tpch-written-standards', section: 'rapid-rehousing-programs' };
const th = { doc: 'tpch-written-standards', section: 'transitional-housing' };
const asOf = '2024-03-01';
const chronicBeds = { asOf, program: 'psh', bedType: 'chronic-dedicated', chronicHouseholdsHoused: false } as const;
const otherBeds = { asOf, program: 'psh', bedType: 'other' } as const;
const viIndividual = { spdatTool: 'vi-spdat', spdatPopulation: 'individual' } as const;

/** Worked examples of TPCH's PSH levels and RRH/TH priorities. */
export const tpchPriorityExamples = defineExampleBook<TpchPriorityInput, TpchPriorityResult>({
  calculator: 'priority',
  title: 'TPCH prioritization',
  run: prioritizeTpch,
  figures: (result) => [
    { label: 'Service needs', value: result.serviceNeeds.level },
    { label: 'Priority', value: placementFigure(result.placement) },
  ],
  examples: [
    {
      id: 'tpch-psh-chronic-level-1',
      title: 'CH bed: severe needs, 30 months homeless, unsheltered',
      rule: 'Severe service needs, 2+ years homeless and unsheltered is level 1 for beds dedicated to chronic homelessness.',
      jurisdiction: 'tucson-pima',
      // VI-SPDAT individual 13 is in the severe band 12–17; 30 months ≥ 2 years × 12 = 24 months.
      input: {
        ...chronicBeds,
        ...viIndividual,
        spdatScore: 13,
        sleepingSituation: 'unsheltered',
        chronicallyHomeless: true,
        lifetimeMonthsHomeless: 30,
      },
      expected: {
        serviceNeeds: { level: 'severe' },
        longHistory: true,
        placement: { status: 'placed', position: 1, group: 'severe-long-unsheltered' },
      },
      citations: [psh, keyTerms],
    },
    {
      id: 'tpch-psh-chronic-level-4',
      title: 'CH bed: severe needs, 18 months homeless, sheltered',
      rule: 'Severe service needs with less than 2 years homeless, sheltered, is level 4.',
      jurisdiction: 'tucson-pima',
      // 18 months < 24 months.
      input: {
        ...chronicBeds,
        ...viIndividual,
        spdatScore: 12,
        sleepingSituation: 'sheltered',
        chronicallyHomeless: true,
        lifetimeMonthsHomeless: 18,
      },
      expected: { longHistory: false, placement: { status: 'placed', position: 4, group: 'severe-short-sheltered' } },
      citations: [psh],
    },
    {
      id: 'tpch-psh-chronic-level-7-family',
      title: 'CH bed: family with high needs, 20 months homeless, unsheltered',
      rule: 'High service needs with less than 2 years homeless, unsheltered, is level 7.',
      jurisdiction: 'tucson-pima',
      // VI-SPDAT family 10 is in the high band 9–11.
      input: {
        ...chronicBeds,
        spdatTool: 'vi-spdat',
        spdatPopulation: 'family',
        spdatScore: 10,
        sleepingSituation: 'unsheltered',
        chronicallyHomeless: true,
        lifetimeMonthsHomeless: 20,
      },
      expected: { serviceNeeds: { level: 'high' }, placement: { status: 'placed', position: 7 } },
      citations: [psh, keyTerms],
    },
    {
      id: 'tpch-psh-chronic-beds-not-chronic',
      title: 'CH bed: not chronically homeless',
      rule: 'Only chronically homeless households are served in beds dedicated or prioritized for chronic homelessness.',
      jurisdiction: 'tucson-pima',
      input: {
        ...chronicBeds,
        ...viIndividual,
        spdatScore: 14,
        sleepingSituation: 'unsheltered',
        chronicallyHomeless: false,
        hasDisability: true,
        lifetimeMonthsHomeless: 40,
      },
      expected: { placement: { status: 'not-served', group: 'not-chronic' } },
      citations: [psh],
    },
    {
      id: 'tpch-psh-moderate-not-served',
      title: 'CH bed: moderate needs',
      rule: 'Households with moderate and low service needs are not currently served with PSH beds.',
      jurisdiction: 'tucson-pima',
      input: {
        ...chronicBeds,
        ...viIndividual,
        spdatScore: 6,
        sleepingSituation: 'unsheltered',
        chronicallyHomeless: true,
        lifetimeMonthsHomeless: 30,
      },
      expected: { serviceNeeds: { level: 'moderate' }, placement: { status: 'not-served', group: 'moderate-or-low' } },
      citations: [psh],
    },
    {
      id: 'tpch-psh-other-beds-follow-chronic-levels',
      title: 'Other PSH bed before chronic homelessness is housed',
      rule: 'Beds not dedicated to chronic homelessness follow the chronic levels until the CoC determines chronic homelessness is housed.',
      jurisdiction: 'tucson-pima',
      input: {
        ...otherBeds,
        chronicHouseholdsHoused: false,
        ...viIndividual,
        spdatScore: 15,
        sleepingSituation: 'sheltered',
        chronicallyHomeless: true,
        hasDisability: true,
        lifetimeMonthsHomeless: 36,
      },
      expected: { placement: { status: 'placed', position: 2, group: 'severe-long-sheltered' } },
      citations: [psh],
    },
    {
      id: 'tpch-psh-other-beds-level-6',
      title: 'Other PSH bed after chronic homelessness is housed: high needs, 1 year',
      rule: 'Once chronic homelessness is housed, high service needs with a disability is level 6.',
      jurisdiction: 'tucson-pima',
      // Full SPDAT individual 40 is in the high band 35–44; 12 months < 24 months.
      input: {
        ...otherBeds,
        chronicHouseholdsHoused: true,
        spdatTool: 'full-spdat',
        spdatPopulation: 'individual',
        spdatScore: 40,
        sleepingSituation: 'sheltered',
        chronicallyHomeless: false,
        hasDisability: true,
        lifetimeMonthsHomeless: 12,
      },
      expected: { serviceNeeds: { level: 'high' }, placement: { status: 'placed', position: 6, group: 'high-disability' } },
      citations: [psh, keyTerms],
    },
    {
      id: 'tpch-rrh-moderate-unsheltered',
      title: 'RRH: moderate needs, unsheltered',
      rule: 'Households with moderate service needs are offered RRH, unsheltered households first.',
      jurisdiction: 'tucson-pima',
      input: { asOf, program: 'rrh', ...viIndividual, spdatScore: 5, sleepingSituation: 'unsheltered' },
      expected: { placement: { status: 'placed', position: 1, group: 'moderate-unsheltered' } },
      citations: [rrh],
    },
    {
      id: 'tpch-rrh-moderate-sheltered',
      title: 'RRH: moderate needs, sheltered',
      rule: 'Sheltered households with moderate needs come after unsheltered ones.',
      jurisdiction: 'tucson-pima',
      input: { asOf, program: 'rrh', ...viIndividual, spdatScore: 7, sleepingSituation: 'sheltered' },
      expected: { placement: { status: 'placed', position: 2, group: 'moderate-sheltered' } },
      citations: [rrh],
    },
    {
      id: 'tpch-rrh-low-not-served',
      title: 'RRH: low needs',
      rule: 'Families and individuals with low service needs are not currently served with RRH.',
      jurisdiction: 'tucson-pima',
      input: { asOf, program: 'rrh', ...viIndividual, spdatScore: 3, sleepingSituation: 'unsheltered' },
      expected: { serviceNeeds: { level: 'low' }, placement: { status: 'not-served' } },
      citations: [rrh],
    },
    {
      id: 'tpch-th-moderate-unsheltered',
      title: 'TH: youth with moderate needs, unsheltered',
      rule: 'Transitional housing offers moderate needs, unsheltered households first.',
      jurisdiction: 'tucson-pima',
      input: { asOf, program: 'th', spdatTool: 'vi-spdat', spdatPopulation: 'youth', spdatScore: 4, sleepingSituation: 'unsheltered' },
      expected: { placement: { status: 'placed', position: 1 } },
      citations: [th],
    },
  ],
});
