import type { Citation } from '../../core/citation';

const appendixB = (quote: string): Citation => ({
  doc: 'new-bedford-fy2019-local-competition',
  section: 'appendix-b-scoring-and-ranking',
  quote,
});
const worksheet = (quote: string): Citation => ({ doc: 'new-bedford-fy2019-coc-application', section: 'consolidated-application', quote });
const funding = (quote: string): Citation => ({ doc: 'new-bedford-fy2019-local-competition', section: 'funding-availability', quote });
const match = (quote: string): Citation => ({ doc: 'new-bedford-fy2019-local-competition', section: 'appendix-c-match', quote });
const tpch = (quote: string): Citation => ({ doc: 'tpch-written-standards', section: 'program-performance-standards-2021', quote });
const tpchOld = (quote: string): Citation => ({ doc: 'tpch-written-standards', section: 'performance-standards', quote });
const ct = (section: 'what-to-do' | 'timeframe-for-credit', quote: string): Citation => ({
  doc: 'sustainable-ct-homelessness-action',
  section,
  quote,
});

/** Passages cited by reasons that rest on the structure of a rule rather than on one number (each quote is checked by a test). */
export const passages = {
  chronicPersons: appendixB('The # of chronically homeless persons divided by the total number of persons served.'),
  chronicBeds: appendixB('Prorated up to 15 points for 100% of CH Beds.'),
  worksheetChronicPersons: worksheet('Prorated up to 15 points for 100% of CH persons.'),
  worksheetFiscal: worksheet('Fiscal Management. Complete and timely drawdown of Funds. Goal = 100% Drawdown'),
  fiscalMaximum: appendixB('Fiscal Management (20 point maximum)'),
  renewalTotal: appendixB('TOTAL POSSIBLE POINTS for RENEWAL PROJECTS'),
  rankByScore: appendixB(
    "Scores will determine each project's rank in the CoC's application to HUD and rank will be the primary determinant of placement into Tier 1 and Tier 2.",
  ),
  tier2: funding('Tier 2 is the difference between Tier 1 and the total ARD plus any amount available for CoC bonus projects.'),
  finalAllocations: funding(
    'The OHCD reserves the right to adjust proposals and funding amounts based on final allocations published by HUD.',
  ),
  straddle: worksheet('PORTICO | PH-PSH | $105,535 | 58'),
  unscoredRanked: worksheet('1 | HMIS NEW BEDFORD | HMIS | $74,524 | N/A'),
  firstYearRenewals: worksheet(
    'Tier 1 = 100% of all first year renewals (of which there were none) plus 94% of the Annual Renewal Demand (ARD)',
  ),
  dvBonus: worksheet('Amount Available for Tier 2 plus DV Bonus'),
  matchBase: match('25 percent of the total grant request including admin costs but excluding leasing costs'),
  experience: appendixB(
    'Applicants demonstrating extensive experience in administering HUD or other federal funds, and providing the proposed service and/or serving the proposed population will receive 20 points.',
  ),
  housingFirst: appendixB(
    'based on the extent to which the Permanent Supportive Housing Bonus project will follow a Housing First model/low barrier approach',
  ),
  mainstream: appendixB('based on the extent to which the project is fully leveraging mainstream resources for supportive services'),
  fiscalNew: appendixB(
    'To receive maximum points, applicants must demonstrate history of financial stability, including prompt expenditure of program funds, and no outstanding audit or HUD monitoring findings.',
  ),
  tpchHeadings: tpch('in the source scan only the second column heading is legible'),
  tpchOlderThresholds: tpchOld('only the three rows below survive, and their column headings are lost'),
  ctTrainingsTopics: ct(
    'what-to-do',
    'The three trainings must include one training on race equity and homelessness and one training on CAN function and shelter diversion.',
  ),
  ctOthersCount: ct(
    'what-to-do',
    'As long as your liaison attends at least three trainings, points may be earned for other municipal staff or elected officials who attend trainings.',
  ),
  ctNoDoubleCounting: ct(
    'what-to-do',
    'Activities that are used to earn points toward this Action may not be used to earn points toward any other Sustainable CT event or training action',
  ),
  ctTrainingEvidence: ct('what-to-do', 'For each training, the name and contact information of the individual who attended the training'),
  ctLiaisonPosted: ct(
    'what-to-do',
    'Post the name, title, and contact information of such person on your municipal website and other relevant platforms.',
  ),
  ctLiaisonCan: ct('what-to-do', 'Have your municipal liaison meet with a representative of your municipality'),
  ctLiaisonTeam: ct(
    'what-to-do',
    "Such person should either be a member of your municipality's Sustainability Team or meet with the Sustainability Team at least annually.",
  ),
  ctTaskForce: ct(
    'what-to-do',
    'develop a municipal Task Force to address homelessness, or use your Sustainability Team or other existing municipal group',
  ),
  ctForum: ct('what-to-do', 'it must contain resources specific to your municipality'),
  ctRecertification: ct('timeframe-for-credit', 'you may not claim New Action Credit for items that previously received credit'),
  ctRollingRecertification: ct(
    'timeframe-for-credit',
    'you must apply for Rolling Credit for any item that previously received credit, even if it was completed within the past three years',
  ),
  ctRollingImpact: ct(
    'timeframe-for-credit',
    'you must demonstrate ongoing, currently relevant, and meaningful impact in your community to be considered for certification points',
  ),
} as const satisfies Record<string, Citation>;
