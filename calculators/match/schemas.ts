import * as z from 'zod/mini';
import { ceilings, choiceField, dateField, moneyField, textField, yesNoField } from './fields';

/** The budget lines of a CoC project request (24 CFR 578 subpart D, and the local application forms). */
export const budgetCategories = ['leasing', 'rental-assistance', 'supportive-services', 'operating', 'hmis', 'admin', 'indirect'] as const;
export type BudgetCategory = (typeof budgetCategories)[number];

/** Supportive service costs named by the CoC rule and the local lists; `other` is a cost on no list. */
export const supportiveServiceCosts = [
  'assessment-of-service-needs',
  'moving-costs',
  'case-management',
  'child-care',
  'education',
  'employment',
  'food',
  'housing-search-and-counseling',
  'legal',
  'life-skills',
  'mental-health',
  'outpatient-health',
  'outreach',
  'substance-abuse-treatment',
  'transportation',
  'utility-deposits',
  'direct-provision',
  'other',
] as const;
export type SupportiveServiceCost = (typeof supportiveServiceCosts)[number];

/** Where a match source's money or value comes from. */
export const sourceOrigins = [
  'coc-program',
  'esg-program',
  'other-federal',
  'state',
  'local',
  'private',
  'tenant-rent-or-benefits',
  'program-income',
] as const;
export type SourceOrigin = (typeof sourceOrigins)[number];

export const cocComponents = [
  'permanent-supportive-housing',
  'rapid-rehousing',
  'transitional-housing',
  'supportive-services-only',
  'hmis',
] as const;
export type CocComponent = (typeof cocComponents)[number];

export const esgRecipientTypes = ['state', 'territory', 'metropolitan-city', 'urban-county'] as const;
export type EsgRecipientType = (typeof esgRecipientTypes)[number];

/** One line of a CoC budget request. */
export const BudgetLine = z.object(
  {
    category: choiceField(
      budgetCategories,
      'Choose what this budget line pays for: leasing, rental assistance, supportive services, operating, HMIS, administration or indirect costs',
      'What the line pays for; leasing is left out of the CoC match base, rental assistance and participant support are left out of modified total direct costs',
    ),
    description: z.optional(textField('a description of the line', 'A short description, e.g. "Case manager, 1.0 FTE"')),
    amount: moneyField('the amount requested', 'The amount requested for the line for the grant term, in cents'),
    serviceCost: z.optional(
      choiceField(
        supportiveServiceCosts,
        'Choose which supportive service cost this line pays for',
        'For a supportive services line: which eligible cost it pays for',
      ),
    ),
    participantSupport: z.optional(
      yesNoField(
        'is this line a participant support cost?',
        'For a supportive services line: true when it pays costs on behalf of participants (move-in costs, transportation, utility deposits), which modified total direct costs leave out. Left out means no.',
      ),
    ),
  },
  { error: 'Each budget line needs a category and an amount' },
);
export type BudgetLine = z.infer<typeof BudgetLine>;

/** A third party's memorandum of understanding for in-kind services (24 CFR 578.73(c)). */
export const ServicesMou = z.object(
  {
    service: textField('the service the MOU covers', 'The specific service the third party will provide'),
    profession: textField('the profession of the people providing the service', 'The profession of the persons providing the service'),
    hourlyRate: moneyField(
      'the hourly rate',
      'The hourly cost of the service, in cents, at rates ordinarily paid for similar work',
      ceilings.hourlyRate,
    ),
    hours: z
      .number({
        error: (issue) => (issue.input === undefined ? 'Enter the hours of service' : 'The hours of service must be a whole number'),
      })
      .check(
        z.int('The hours of service must be a whole number'),
        z.positive('The hours of service must be more than 0'),
        z.lte(ceilings.hours, `More than ${ceilings.hours.toLocaleString('en-US')} hours of service is implausible: check the hours`),
        z.describe('The hours of service committed over the grant term; value = hours × hourly rate'),
      ),
    unconditional: yesNoField(
      'does the MOU commit the third party unconditionally (except for the grant award)?',
      'True when the MOU establishes the unconditional commitment, except for selection to receive a grant, to provide the services',
    ),
  },
  { error: 'Give the MOU’s service, profession, hourly rate, hours and whether the commitment is unconditional' },
);
export type ServicesMou = z.infer<typeof ServicesMou>;

