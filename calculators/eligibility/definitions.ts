import type { QuotedCitation } from '../core/parameters';

/**
 * Passages of the definitions that carry no number and so are not parameters. Each quote is checked
 * against the section text by definitions.test.ts, like parameter citations.
 */
const homeless = { doc: 'federal-regulations', section: '24-cfr-578-3-homeless' } as const;
const atRisk = { doc: 'federal-regulations', section: '24-cfr-576-2-at-risk-of-homelessness' } as const;

/** Cited passages of the definitions, by the rule they support. */
export const definitions = {
  category1Unsheltered: {
    ...homeless,
    quote:
      'An individual or family with a primary nighttime residence that is a public or private place not designed for or ordinarily used as a regular sleeping accommodation for human beings',
  },
  category1Shelter: {
    ...homeless,
    quote:
      'An individual or family living in a supervised publicly or privately operated shelter designated to provide temporary living arrangements',
  },
  category2: { ...homeless, quote: 'No subsequent residence has been identified; and' },
  category3NotOtherwise: { ...homeless, quote: 'who do not otherwise qualify as homeless under this definition' },
  category3SpecialNeeds: {
    ...homeless,
    quote: 'Can be expected to continue in such status for an extended period of time because of chronic disabilities',
  },
  category4: {
    ...homeless,
    quote:
      'Is fleeing, or is attempting to flee, domestic violence, dating violence, sexual assault, stalking, or other dangerous or life-threatening conditions',
  },
  atRiskResources: { ...atRisk, quote: 'Does not have sufficient resources or support networks' },
  atRiskDoubledUp: { ...atRisk, quote: 'Is living in the home of another because of economic hardship' },
  atRiskHotel: {
    ...atRisk,
    quote: 'Lives in a hotel or motel and the cost of the hotel or motel stay is not paid by charitable organizations',
  },
  atRiskInstitution: { ...atRisk, quote: 'Is exiting a publicly funded institution, or system of care' },
  atRiskConsolidatedPlan: {
    ...atRisk,
    quote:
      "Otherwise lives in housing that has characteristics associated with instability and an increased risk of homelessness, as identified in the recipient's approved consolidated plan",
  },
  atRiskOtherStatute: {
    ...atRisk,
    quote:
      'A child or youth who does not qualify as "homeless" under this section, but qualifies as "homeless" under section 387(3) of the Runaway and Homeless Youth Act',
  },
  atRiskEducation: {
    ...atRisk,
    quote:
      'qualifies as "homeless" under section 725(2) of the McKinney-Vento Homeless Assistance Act (42 U.S.C. 11434a(2)), and the parent(s) or guardian(s) of that child or youth if living with her or him',
  },
} satisfies Record<string, QuotedCitation>;
