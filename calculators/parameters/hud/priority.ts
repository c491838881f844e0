import type { Parameter, QuotedCitation, Unit } from '../../core/parameters';

// Notice CPD-14-012 is a HUD notice, so its numbers are the federal baseline; the seeds publish it in the Lowell application.
const cpd14012 = { doc: 'lowell-2016-bonus-application', section: 'notice-cpd-14-012' } as const;
// The date of the application that publishes the excerpt (the notice itself is older).
const published = '2016-07-29';

const cited = (id: string, label: string, unit: Unit, value: number, citation: QuotedCitation): Parameter => ({
  id,
  label,
  unit,
  values: [{ value, effective: published, citation }],
});

const history = 'for at least 12 months either continuously or on at least four separate occasions in the last 3 years';

/** priority parameters for hud. Each value cites the passage that states it. */
export const parameters: Parameter[] = [
  cited('priority.cpd14012.continuousMonths', 'CPD-14-012 longest history: months homeless continuously', 'months', 12, {
    ...cpd14012,
    quote: history,
  }),
  cited('priority.cpd14012.minimumOccasions', 'CPD-14-012 longest history: separate occasions in the look-back', 'count', 4, {
    ...cpd14012,
    quote: history,
  }),
  cited('priority.cpd14012.lookBackYears', 'CPD-14-012 longest history: look-back for the occasions, in years', 'years', 3, {
    ...cpd14012,
    quote: history,
  }),
  cited('priority.cpd14012.occasionsTotalMonths', 'CPD-14-012 longest history: months the occasions must add up to', 'months', 12, {
    ...cpd14012,
    quote: 'where the cumulative total length of the four occasions equals at least 12 months',
  }),
];
