import type { Citation } from '../../../core/citation';

// Passages of New Bedford's FY2019 local competition and its worksheet that the new-project score cites for the structure of a rule.

const appendixB = (quote: string): Citation => ({
  doc: 'new-bedford-fy2019-local-competition',
  section: 'appendix-b-scoring-and-ranking',
  quote,
});
const match = (quote: string): Citation => ({ doc: 'new-bedford-fy2019-local-competition', section: 'appendix-c-match', quote });

export const matchBase = match('25 percent of the total grant request including admin costs but excluding leasing costs');
export const experience = appendixB(
  'Applicants demonstrating extensive experience in administering HUD or other federal funds, and providing the proposed service and/or serving the proposed population will receive 20 points.',
);
export const housingFirst = appendixB(
  'based on the extent to which the Permanent Supportive Housing Bonus project will follow a Housing First model/low barrier approach',
);
export const mainstream = appendixB(
  'based on the extent to which the project is fully leveraging mainstream resources for supportive services',
);
export const fiscalNew = appendixB(
  'To receive maximum points, applicants must demonstrate history of financial stability, including prompt expenditure of program funds, and no outstanding audit or HUD monitoring findings.',
);
