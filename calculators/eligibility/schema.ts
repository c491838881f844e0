import * as z from 'zod/mini';
import { centsField, isoDateField } from '../core/schemas';
import { questions, type QuestionPath } from './questions';
import { components, otherStatutes, places, placesBeforeInstitution, programs, specialNeeds } from './vocabulary';

const missingOr = (path: QuestionPath, invalid: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? questions[path] : invalid;

const yesNo = (path: QuestionPath, description: string) =>
  z.boolean({ error: missingOr(path, `${questions[path]}: yes or no`) }).check(z.describe(description));

const wholeNumber = (path: QuestionPath, description: string, min: number, max: number) =>
  z
    .int({ error: missingOr(path, `${questions[path]}, as a whole number`) })
    .check(
      z.gte(min, `${questions[path]}: ${min} or more`),
      z.lte(max, `${questions[path]}: ${max} or fewer (check the number)`),
      z.describe(description),
    );

const IncomeLimit = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('table'),
      area: z
        .string({ error: 'Choose the area whose income limits apply' })
        .check(z.minLength(1, 'Choose the area whose income limits apply'), z.describe('Area id in the income-limits table')),
      fiscalYear: z.optional(
        z
          .int({ error: 'Enter the fiscal year as a whole number, like 2024' })
          .check(
            z.gte(2000, 'Enter a fiscal year from 2000 on'),
            z.lte(2100, 'Enter a fiscal year before 2100'),
            z.describe('HUD fiscal year; when left out, the limits in force on the assessment date'),
          ),
      ),
    }),
    z.object({
      kind: z.literal('entered'),
      thirtyPercentLimit: centsField('The 30% of area median income limit for this household size, in cents a year, as HUD publishes it', {
        max: 10_000_000_00,
        positive: true,
      }),
    }),
    z.object({
      kind: z.literal('median'),
      areaMedianIncome: centsField('The area median family income (100%), in cents a year, as HUD publishes it', {
        max: 100_000_000_00,
        positive: true,
      }),
    }),
  ],
  { error: 'Choose how to find the income limit: from the table, entered, or from the area median income' },
);

