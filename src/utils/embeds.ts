/**
 * Which calculator is embedded in which standards section (docs/decisions/0007-embedded-calculators.md).
 * A section embeds at most one calculator, because each keeps its answers in the URL fragment and two on
 * one page would overwrite each other's; other calculators that implement the section are linked.
 */

/** Every calculator with a page of its own under /tools/<id>/. */
export const toolTitles = {
  eligibility: 'Check if you may be eligible',
  'eligibility-staff': 'Eligibility check for staff',
  chronic: 'Chronic homelessness verification',
  'chronic-screen': 'Chronic homelessness: HMIS quick screen',
  'chronic-project': 'Chronic homelessness: project documentation check',
  'service-needs': 'Service-needs level from a SPDAT score',
  'rrh-tiers': 'Rapid re-housing rent tiers',
  rent: 'Income-based rent and utility allowance',
  'rent-nashville-budget': 'Rapid re-housing monthly budget',
  'rent-limits': 'FMR, rent reasonableness and assistance limits',
  'rent-budget-line': 'Rental assistance budget line',
  match: 'Match and budget',
  'priority-tpch': 'Prioritization for PSH, RRH and TH',
  'priority-nashville': 'Order a By-Name List',
  'priority-cpd': 'HUD orders of priority',
  'scoring-renewal': 'Renewal project score',
  'scoring-new-project': 'New project score',
  'scoring-ranking': 'Rank projects into Tier 1 and Tier 2',
  'performance-standards': 'Project performance standards',
  'points-sustainable-ct': 'Sustainable CT points',
} as const;

export type ToolId = keyof typeof toolTitles;

/** Calculators no section embeds, and why; sections link to them. */
export const linkedOnly = {
  eligibility: 'The applicant’s check asks one question per screen and carries “Exit this page”, so it keeps its own page.',
  'chronic-project': 'Its section (TPCH evaluating and documenting eligibility) embeds the eligibility check and links this one.',
} as const satisfies Partial<Record<ToolId, string>>;

/** Calculators a section can embed. */
export type EmbeddableToolId = Exclude<ToolId, keyof typeof linkedOnly>;

/** The calculator shown in a section, and others that implement it, linked rather than embedded. */
export type Embed = { tool: EmbeddableToolId; also?: ToolId[] };

