import type { Parameter } from '../../core/parameters';

const budget = { doc: 'lowell-2016-bonus-application', section: 'budget-detail' } as const;
/** The CoC Advisory Board set the 2016 bonus priorities on this date; the form followed. */
const issued = '2016-06-24';

/** rent parameters for lowell. Each value cites the passage that states it. */
export const parameters: Parameter[] = [
  {
    id: 'rent.budget.termMonths',
    label: 'Months of rent in the application’s rental assistance budget line (units × FMR × months)',
    unit: 'months',
    values: [{ value: 12, effective: issued, citation: { ...budget, quote: 'multiply units times FMR times 12 (1 year grant)' } }],
  },
];

/** The income-based rent and limits questions' numbers (parameters/rentQuestions.ts): the baseline's alone. */
export const incomeBasedRules: Parameter[] = [];
export const limitRules: Parameter[] = [];