/** The plain-language answers the eligibility checker decides from. Optional answers are needed only on some paths; the checker names any that a path needs. */
export const EligibilityInput = z.object(
  {
    assessmentDate: isoDateField(
      'The date of application for assistance; every "within N days" counts from it, and the rules in force that day apply',
    ),
    program: z.optional(
      z
        .enum(programs, { error: 'Choose CoC or ESG' })
        .check(z.describe('The funding program of the project (leave out to check every program and component)')),
    ),
    component: z.optional(
      z
        .enum(components, {
          error:
            'Choose a component: street outreach, emergency shelter, transitional housing, rapid re-housing, permanent supportive housing or homelessness prevention',
        })
        .check(z.describe('The kind of help the project gives (leave out with program to check every component)')),
    ),
    project: z.optional(
      z.object(
        {
          chronicDedicated: z.optional(yesNo('project.chronicDedicated', 'The PSH beds are dedicated to chronically homeless households')),
          bonus: z.optional(
            yesNo('project.bonus', 'A new project funded by the CoC permanent housing bonus (Lowell 2016, New Bedford 2019 competitions)'),
          ),
          hudApprovedCategory3: z.optional(
            yesNo('project.hudApprovedCategory3', 'HUD approved this CoC project to serve category 3 households'),
          ),
          victimServiceProvider: z.optional(
            yesNo(
              'project.victimServiceProvider',
              'The project is run by a victim service provider (changes how category 4 is documented)',
            ),
          ),
        },
        { error: 'Give the project details as a group of yes/no answers' },
      ),
    ),
    household: z.object(
      {
        size: wholeNumber('household.size', 'People in the household, including children', 1, 30),
        headAge: wholeNumber('household.headAge', 'Age in years of the head of household, or of the young person if on their own', 0, 120),
        childrenOrYouth: yesNo('household.childrenOrYouth', 'The household is a family with children or youth'),
        disability: yesNo('household.disability', 'Someone in the household has a disability that can be verified'),
        chronicallyHomeless: z.optional(
          yesNo(
            'household.chronicallyHomeless',
            'The household meets the chronic homelessness definition (from the chronic homelessness tool)',
          ),
        ),
      },
      { error: questions['household.size'] },
    ),
    lastNight: z
      .enum(places, { error: missingOr('lastNight', 'Choose one of the places listed for where the household spent last night') })
      .check(z.describe('Where the household spent last night')),
    institution: z.optional(
      z.object({
        daysStayed: wholeNumber('institution.daysStayed', 'Days the person has stayed in the institution', 0, 36_500),
        placeBefore: z
          .enum(placesBeforeInstitution, { error: missingOr('institution.placeBefore', 'Choose one of the places listed') })
          .check(z.describe('Where the person stayed right before entering the institution')),
      }),
    ),
    ownHomeTonight: yesNo(
      'ownHomeTonight',
      'The household has a home of its own (rented, owned or with an occupancy agreement) where it can safely stay tonight',
    ),
    mustLeave: z.optional(yesNo('mustLeave', 'The household has to leave the place where it is staying')),
    mustLeaveOn: z.optional(isoDateField('The date by which the household has to leave')),
    writtenNotice: z.optional(yesNo('writtenNotice', 'The household was told in writing that its right to stay will end')),
    otherResidence: yesNo('otherResidence', 'The household has another place it can live (a subsequent residence has been identified)'),
    lacksResources: yesNo(
      'lacksResources',
      'The household lacks the resources and support networks (family, friends, faith-based or other) to obtain other housing',
    ),
    fleeingViolence: yesNo(
      'fleeingViolence',
      'The household is fleeing or attempting to flee domestic violence, dating violence, sexual assault, stalking or other danger related to violence',
    ),
    recentMoves: wholeNumber('recentMoves', 'Moves in the 60 days before the application', 0, 60),
    recentEconomicMoves: wholeNumber('recentEconomicMoves', 'Of those moves, how many were because of economic reasons', 0, 60),
    doubledUpForEconomicHardship: z.optional(
      yesNo('doubledUpForEconomicHardship', "The household lives in someone else's home because of economic hardship"),
    ),
    unit: z.optional(
      z.object({
        kind: z
          .enum(['sro-or-efficiency', 'larger'], {
            error: missingOr('unit.kind', 'Choose single-room occupancy or efficiency, or a larger unit'),
          })
          .check(z.describe('A single-room occupancy or efficiency unit, or a larger unit')),
        people: wholeNumber('unit.people', 'Everyone who lives in the unit, including the household', 1, 100),
        rooms: z.optional(
          wholeNumber('unit.rooms', 'Rooms in the unit as the U.S. Census Bureau counts them (not bathrooms, halls or porches)', 1, 100),
        ),
      }),
    ),
    leavingInstitutionOrCare: yesNo(
      'leavingInstitutionOrCare',
      'Someone is leaving a publicly funded institution or system of care (health care, mental health, foster care or youth facility, corrections)',
    ),
    consolidatedPlanRisk: z.optional(
      yesNo(
        'consolidatedPlanRisk',
        "The housing has characteristics the recipient's consolidated plan links to instability (staff answer)",
      ),
    ),
    otherFederalStatute: z.optional(
      z
        .enum(otherStatutes, { error: missingOr('otherFederalStatute', 'Choose none, McKinney-Vento education, or another federal law') })
        .check(z.describe('A child or youth is homeless under McKinney-Vento education (section 725) or another listed federal law')),
    ),
    permanentHousingRecently: z.optional(
      yesNo(
        'permanentHousingRecently',
        'The household had a lease, ownership or occupancy agreement in permanent housing in the last 60 days',
      ),
    ),
    specialNeeds: z.optional(
      z
        .array(z.enum(specialNeeds, { error: 'Choose special needs from the list' }), { error: questions.specialNeeds })
        .check(z.describe('Special needs or barriers expected to keep the household unstable (empty for none)')),
    ),
    barriersToEmployment: z.optional(
      wholeNumber(
        'barriersToEmployment',
        'Barriers to employment: no high school diploma or GED, illiteracy, low English proficiency, incarceration history, unstable work history',
        0,
        10,
      ),
    ),
    unwillingOrUnableToUseShelter: z.optional(
      yesNo('unwillingOrUnableToUseShelter', 'The household is unwilling or unable to stay in an emergency shelter'),
    ),
    income: z.object(
      {
        annual: centsField("The household's annual income in cents (24 CFR 5.609: expected in the next 12 months)", { max: 10_000_000_00 }),
        limit: IncomeLimit,
      },
      { error: questions['income.annual'] },
    ),
    verification: z.optional(
      z.object({
        verifiedOn: isoDateField('The date homelessness was verified'),
        enrollmentOn: isoDateField('The planned enrollment date'),
      }),
    ),
  },
  { error: 'Give the answers as a set of named fields' },
);

/** The answers, as the schema accepts them. */
export type EligibilityInput = z.infer<typeof EligibilityInput>;
/** How the answers say to find the income limit. */
export type IncomeLimitAnswer = EligibilityInput['income']['limit'];
