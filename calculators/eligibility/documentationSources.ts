import type { QuotedCitation } from '../core/parameters';
import type { EvidenceLevel } from './vocabulary';

/**
 * What must be in the file for each category, in the words of the recordkeeping tables: HUD's chart as
 * Nashville reproduces it (used for the federal baseline and the CoCs that adopt HUD's levels) and
 * TPCH's "Evaluating & Documenting Eligibility" levels. Options are listed in order of preference.
 */

export type Evidence = { level: EvidenceLevel; text: string };
/** One thing the file must show, and the evidence that can show it, best first. */
export type DocumentationRequirement = {
  need: string;
  options: Evidence[];
  when?: 'institution' | 'victim-service-provider' | 'other-provider';
};

/** A category, or another fact the file must show (income, disability, chronic status). */
export type DocumentationTopic = 'category-1' | 'category-2' | 'category-3' | 'category-4' | 'income' | 'disability' | 'chronic';

/** The numbers the documentation wording repeats, filled in from the parameters ("{lookbackDays}" in a text) so the words follow the rules. */
export type DocumentationNumbers = { lookbackDays: number; minimumMoves: number; minimumBarriers: number };

/** Which recordkeeping table a jurisdiction's documentation follows. */
export type DocumentationStyle = 'hud-chart' | 'tpch-levels';

/** Both tables, as plain data (a page can hand it to an island instead of bundling it). */
export type DocumentationLibrary = Record<DocumentationStyle, DocumentationSource[]>;

/** One topic of a recordkeeping table: what must be shown and the evidence that can show it. */
export type DocumentationSource = {
  topic: DocumentationTopic;
  title: string;
  requirements: DocumentationRequirement[];
  note?: string;
  citations: QuotedCitation[];
};

const chart = { doc: 'nashville-davidson-standards-of-care', section: 'homeless-definition-appendix' } as const;
const tpch = { doc: 'tpch-written-standards', section: 'evaluating-and-documenting-eligibility' } as const;
const nashvilleIncome = { doc: 'nashville-davidson-standards-of-care', section: 'program-standards' } as const;
const nashvillePsh = { doc: 'nashville-davidson-standards-of-care', section: 'permanent-supportive-housing-standards' } as const;
const nashvilleRecords = { doc: 'nashville-davidson-standards-of-care', section: 'records-and-recordkeeping-requirements' } as const;
const tpchPsh = { doc: 'tpch-written-standards', section: 'permanent-supportive-housing' } as const;

const institutionStay: DocumentationRequirement = {
  need: 'The stay in the institution',
  when: 'institution',
  options: [
    { level: 'third-party', text: 'Discharge paperwork or written/oral referral' },
    {
      level: 'intake-worker',
      text: "Written record of intake worker's due diligence to obtain the evidence, and certification by the individual that they exited the institution",
    },
  ],
};

const shared = {
  income: (citation: QuotedCitation): DocumentationSource => ({
    topic: 'income',
    title: 'Income',
    requirements: [
      {
        need: 'Annual income',
        options: [
          { level: 'third-party', text: 'Third-party verification of income' },
          {
            level: 'self-certification',
            text: 'Self-certification of income, only when all efforts to obtain third-party verification have not produced results',
          },
        ],
      },
    ],
    citations: [citation],
  }),
};

