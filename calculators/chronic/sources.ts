import type { Citation } from '../core/citation';

/**
 * Passages behind the rules that carry no number (who counts, where a person must live, what may be
 * self-certified). sources.test.ts checks each quote against its section, like parameter citations.
 *
 * One export per passage, read as `import * as sources from './sources'`: the bundler then keeps only the
 * passages a tool's rules cite (the timeline ships no HMIS flowchart quote), where one object shipped whole.
 */
type Passage = Citation & { quote: string };
const definition = { doc: 'new-bedford-fy2019-local-competition', section: 'appendix-a-definitions' } as const;

export const livesInQualifyingPlace: Passage = {
  ...definition,
  quote: 'Lives in a place not meant for human habitation, a safe haven, or in an emergency shelter',
};
export const disability: Passage = {
  ...definition,
  quote: 'A “homeless individual with a disability,” as defined in section 401(9) of the McKinney-Vento Homeless Assistance Act',
};
export const family: Passage = {
  ...definition,
  quote:
    'A family with an adult head of household (or if there is no adult in the family, a minor head of household) who meets all of the criteria in paragraph (1) or (2) of this definition',
};
export const institutionPath: Passage = {
  ...definition,
  quote: 'met all of the criteria in paragraph (1) of this definition, before entering that facility',
};
export const institutionImmediatelyBefore: Passage = {
  ...definition,
  quote:
    'as long as the individual was living or residing in a place not meant for human habitation, a safe haven, or an emergency shelter immediately before entering the institutional care facility',
};
export const tpchLiterallyHomeless: Passage = {
  doc: 'tpch-written-standards',
  section: 'key-terms',
  quote: 'Is literally homeless (at the time of eligibility assessment for a specific project opening)',
};
export const tpchBothCriteria: Passage = {
  doc: 'tpch-written-standards',
  section: 'key-terms',
  quote: 'Both the cumulative nights and four or greater episodes criteria must be met.',
};
export const evidenceOrder: Passage = {
  doc: 'federal-regulations',
  section: 'hud-faq-2755-chronic-recordkeeping',
  quote:
    'third-party documentation first, intake worker observation second, and written certification from the person seeking assistance third',
};
export const breaksSelfCertified: Passage = {
  doc: 'federal-regulations',
  section: 'hud-faq-2755-chronic-recordkeeping',
  quote: 'Breaks between occasions may be documented entirely by the individual or head of household’s written certification',
};
export const institutionsDocumented: Passage = {
  doc: 'federal-regulations',
  section: 'hud-faq-2755-chronic-recordkeeping',
  quote: 'Stays in institutions;',
};
export const thirdPartyForms: Passage = {
  doc: 'federal-regulations',
  section: 'hud-faq-2756-third-party-documentation',
  quote: 'A written observation by an outreach or intake worker of encounters with the individual or head of household',
};
export const tpchBreaksNoThirdParty: Passage = {
  doc: 'tpch-written-standards',
  section: 'evaluating-and-documenting-eligibility',
  quote: 'Time spent homeless must be verified; breaks in homelessness do not require third-party verification.',
};
export const hmisFlowchart: Passage = {
  doc: 'federal-regulations',
  section: 'hmis-data-standards-chronic-homelessness-status',
  quote: 'Process data using each row from top to bottom, and within each row from left to right.',
};
