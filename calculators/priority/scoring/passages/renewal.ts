import type { Citation } from '../../../core/citation';

// Passages of New Bedford's FY2019 local competition and its worksheet that the renewal score cites for the structure of a rule.

const appendixB = (quote: string): Citation => ({
  doc: 'new-bedford-fy2019-local-competition',
  section: 'appendix-b-scoring-and-ranking',
  quote,
});
const worksheet = (quote: string): Citation => ({ doc: 'new-bedford-fy2019-coc-application', section: 'consolidated-application', quote });

export const chronicPersons = appendixB('The # of chronically homeless persons divided by the total number of persons served.');
export const chronicBeds = appendixB('Prorated up to 15 points for 100% of CH Beds.');
export const worksheetChronicPersons = worksheet('Prorated up to 15 points for 100% of CH persons.');
export const fiscalMaximum = appendixB('Fiscal Management (20 point maximum)');
export const renewalTotal = appendixB('TOTAL POSSIBLE POINTS for RENEWAL PROJECTS');