/** HUD's recordkeeping chart, as reproduced in Nashville's appendix. */
const hudChart: DocumentationSource[] = [
  {
    topic: 'category-1',
    title: 'Category 1: literally homeless',
    requirements: [
      {
        need: 'Where the household stayed (the street or a shelter)',
        options: [
          { level: 'third-party', text: 'Written observation by the outreach worker' },
          { level: 'third-party', text: 'Written referral by another housing or service provider' },
          {
            level: 'self-certification',
            text: 'Certification by the individual or head of household seeking assistance stating that (s)he was living on the streets or in shelter',
          },
        ],
      },
      institutionStay,
    ],
    citations: [
      {
        ...chart,
        quote:
          'Written observation by the outreach worker; or Written referral by another housing or service provider; or Certification by the individual or head of household seeking assistance',
      },
    ],
  },
  {
    topic: 'category-2',
    title: 'Category 2: imminent risk of homelessness',
    requirements: [
      {
        need: 'That the household must leave its home',
        options: [
          {
            level: 'third-party',
            text: 'A court order resulting from an eviction action notifying the individual or family that they must leave',
          },
          {
            level: 'third-party',
            text: 'For individuals and families leaving a hotel or motel: evidence that they lack the financial resources to stay',
          },
          { level: 'intake-worker', text: 'A documented and verified oral statement' },
        ],
      },
      {
        need: 'That no subsequent residence has been identified',
        options: [{ level: 'self-certification', text: 'Certification that no subsequent residence has been identified' }],
      },
      {
        need: 'That the household lacks the resources and support to obtain permanent housing',
        options: [
          {
            level: 'self-certification',
            text: 'Self-certification or other written documentation that the individual lacks the financial resources and support necessary to obtain permanent housing',
          },
        ],
      },
    ],
    citations: [
      { ...chart, quote: 'A court order resulting from an eviction action notifying the individual or family that they must leave' },
    ],
  },
  {
    topic: 'category-3',
    title: 'Category 3: homeless under other federal statutes',
    requirements: [
      {
        need: 'Homeless under another federal statute',
        options: [
          {
            level: 'third-party',
            text: 'Certification by the nonprofit or state or local government that the individual or head of household met the criteria of homelessness under another federal statute',
          },
        ],
      },
      {
        need: `No permanent housing in the last {lookbackDays} days`,
        options: [{ level: 'self-certification', text: `Certification of no permanent housing in the last {lookbackDays} days` }],
      },
      {
        need: `{minimumMoves} or more moves in the last {lookbackDays} days`,
        options: [
          {
            level: 'self-certification',
            text: `Certification by the individual or head of household, and any available supporting documentation, that (s)he has moved {minimumMoves} or more times in the past {lookbackDays} days`,
          },
        ],
      },
      {
        need: 'Special needs or barriers',
        options: [{ level: 'third-party', text: `Documentation of special needs or {minimumBarriers} or more barriers` }],
      },
    ],
    note: 'All four are needed.',
    citations: [
      {
        ...chart,
        quote:
          'Certification by the nonprofit or state or local government that the individual or head of household seeking assistance met the criteria of homelessness under another federal statute',
      },
    ],
  },
  {
    topic: 'category-4',
    title: 'Category 4: fleeing or attempting to flee violence',
    requirements: [
      {
        need: 'Fleeing, no subsequent residence and lack of resources (victim service providers)',
        when: 'victim-service-provider',
        options: [
          { level: 'intake-worker', text: "The household's oral statement, documented by a certification by the intake worker" },
          { level: 'self-certification', text: "The household's oral statement, documented by a self-certification" },
        ],
      },
      {
        need: 'That the household is fleeing (other providers)',
        when: 'other-provider',
        options: [
          {
            level: 'third-party',
            text: 'Verification of the oral statement, required where the safety of the individual or family is not jeopardized',
          },
          { level: 'intake-worker', text: 'Oral statement documented by the caseworker' },
          { level: 'self-certification', text: 'Oral statement documented by a self-certification' },
        ],
      },
      {
        need: 'That no subsequent residence has been identified (other providers)',
        when: 'other-provider',
        options: [
          {
            level: 'self-certification',
            text: 'Certification by the individual or head of household that no subsequent residence has been identified',
          },
        ],
      },
      {
        need: 'That the household lacks resources and support networks (other providers)',
        when: 'other-provider',
        options: [
          {
            level: 'self-certification',
            text: 'Self-certification, or other written documentation, that the individual or family lacks the financial resources and support networks to obtain other permanent housing',
          },
        ],
      },
    ],
    citations: [
      { ...chart, quote: 'Where the safety of the individual or family is not jeopardized, the oral statement must be verified' },
    ],
  },
  shared.income({
    ...nashvilleIncome,
    quote: 'In verifying income, ESG and CoC funded providers are required to obtain third party verification whenever possible.',
  }),
  {
    topic: 'disability',
    title: 'Disability',
    requirements: [
      {
        need: 'A household member with a disability',
        options: [{ level: 'third-party', text: 'Verification of the disabling condition' }],
      },
    ],
    citations: [
      {
        ...nashvillePsh,
        quote:
          'Documentation must be maintained for all participants referred for PSH including documentation of homeless status, disabling conditions and chronic status, if applicable.',
      },
    ],
  },
  {
    topic: 'chronic',
    title: 'Chronic homelessness',
    requirements: [
      {
        need: 'That the household meets the chronic homelessness definition',
        options: [
          {
            level: 'third-party',
            text: 'The chronic homelessness record (the chronic homelessness tool checks the evidence for each month)',
          },
        ],
      },
    ],
    citations: [
      {
        ...nashvilleRecords,
        quote:
          'Households served through PSH dedicated for chronically homeless individuals and families must meet the definition of chronically homeless.',
      },
    ],
  },
];

