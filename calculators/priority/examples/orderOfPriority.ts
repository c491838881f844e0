import { defineExampleBook } from '../../core/examples';
import { orderOfPriority, type OrderOfPriorityResult } from '../cpd/orderOfPriority';
import type { OrderOfPriorityInput } from '../cpd/schema';
import { placementFigure } from './figures';

const vash = { doc: 'tpch-written-standards', section: 'prioritization-for-hud-vash-housing' };
const notice = { doc: 'lowell-2016-bonus-application', section: 'notice-cpd-14-012' };
const asOf = '2024-03-01';
const veteran = {
  notice: 'cpd-16-11',
  asOf,
  chronicallyHomeless: false,
  hasDisability: true,
  longEpisodicHistory: false,
  severeServiceNeeds: false,
  comingFrom: 'emergency-shelter',
} as const;
const person = {
  notice: 'cpd-14-012',
  asOf,
  chronicallyHomeless: true,
  severeServiceNeeds: true,
  continuousMonths: 14,
  occasionsInLookBack: 1,
  monthsInLookBack: 14,
} as const;

/** Worked examples of the HUD-VASH order with CPD-16-11 and of CPD-14-012's first two priorities. */
export const orderOfPriorityExamples = defineExampleBook<OrderOfPriorityInput, OrderOfPriorityResult>({
  calculator: 'priority',
  title: 'Orders of priority (CPD-16-11, CPD-14-012)',
  run: orderOfPriority,
  figures: (result) => [{ label: 'Priority', value: placementFigure(result.placement) }],
  examples: [
    {
      id: 'vash-chronic-veteran',
      title: 'HUD-VASH: chronically homeless Veteran',
      rule: 'Chronically homeless Veterans are given the highest priority for admission.',
      jurisdiction: 'tucson-pima',
      input: { ...veteran, chronicallyHomeless: true, comingFrom: 'unsheltered' },
      expected: { placement: { status: 'placed', position: 1, group: 'chronic-veteran' } },
      citations: [vash],
    },
    {
      id: 'vash-first-priority',
      title: 'HUD-VASH: disability, long episodic homelessness, severe needs',
      rule: 'CPD-16-11 First Priority, after chronically homeless Veterans.',
      jurisdiction: 'tucson-pima',
      input: { ...veteran, longEpisodicHistory: true, severeServiceNeeds: true },
      expected: { placement: { status: 'placed', position: 2, group: 'first' } },
      citations: [vash],
    },
    {
      id: 'vash-third-priority',
      title: 'HUD-VASH: disability, from an emergency shelter, no severe needs',
      rule: 'CPD-16-11 Third Priority.',
      jurisdiction: 'tucson-pima',
      input: veteran,
      expected: { placement: { status: 'placed', position: 4, group: 'third' } },
      citations: [vash],
    },
    {
      id: 'vash-fourth-priority',
      title: 'HUD-VASH: disability, from transitional housing',
      rule: 'CPD-16-11 Fourth Priority.',
      jurisdiction: 'tucson-pima',
      input: { ...veteran, comingFrom: 'transitional-housing' },
      expected: { placement: { status: 'placed', position: 5, group: 'fourth' } },
      citations: [vash],
    },
    {
      id: 'vash-va-priority-population',
      title: 'HUD-VASH: no disability, needs ongoing case management',
      rule: 'Veterans in none of the groups above may be prioritized if a clinical assessment shows a need for ongoing case management.',
      jurisdiction: 'tucson-pima',
      input: { ...veteran, hasDisability: false, needsOngoingCaseManagement: true },
      expected: { placement: { status: 'placed', position: 6, group: 'va-priority' } },
      citations: [vash],
    },
    {
      id: 'cpd-14-012-first',
      title: 'CPD-14-012: 14 months on the street, severe needs',
      rule: 'Chronically homeless with at least 12 months continuously and severe service needs is the First Priority.',
      jurisdiction: 'lowell',
      // 14 months ≥ 12.
      input: person,
      expected: { placement: { status: 'placed', position: 1, group: 'first' } },
      citations: [notice],
    },
    {
      id: 'cpd-14-012-second-occasions',
      title: 'CPD-14-012: four occasions totalling 12 months, no severe needs',
      rule: 'Four occasions in 3 years totalling at least 12 months is the longest history; without severe service needs it is the Second Priority.',
      jurisdiction: 'lowell',
      // 4 occasions ≥ 4 and 12 months ≥ 12.
      input: { ...person, severeServiceNeeds: false, continuousMonths: 3, occasionsInLookBack: 4, monthsInLookBack: 12 },
      expected: { placement: { status: 'placed', position: 2, group: 'second' } },
      citations: [notice],
    },
    {
      id: 'cpd-14-012-not-in-excerpt',
      title: 'CPD-14-012: four occasions totalling 10 months',
      rule: 'Without 12 months in total the person is not in the excerpted priorities.',
      jurisdiction: 'lowell',
      // 10 months < 12.
      input: { ...person, continuousMonths: 2, occasionsInLookBack: 4, monthsInLookBack: 10 },
      expected: { placement: { status: 'not-named', group: 'chronic-shorter-history' } },
      citations: [notice],
    },
  ],
});
