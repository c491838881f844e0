import type { Citation } from '../core/citation';
import type { JurisdictionId } from '../core/parameters';

const at =
  (doc: string) =>
  (section: string, quote: string): Citation => ({ doc, section, quote });
const fed = at('federal-regulations');
const newBedford = at('new-bedford-fy2019-local-competition');
const lowell = at('lowell-2016-bonus-application');
const pima = at('pima-county-rrh-subaward-2023');
const nashville = at('nashville-davidson-standards-of-care');

/**
 * Passages behind rules that rest on words rather than one number (what cannot count as match, what
 * modified total direct costs leave out). `federal` is the baseline; `local` holds each jurisdiction's
 * own statement of the same rule. Where the federal excerpts do not carry a rule, a seed that quotes
 * the regulation stands in for it.
 */
export type RulePassages = { federal: Citation[]; local: Partial<Record<JurisdictionId, Citation[]>> };

export const passages = {
  cocMatchBase: {
    federal: [fed('24-cfr-578-73-matching-requirements', 'must match all grant funds, except for leasing funds')],
    local: {
      'new-bedford': [
        newBedford(
          'appendix-c-match',
          'match must equal at least 25 percent of the total grant request including admin costs but excluding leasing costs',
        ),
      ],
      'tucson-pima': [pima('exhibit-a-1-budget-and-reporting', 'Matching funds shall comply with 24 CFR § 578.73.')],
      lowell: [lowell('application', 'Total Match (Add lines 6&7) – must equal at least 25%')],
    },
  },
  cashOrInKind: {
    federal: [fed('24-cfr-578-73-matching-requirements', 'no less than 25 percent of funds or in-kind contributions from other sources')],
    local: {
      'new-bedford': [
        newBedford('appendix-c-match', 'The total match requirement can be met through cash, in-kind, or a combination of the two.'),
      ],
    },
  },
  cocProgramFunds: {
    federal: [newBedford('appendix-c-match', 'including any other federal sources (excluding Continuum of Care program funds)')],
    local: {},
  },
  otherFederalFunds: {
    federal: [
      newBedford(
        'appendix-c-match',
        'A recipient or subrecipient may use funds from any source, including any other federal sources (excluding Continuum of Care program funds), as well as State, local, and private sources',
      ),
    ],
    local: { 'tucson-pima': [pima('exhibit-a-1-budget-and-reporting', 'Funds from other federal grants can be used as match.')] },
  },
  statuteProhibited: {
    federal: [newBedford('appendix-c-match', 'provided that funds from the source are not statutorily prohibited to be used as a match')],
    local: {},
  },
  tenantRent: {
    federal: [newBedford('appendix-c-match', 'Tenant rent payments or public benefits participants receive may not be used as match.')],
    local: {
      'tucson-pima': [pima('exhibit-a-1-scope-of-work', 'Rental payments by program participants are not to be considered "match"')],
    },
  },
  programIncome: {
    federal: [newBedford('appendix-c-match', 'program income cannot be used as match')],
    local: {
      'nashville-davidson': [nashville('program-standards', 'Program income may not be used to meet matching funding requirements.')],
    },
  },
  previouslyUsed: {
    federal: [newBedford('appendix-c-match', 'Any such value previously used as match, may not be used again.')],
    local: {
      'tucson-pima': [
        pima(
          'exhibit-a-1-budget-and-reporting',
          'Funds used to match a previous CoC grant may not be used to match a subsequent grant award',
        ),
      ],
    },
  },
  paidDirectly: {
    federal: [
      newBedford(
        'appendix-c-match',
        "If benefits are paid directly to program participants, the funding is not going through the agency's books and it cannot be counted as match.",
      ),
    ],
    local: {},
  },
  servicesMou: {
    federal: [
      newBedford('appendix-c-match', 'If match is provided through in-kind sources from a third party, it must be documented by an MOU'),
    ],
    local: {},
  },
  mouTerms: {
    federal: [
      newBedford(
        'appendix-c-match',
        'The MOU must establish the unconditional commitment, except for selection to receive a grant, by the third party to provide the services, the specific service to be provided, the profession of the persons providing the service, and the hourly cost of the service to be provided.',
      ),
    ],
    local: {},
  },
  inKindValue: {
    federal: [
      newBedford(
        'appendix-c-match',
        'The recipient may use the value of any real property, equipment, goods, or services contributed to the project as match',
      ),
    ],
    local: {},
  },
  esgMatchEqualsGrant: {
    federal: [fed('24-cfr-576-201-matching-requirement', 'in an amount that equals the amount of ESG funds provided by HUD')],
    local: {},
  },
  esgStateTransfer: {
    federal: [
      fed(
        '24-cfr-576-201-matching-requirement',
        'the recipient must transfer the benefit of this exception to its subrecipients that are least capable of providing the recipient with matching contributions',
      ),
    ],
    local: {},
  },
  esgTerritory: {
    federal: [fed('24-cfr-576-201-matching-requirement', 'This matching requirement does not apply if the recipient is a territory.')],
    local: {},
  },
  esgSources: {
    federal: [
      fed(
        '24-cfr-576-201-matching-requirement',
        'Matching contributions may be obtained from any source, including any Federal source other than the ESG program, as well as state, local, and private sources.',
      ),
    ],
    local: {},
  },
  esgProgramFunds: {
    federal: [fed('24-cfr-576-201-matching-requirement', 'including any Federal source other than the ESG program')],
    local: {},
  },
  esgStatuteProhibited: {
    federal: [
      fed(
        '24-cfr-576-201-matching-requirement',
        'do not prohibit those funds from being used to match Emergency Solutions Grant (ESG) funds',
      ),
    ],
    local: {},
  },
  rentalAssistanceWithOperating: {
    federal: [
      fed('24-cfr-578-55-operating-costs', 'Program funds may not be used for rental assistance and operating costs in the same project.'),
    ],
    local: {
      'new-bedford': [
        newBedford('eligible-costs', 'Program funds may not be used for rental assistance and operating costs in the same project.'),
      ],
      lowell: [
        lowell(
          'project-requirement-and-priorities',
          'Projects cannot request rental assistance and operating funding in the same project.',
        ),
      ],
    },
  },
  mtdcExclusions: {
    federal: [
      fed(
        '2-cfr-200-414-indirect-costs',
        'MTDC excludes equipment, capital expenditures, charges for patient care, rental costs, tuition remission, scholarships and fellowships, participant support costs',
      ),
    ],
    local: { 'tucson-pima': [pima('exhibit-a-1-budget-and-reporting', '(excluded from MTDC)')] },
  },
  deMinimisInBudget: {
    federal: [],
    local: { 'tucson-pima': [pima('exhibit-a-1-budget-and-reporting', 'x 10% de minimis')] },
  },
  negotiatedRate: {
    federal: [
      fed('2-cfr-200-414-indirect-costs', 'that do not have a current Federal negotiated indirect cost rate (including provisional rate)'),
    ],
    local: {},
  },
  supportiveServicesOnlyListed: {
    federal: [],
    local: {
      'new-bedford': [
        newBedford('eligible-costs', 'Ineligible costs: Any cost that is not described as an eligible cost is not an eligible cost.'),
      ],
      lowell: [
        lowell(
          'project-requirement-and-priorities',
          'All other supportive services costs typically eligible under the CoC Program interim rule are not eligible costs under this application.',
        ),
      ],
    },
  },
  leverageFromMatch: {
    federal: [],
    local: {
      lowell: [
        lowell(
          'budget-detail',
          'Leveraging items may include any written commitments that will be used towards your cash match requirements in the project',
        ),
      ],
      'new-bedford': [
        newBedford('appendix-c-match', 'Match that exceeds the minimum requirement should be used to meet the leverage requirements'),
      ],
    },
  },
  housingThresholdScope: {
    federal: [],
    local: {
      'new-bedford': [
        newBedford(
          'threshold-criteria',
          'For housing programs, proposed program budget requests no less than 70% of the total program funding',
        ),
      ],
    },
  },
} as const satisfies Record<string, RulePassages>;

export type PassageId = keyof typeof passages;

/** The passages for a rule under a jurisdiction: the federal baseline and the jurisdiction's own; when both are silent, every local statement. */
export function citationsFor(id: PassageId, jurisdiction: JurisdictionId): Citation[] {
  const rule: RulePassages = passages[id];
  const own = rule.local[jurisdiction] ?? [];
  const chosen = [...rule.federal, ...own];
  return chosen.length > 0 ? chosen : Object.values(rule.local).flat();
}

/** Only the jurisdiction's own statement of a rule (none elsewhere), for a passage that illustrates rather than sets it. */
export const ownCitations = (id: PassageId, jurisdiction: JurisdictionId): Citation[] =>
  (passages[id] as RulePassages).local[jurisdiction] ?? [];
