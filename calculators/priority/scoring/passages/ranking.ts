import type { Citation } from '../../../core/citation';

// Passages of New Bedford's FY2019 local competition and its worksheet that the ranking cites for the structure of a rule.

const appendixB = (quote: string): Citation => ({
  doc: 'new-bedford-fy2019-local-competition',
  section: 'appendix-b-scoring-and-ranking',
  quote,
});
const worksheet = (quote: string): Citation => ({ doc: 'new-bedford-fy2019-coc-application', section: 'consolidated-application', quote });
const funding = (quote: string): Citation => ({ doc: 'new-bedford-fy2019-local-competition', section: 'funding-availability', quote });

export const rankByScore = appendixB(
  "Scores will determine each project's rank in the CoC's application to HUD and rank will be the primary determinant of placement into Tier 1 and Tier 2.",
);
export const tier2 = funding('Tier 2 is the difference between Tier 1 and the total ARD plus any amount available for CoC bonus projects.');
export const finalAllocations = funding(
  'The OHCD reserves the right to adjust proposals and funding amounts based on final allocations published by HUD.',
);
export const straddle = worksheet('PORTICO | PH-PSH | $105,535 | 58');
export const unscoredRanked = worksheet('1 | HMIS NEW BEDFORD | HMIS | $74,524 | N/A');
export const firstYearRenewals = worksheet(
  'Tier 1 = 100% of all first year renewals (of which there were none) plus 94% of the Annual Renewal Demand (ARD)',
);