/** TPCH's Level 1 and Level 2 documentation. */
const tpchLevels: DocumentationSource[] = [
  {
    topic: 'category-1',
    title: 'Category 1: literally homeless',
    requirements: [
      {
        need: 'Where the household stayed (the street, a shelter or a safe haven)',
        options: [
          { level: 'third-party', text: 'Level 1: Written observation by the outreach worker' },
          { level: 'third-party', text: 'Level 1: Written referral by another housing or service provider' },
          {
            level: 'self-certification',
            text: 'Level 2 (only when no Level 1 is available): Certification by the individual or head of household that s(he) was living on the streets or in shelter PLUS documentation outlining efforts to obtain both level 1 forms of documentation',
          },
        ],
      },
      institutionStay,
    ],
    note: 'Level 2 is only acceptable if level 1 documentation cannot be obtained.',
    citations: [
      { ...tpch, quote: 'HUD has two levels of documentation. Level 2 is only acceptable if level 1 documentation cannot be obtained.' },
    ],
  },
  {
    topic: 'category-2',
    title: 'Category 2: imminent risk of homelessness',
    requirements: [
      {
        need: 'That the household must leave its home',
        options: [
          {
            level: 'third-party',
            text: 'Level 1, if in housing: a court order resulting from an eviction action notifying the individual or family that they must leave',
          },
          { level: 'third-party', text: 'Level 1, if in a motel: evidence showing they lack the financial resources to stay' },
          {
            level: 'intake-worker',
            text: 'Level 2 (all three): a documented and verified oral statement with certification that no subsequent residence has been identified; self-certification or other written documentation that the individual lacks the financial resources and support necessary to obtain permanent housing; documentation outlining efforts to obtain the level 1 documentation',
          },
        ],
      },
    ],
    citations: [{ ...tpch, quote: 'Level 2 Options consist of three components, all of which must be obtained' }],
  },
  {
    topic: 'category-3',
    title: 'Category 3: homeless under other federal statutes',
    requirements: [
      {
        need: 'Homeless under another federal statute',
        options: [
          {
            level: 'third-party',
            text: 'Certification by the nonprofit, state or local government that the individual or head of household met the criteria of homelessness under another federal statute',
          },
        ],
      },
      {
        need: `No permanent housing in the last {lookbackDays} days`,
        options: [{ level: 'self-certification', text: `Certification of no permanent housing in the last {lookbackDays} days` }],
      },
      {
        need: `{minimumMoves} or more moves in the last {lookbackDays} days`,
        options: [
          {
            level: 'self-certification',
            text: `Certification by the individual or head of household, and any available supporting documentation, that (s)he has moved {minimumMoves} or more times in the past {lookbackDays} days`,
          },
        ],
      },
      {
        need: 'Special needs or barriers',
        options: [{ level: 'third-party', text: `Documentation of special needs or {minimumBarriers} or more barriers` }],
      },
    ],
    note: 'There are no level 2 sources of documentation for this category: all four must be obtained.',
    citations: [
      { ...tpch, quote: 'There are no level 2 sources of documentation for this category, all of the following must be obtained' },
    ],
  },
  {
    topic: 'category-4',
    title: 'Category 4: fleeing or attempting to flee domestic violence',
    requirements: [
      {
        need: 'Fleeing, no subsequent residence and lack of resources (victim service providers)',
        when: 'victim-service-provider',
        options: [
          { level: 'intake-worker', text: "The household's oral statement, documented by a certification by the intake worker" },
          { level: 'self-certification', text: "The household's oral statement, documented by a self-certification" },
        ],
      },
      {
        need: 'That the household is fleeing (other providers)',
        when: 'other-provider',
        options: [
          { level: 'intake-worker', text: 'Oral statement documented by the caseworker' },
          { level: 'self-certification', text: 'Oral statement documented by a self-certification' },
        ],
      },
      {
        need: 'That no subsequent residence has been identified (other providers)',
        when: 'other-provider',
        options: [{ level: 'self-certification', text: 'Certification that no subsequent residence has been identified' }],
      },
      {
        need: 'That the household lacks resources and support networks (other providers)',
        when: 'other-provider',
        options: [
          {
            level: 'self-certification',
            text: 'Self-certification or other written documentation, that the individual or family lacks the financial resources and support networks to obtain other permanent housing',
          },
        ],
      },
    ],
    note: 'There are no level 2 sources of documentation for this category.',
    citations: [{ ...tpch, quote: 'For non-victim service providers all of the below must be gathered' }],
  },
  shared.income({
    ...nashvilleIncome,
    quote: 'In verifying income, ESG and CoC funded providers are required to obtain third party verification whenever possible.',
  }),
  {
    topic: 'disability',
    title: 'Disability',
    requirements: [
      {
        need: 'A household member with a disability',
        options: [
          { level: 'third-party', text: 'Direct third-party disability verification' },
          {
            level: 'intake-worker',
            text: "A secondary source (social security award letter, handicap parking placard, or written intake worker's notation of a visible disability) while the program obtains third-party verification",
          },
        ],
      },
    ],
    citations: [{ ...tpchPsh, quote: 'Verification of homeless status and disability are required per HUD.' }],
  },
  {
    topic: 'chronic',
    title: 'Chronic homelessness',
    requirements: [
      {
        need: 'That the household meets the chronic homelessness definition',
        options: [
          { level: 'third-party', text: 'Level 1: third-party documentation of time homeless (the chronic homelessness tool checks it)' },
          {
            level: 'self-certification',
            text: "Level 2: signed self-certification with the intake worker's documentation of the living situation and the steps taken to obtain evidence",
          },
        ],
      },
    ],
    citations: [{ ...tpch, quote: 'Projects must document households meeting the HUD criteria for chronic homelessness.' }],
  },
];

/** The recordkeeping tables: HUD's chart (baseline, Nashville, Lowell, New Bedford) and TPCH's levels. */
export const documentationLibrary: DocumentationLibrary = { 'hud-chart': hudChart, 'tpch-levels': tpchLevels };