const embeds: Record<string, Embed> = {
  // Eligibility: the homeless definition, eligibility by component and the ESG chart.
  'nashville-davidson-standards-of-care/participant-eligibility': { tool: 'eligibility-staff', also: ['eligibility'] },
  'nashville-davidson-standards-of-care/homeless-definition-appendix': { tool: 'eligibility-staff', also: ['eligibility'] },
  'tpch-written-standards/evaluating-and-documenting-eligibility': {
    tool: 'eligibility-staff',
    also: ['chronic', 'chronic-project', 'eligibility'],
  },
  'federal-regulations/24-cfr-578-3-homeless': { tool: 'eligibility-staff', also: ['eligibility'] },
  'federal-regulations/24-cfr-576-2-at-risk-of-homelessness': { tool: 'eligibility-staff', also: ['eligibility'] },
  'new-bedford-fy2019-local-competition/eligible-populations': { tool: 'eligibility-staff' },
  'lowell-2016-bonus-application/project-requirement-and-priorities': { tool: 'eligibility-staff', also: ['match', 'priority-cpd'] },

  // Chronic homelessness: its definition and its documentation.
  'nashville-davidson-standards-of-care/glossary': { tool: 'chronic' },
  'nashville-davidson-standards-of-care/records-and-recordkeeping-requirements': { tool: 'chronic' },
  'new-bedford-fy2019-local-competition/appendix-a-definitions': { tool: 'chronic', also: ['eligibility-staff'] },
  'lowell-2016-bonus-application/definitions-of-key-terms': { tool: 'chronic' },
  'federal-regulations/hud-faq-1907-self-report-limits': { tool: 'chronic' },
  'federal-regulations/hud-faq-2755-chronic-recordkeeping': { tool: 'chronic' },
  'federal-regulations/hud-faq-2756-third-party-documentation': { tool: 'chronic' },
  'federal-regulations/hmis-data-standards-chronic-homelessness-status': { tool: 'chronic-screen', also: ['chronic'] },

  // Rent: RRH tiers and budgets, income-based rent in PSH and TH, limits for prevention and ESG.
  'tpch-written-standards/rapid-rehousing-programs': { tool: 'rrh-tiers', also: ['priority-tpch'] },
  'nashville-davidson-standards-of-care/rapid-re-housing-standards': {
    tool: 'rent-nashville-budget',
    also: ['priority-nashville', 'rent-limits', 'eligibility-staff', 'performance-standards'],
  },
  'nashville-davidson-standards-of-care/homelessness-prevention-standards': { tool: 'rent-limits', also: ['performance-standards'] },
  'federal-regulations/24-cfr-578-77-calculating-occupancy-charges-and-rent': { tool: 'rent' },
  'federal-regulations/24-cfr-5-609-annual-income': { tool: 'rent' },
  'federal-regulations/24-cfr-5-611-adjusted-income': { tool: 'rent' },
  'federal-regulations/hotma-income-calculation-changes': { tool: 'rent' },
  'federal-regulations/24-cfr-576-106-short-term-and-medium-term-rental-assistance': { tool: 'rent-limits' },
  'federal-regulations/24-cfr-578-51-rental-assistance': { tool: 'rent-limits' },
  'pima-county-rrh-subaward-2023/exhibit-a-1-scope-of-work': { tool: 'rent-limits', also: ['rrh-tiers'] },
  'lowell-2016-bonus-application/budget-detail': { tool: 'rent-budget-line', also: ['match'] },

  // Match and budgets.
  'new-bedford-fy2019-local-competition/appendix-c-match': { tool: 'match', also: ['scoring-new-project'] },
  'new-bedford-fy2019-local-competition/match-requirements': { tool: 'match' },
  'new-bedford-fy2019-local-competition/threshold-criteria': { tool: 'match' },
  'new-bedford-fy2019-local-competition/eligible-costs': { tool: 'match', also: ['rent-limits'] },
  'lowell-2016-bonus-application/application': { tool: 'match', also: ['rent-budget-line'] },
  'pima-county-rrh-subaward-2023/exhibit-a-1-budget-and-reporting': { tool: 'match' },
  'federal-regulations/24-cfr-578-73-matching-requirements': { tool: 'match' },
  'federal-regulations/24-cfr-576-201-matching-requirement': { tool: 'match' },
  'federal-regulations/24-cfr-578-55-operating-costs': { tool: 'match' },
  'federal-regulations/2-cfr-200-414-indirect-costs': { tool: 'match' },

  // Prioritization, scoring, performance and points.
  'tpch-written-standards/key-terms': { tool: 'service-needs', also: ['chronic', 'priority-tpch'] },
  'tpch-written-standards/permanent-supportive-housing': { tool: 'priority-tpch', also: ['chronic', 'chronic-project'] },
  'tpch-written-standards/transitional-housing': { tool: 'priority-tpch' },
  'nashville-davidson-standards-of-care/permanent-supportive-housing-standards': {
    tool: 'priority-nashville',
    also: ['rent', 'performance-standards'],
  },
  'tpch-written-standards/prioritization-for-hud-vash-housing': { tool: 'priority-cpd' },
  'lowell-2016-bonus-application/notice-cpd-14-012': { tool: 'priority-cpd' },
  'new-bedford-fy2019-local-competition/appendix-b-scoring-and-ranking': {
    tool: 'scoring-new-project',
    also: ['scoring-renewal', 'scoring-ranking'],
  },
  'new-bedford-fy2019-coc-application/consolidated-application': { tool: 'scoring-renewal', also: ['scoring-ranking'] },
  'new-bedford-fy2019-local-competition/funding-availability': { tool: 'scoring-ranking' },
  'tpch-written-standards/program-performance-standards-2021': { tool: 'performance-standards' },
  'nashville-davidson-standards-of-care/emergency-shelter-standards': { tool: 'performance-standards', also: ['eligibility-staff'] },
  'nashville-davidson-standards-of-care/street-outreach-standards': { tool: 'performance-standards' },
  'nashville-davidson-standards-of-care/transitional-housing-standards': { tool: 'performance-standards' },
  'sustainable-ct-homelessness-action/what-to-do': { tool: 'points-sustainable-ct' },
  'sustainable-ct-homelessness-action/timeframe-for-credit': { tool: 'points-sustainable-ct' },
};

/** The calculator embedded in a section, if any. */
export const embedFor = (document: string, section: string): Embed | undefined => embeds[`${document}/${section}`];

/** Every embed as [document, section, embed], for tests and checks. */
export const allEmbeds = (): [string, string, Embed][] =>
  Object.entries(embeds).map(([key, embed]) => {
    const [document = '', section = ''] = key.split('/');
    return [document, section, embed];
  });