/** A cash or in-kind contribution offered as match or leverage. */
export const MatchSource = z.object(
  {
    name: textField('the name of the source', 'Who provides the contribution, e.g. "City of Lowell CDBG"'),
    kind: choiceField(
      ['cash', 'in-kind'],
      'Choose whether the source is cash or in-kind',
      'Cash, or the value of property, equipment, goods or services',
    ),
    origin: choiceField(
      sourceOrigins,
      'Choose where the source comes from',
      'Where the funds or value come from: CoC or ESG program funds, other federal, state, local or private funds, tenant rent or participant benefits, or program income',
    ),
    amount: z.optional(
      moneyField(
        'the amount of the source',
        'The committed amount or value, in cents. For third-party services with an MOU it may be left out: the value is hours × hourly rate.',
      ),
    ),
    commitmentDate: dateField(
      'the date of the written commitment',
      'The date of the written commitment (letter, MOU or agreement), YYYY-MM-DD',
    ),
    offeredAs: choiceField(
      ['match', 'leverage'],
      'Choose whether the source is offered as match or as leverage only',
      'Match counts toward the match requirement and, where there is one, toward leverage; leverage only counts toward leverage',
    ),
    inKindType: z.optional(
      choiceField(
        ['third-party-services', 'property-or-goods'],
        'Choose whether the in-kind source is services from a third party, or property, equipment or goods',
        'For in-kind sources: services a third party provides (these need an MOU), or real property, equipment or goods',
      ),
    ),
    mou: z.optional(ServicesMou),
    statuteProhibitsMatch: z.optional(
      yesNoField(
        'does the law governing these funds prohibit using them as match?',
        'True when the statute governing the funds forbids using them as match. Left out means no.',
      ),
    ),
    previouslyUsedAsMatch: z.optional(
      yesNoField(
        'has this value already been used as match for another grant?',
        'True when the same funds or value matched another grant. Left out means no.',
      ),
    ),
    paidDirectlyToParticipants: z.optional(
      yesNoField(
        'are the benefits paid directly to participants?',
        'True when the funds go straight to participants and never through the agency’s books. Left out means no.',
      ),
    ),
  },
  { error: 'Each source needs a name, cash or in-kind, an origin, an amount and a commitment date' },
);
export type MatchSource = z.infer<typeof MatchSource>;

/** How the indirect cost line was computed: the de minimis rate, or a negotiated rate agreement. */
export const IndirectRate = z.object(
  {
    method: choiceField(
      ['de-minimis', 'negotiated'],
      'Choose whether indirect costs use the de minimis rate or a negotiated rate',
      'The de minimis rate (2 CFR 200.414(f)) or a negotiated indirect cost rate agreement',
    ),
    negotiatedRate: z.optional(
      z
        .number({ error: 'Enter the negotiated rate as a whole number of basis points (25.5% is 2550)' })
        .check(
          z.int('Enter the negotiated rate as a whole number of basis points (25.5% is 2550)'),
          z.positive('The negotiated rate must be more than 0%'),
          z.lte(10_000, 'The negotiated rate cannot be more than 100%'),
          z.describe('For a negotiated rate: the rate in basis points (1% = 100), applied here to modified total direct costs'),
        ),
    ),
  },
  { error: 'Say which indirect cost rate the budget uses' },
);
export type IndirectRate = z.infer<typeof IndirectRate>;

const listOf = <T extends z.ZodMiniType>(item: T, max: number, noun: string, description: string) =>
  z.array(item, { error: `List the ${noun}` }).check(z.maxLength(max, `List at most ${max} ${noun}`), z.describe(description));

/** Input to the match and budget calculator: a CoC project request or an ESG grant, and the sources offered. */
export const MatchInput = z.object(
  {
    program: choiceField(
      ['CoC', 'ESG'],
      'Choose the program: CoC or ESG',
      'Continuum of Care (24 CFR 578) or Emergency Solutions Grants (24 CFR 576)',
    ),
    asOf: dateField(
      'the application date',
      'The application or budget date, YYYY-MM-DD: the rules in force that day apply, and written commitments are compared with it',
    ),
    projectName: z.optional(textField('the project name', 'The project’s name, for the printed summary')),
    projectStatus: z.optional(
      choiceField(
        ['new', 'renewal'],
        'Choose whether the project is new or a renewal',
        'CoC only: a new project or a renewal (admin limits differ)',
      ),
    ),
    component: z.optional(
      choiceField(
        cocComponents,
        'Choose the project type',
        'CoC only: the program component (the New Bedford threshold applies to housing projects)',
      ),
    ),
    budget: z.optional(listOf(BudgetLine, ceilings.lines, 'budget lines', 'CoC only: the lines of the grant request')),
    indirectRate: z.optional(IndirectRate),
    esgGrant: z.optional(moneyField('the ESG grant amount', 'ESG only: the fiscal year ESG grant, in cents')),
    recipientType: z.optional(
      choiceField(
        esgRecipientTypes,
        'Choose the kind of ESG recipient',
        'ESG only: a State, a territory, a metropolitan city or an urban county',
      ),
    ),
    stateTransfersExemption: z.optional(
      yesNoField(
        'does the State pass the $100,000 exception on to the subrecipients least able to match?',
        'ESG States only: true when the State transfers the benefit of the first-$100,000 exception to its subrecipients least capable of providing match',
      ),
    ),
    sources: listOf(MatchSource, ceilings.sources, 'match sources', 'Cash and in-kind contributions offered as match or leverage'),
  },
  { error: 'Send the match details as an object with a program, an application date and a list of sources' },
);
export type MatchInput = z.infer<typeof MatchInput>;
