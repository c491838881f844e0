import { defineExampleBook } from '../core/examples';
import { checkEligibility, type EligibilityResult } from './check';
import type { EligibilityInput } from './schema';

const cfrHomeless = { doc: 'federal-regulations', section: '24-cfr-578-3-homeless' };
const cfrAtRisk = { doc: 'federal-regulations', section: '24-cfr-576-2-at-risk-of-homelessness' };
const nashvilleEligibility = { doc: 'nashville-davidson-standards-of-care', section: 'participant-eligibility' };
const nashvilleRrh = { doc: 'nashville-davidson-standards-of-care', section: 'rapid-re-housing-standards' };
const tpchEligibility = { doc: 'tpch-written-standards', section: 'evaluating-and-documenting-eligibility' };

/** A single adult who slept outside last night, with no income: each example changes what its rule needs. */
export const sleptOutside: EligibilityInput = {
  assessmentDate: '2024-06-03',
  household: { size: 1, headAge: 45, childrenOrYouth: false, disability: false },
  lastNight: 'unsheltered',
  ownHomeTonight: false,
  otherResidence: false,
  lacksResources: true,
  fleeingViolence: false,
  recentMoves: 0,
  recentEconomicMoves: 0,
  leavingInstitutionOrCare: false,
  unwillingOrUnableToUseShelter: true,
  income: { annual: 0, limit: { kind: 'entered', thirtyPercentLimit: 21_000_00 } },
};

/** A family of four renting its home, with income under the limit. */
export const rentingFamily: EligibilityInput = {
  ...sleptOutside,
  household: { size: 4, headAge: 34, childrenOrYouth: true, disability: false },
  lastNight: 'own-home',
  ownHomeTonight: true,
  otherResidence: false,
  mustLeave: false,
  unit: { kind: 'larger', people: 4, rooms: 4 },
  otherFederalStatute: 'none',
  unwillingOrUnableToUseShelter: undefined,
  income: { annual: 18_000_00, limit: { kind: 'entered', thirtyPercentLimit: 30_000_00 } },
};

/** A youth of 19 who has couch-surfed, homeless under the runaway and homeless youth act. */
const couchSurfingYouth: EligibilityInput = {
  ...sleptOutside,
  household: { size: 1, headAge: 19, childrenOrYouth: false, disability: false },
  lastNight: 'with-others',
  ownHomeTonight: false,
  mustLeave: false,
  doubledUpForEconomicHardship: false,
  unit: { kind: 'larger', people: 3, rooms: 4 },
  unwillingOrUnableToUseShelter: undefined,
  otherFederalStatute: 'other',
  permanentHousingRecently: false,
  recentMoves: 3,
  specialNeeds: ['history-of-violence-or-abuse'],
  barriersToEmployment: 1,
};

/** Fleeing violence while staying in transitional housing (category 1 and 4). */
const fleeingInTransitionalHousing: EligibilityInput = {
  ...sleptOutside,
  lastNight: 'transitional-housing',
  fleeingViolence: true,
  unwillingOrUnableToUseShelter: undefined,
  project: { bonus: true },
};

const yes = (result: EligibilityResult) => (result.eligible ? 'Yes' : 'No');

/** Worked examples of homeless categories, at-risk status and component eligibility, one per rule path and boundary. */
export const eligibilityExamples = defineExampleBook<EligibilityInput, EligibilityResult>({
  calculator: 'eligibility',
  title: 'Eligibility: homeless categories, at risk and components',
  run: checkEligibility,
  figures: (result) => [
    { label: 'Eligible', value: yes(result) },
    { label: 'Homeless categories', value: result.categories.length ? result.categories.join(', ') : 'None' },
    { label: 'At risk of homelessness', value: result.atRiskOfHomelessness ? 'Yes' : 'No' },
  ],
  examples: [
    {
      id: 'hud-unsheltered-street-outreach',
      title: 'Slept outside, will not use shelter: ESG street outreach',
      rule: 'ESG street outreach serves category 1 people living unsheltered who are unwilling or unable to use emergency shelter.',
      jurisdiction: 'hud',
      input: { ...sleptOutside, program: 'ESG', component: 'street-outreach' },
      expected: { eligible: true, categories: [1], category1Paragraph: '(i)' },
      citations: [nashvilleEligibility, cfrHomeless],
    },
    {
      id: 'hud-institution-90-days',
      title: 'Leaving jail after 90 days, in a shelter before: category 1',
      rule: 'Someone leaving an institution after 90 days or less who was in an emergency shelter or on the street just before is literally homeless (category 1 (iii)).',
      jurisdiction: 'hud',
      // 90 days ≤ 90 days, and an emergency shelter before entering: category 1 (iii).
      input: {
        ...sleptOutside,
        lastNight: 'institution',
        institution: { daysStayed: 90, placeBefore: 'emergency-shelter' },
        unwillingOrUnableToUseShelter: undefined,
        program: 'CoC',
        component: 'transitional-housing',
      },
      expected: { eligible: true, categories: [1], category1Paragraph: '(iii)' },
      citations: [cfrHomeless],
    },
    {
      id: 'hud-institution-91-days',
      title: 'Leaving jail after 91 days: not category 1',
      rule: 'An institution stay of more than 90 days is not category 1 (iii), even if the person was homeless before entering.',
      jurisdiction: 'hud',
      // 91 days > 90 days.
      input: {
        ...sleptOutside,
        lastNight: 'institution',
        institution: { daysStayed: 91, placeBefore: 'emergency-shelter' },
        unwillingOrUnableToUseShelter: undefined,
        program: 'CoC',
        component: 'transitional-housing',
      },
      expected: { eligible: false, categories: [] },
      citations: [cfrHomeless],
    },
    {
      id: 'tpch-institution-after-safe-haven',
      title: 'Tucson: leaving a hospital after 30 days, in a safe haven before',
      rule: 'TPCH counts a Safe Haven among the places a person may have stayed before the institution, so category 1 (iii) is met.',
      jurisdiction: 'tucson-pima',
      input: {
        ...sleptOutside,
        lastNight: 'institution',
        institution: { daysStayed: 30, placeBefore: 'safe-haven' },
        unwillingOrUnableToUseShelter: undefined,
        program: 'CoC',
        component: 'rapid-rehousing',
      },
      expected: { eligible: true, categories: [1] },
      citations: [tpchEligibility],
    },
    {
      id: 'hud-eviction-in-14-days',
      title: 'Court-ordered to leave in 14 days: category 2, emergency shelter',
      rule: 'A household that will lose its home within 14 days of applying, with nowhere else to go and no resources, is category 2.',
      jurisdiction: 'hud',
      // 2024-06-03 → 2024-06-17 is 14 days; 14 ≤ 14.
      input: {
        ...rentingFamily,
        mustLeave: true,
        mustLeaveOn: '2024-06-17',
        writtenNotice: true,
        program: 'ESG',
        component: 'emergency-shelter',
      },
      expected: { eligible: true, categories: [2], atRiskOfHomelessness: true },
      citations: [cfrHomeless],
    },
    {
      id: 'hud-notice-in-15-days',
      title: 'Told to leave in 15 days: not category 2, but at risk',
      rule: 'Fifteen days is outside the 14-day window of category 2; a written notice ending the right to stay within 21 days makes the household at risk of homelessness.',
      jurisdiction: 'hud',
      // 2024-06-03 → 2024-06-18 is 15 days: 15 > 14 (not category 2); 15 ≤ 21 and in writing (at risk (C)).
      input: {
        ...rentingFamily,
        mustLeave: true,
        mustLeaveOn: '2024-06-18',
        writtenNotice: true,
        program: 'ESG',
        component: 'homelessness-prevention',
      },
      expected: { eligible: true, categories: [], atRiskOfHomelessness: true, atRiskBases: ['(1)(iii)(C)'] },
      citations: [cfrHomeless, cfrAtRisk],
    },
    {
      id: 'hud-notice-in-22-days',
      title: 'Written notice to leave in 22 days: not at risk',
      rule: 'The written notice must end the right to stay within 21 days after the application.',
      jurisdiction: 'hud',
      // 2024-06-03 → 2024-06-25 is 22 days: 22 > 21.
      input: {
        ...rentingFamily,
        mustLeave: true,
        mustLeaveOn: '2024-06-25',
        writtenNotice: true,
        program: 'ESG',
        component: 'homelessness-prevention',
      },
      expected: { eligible: false, categories: [], atRiskOfHomelessness: false },
      citations: [cfrAtRisk],
    },
    {
      id: 'hud-sro-three-people',
      title: 'Three people in an efficiency: at risk, homelessness prevention',
      rule: 'More than two people in a single-room occupancy or efficiency unit is overcrowding that makes a household at risk.',
      jurisdiction: 'hud',
      // 3 > 2.
      input: {
        ...rentingFamily,
        household: { ...rentingFamily.household, size: 3 },
        unit: { kind: 'sro-or-efficiency', people: 3 },
        program: 'ESG',
        component: 'homelessness-prevention',
      },
      expected: { eligible: true, atRiskOfHomelessness: true, atRiskBases: ['(1)(iii)(E)'] },
      citations: [cfrAtRisk],
    },
    {
      id: 'hud-one-and-a-half-per-room',
      title: 'Six people in four rooms: exactly 1.5 per room is not overcrowded',
      rule: 'A larger unit is overcrowded only above 1.5 people per room.',
      jurisdiction: 'hud',
      // 6 ÷ 4 = 1.5, not more than 1.5.
      input: {
        ...rentingFamily,
        household: { ...rentingFamily.household, size: 6 },
        unit: { kind: 'larger', people: 6, rooms: 4 },
        program: 'ESG',
        component: 'homelessness-prevention',
      },
      expected: { eligible: false, atRiskOfHomelessness: false },
      citations: [cfrAtRisk],
    },
    {
      id: 'hud-income-at-30-percent',
      title: 'Income exactly 30% of area median: not below the limit',
      rule: 'Homelessness prevention and the at-risk definition need income below 30% of area median income; exactly 30% is not below.',
      jurisdiction: 'hud',
      // 30% of $100,000.00 = $30,000.00; $30,000.00 is not below $30,000.00.
      input: {
        ...rentingFamily,
        unit: { kind: 'sro-or-efficiency', people: 4 },
        income: { annual: 30_000_00, limit: { kind: 'median', areaMedianIncome: 100_000_00 } },
        program: 'ESG',
        component: 'homelessness-prevention',
      },
      expected: { eligible: false, atRiskOfHomelessness: false, income: { belowPreventionLimit: false } },
      citations: [cfrAtRisk, nashvilleEligibility],
    },
    {
      id: 'hud-income-at-29-99-percent',
      title: 'Income 29.99% of area median: below the limit',
      rule: 'Income of 29.99% of area median income is below 30%.',
      jurisdiction: 'hud',
      // $29,990.00 × 10,000 < $100,000.00 × 3,000: 29.99% < 30%.
      input: {
        ...rentingFamily,
        unit: { kind: 'sro-or-efficiency', people: 4 },
        income: { annual: 29_990_00, limit: { kind: 'median', areaMedianIncome: 100_000_00 } },
        program: 'ESG',
        component: 'homelessness-prevention',
      },
      expected: { eligible: true, atRiskOfHomelessness: true, income: { belowPreventionLimit: true } },
      citations: [cfrAtRisk, nashvilleEligibility],
    },
    {
      id: 'hud-category-3-esg-shelter',
      title: 'Youth homeless under another federal law: category 3, ESG shelter',
      rule: 'Category 3 households may use ESG emergency shelter without HUD approval.',
      jurisdiction: 'hud',
      // 19 < 25; 3 moves ≥ 2; no lease in 60 days; a history of abuse.
      input: { ...couchSurfingYouth, program: 'ESG', component: 'emergency-shelter' },
      expected: { eligible: true, categories: [3] },
      citations: [cfrHomeless, nashvilleEligibility],
    },
    {
      id: 'tpch-category-3-coc',
      title: 'Tucson: category 3 youth and CoC transitional housing',
      rule: 'TPCH: category 3 households are not eligible for CoC programs.',
      jurisdiction: 'tucson-pima',
      input: {
        ...couchSurfingYouth,
        assessmentDate: '2024-06-03',
        program: 'CoC',
        component: 'transitional-housing',
        project: { hudApprovedCategory3: true },
      },
      expected: { eligible: false, categories: [3] },
      citations: [tpchEligibility],
    },
    {
      id: 'nashville-coc-rrh-category-2',
      title: 'Nashville: category 2 household and CoC rapid re-housing',
      rule: "Nashville's RRH standards admit categories 1 and 4 to CoC rapid re-housing; its eligibility overview would admit category 2 (an inconsistency the result shows).",
      jurisdiction: 'nashville-davidson',
      input: {
        ...rentingFamily,
        mustLeave: true,
        mustLeaveOn: '2024-06-10',
        writtenNotice: false,
        program: 'CoC',
        component: 'rapid-rehousing',
      },
      expected: { eligible: false, categories: [2], inconsistencies: [{ id: 'nashville-category-2-coc-rrh' }] },
      citations: [nashvilleRrh, nashvilleEligibility],
    },
    {
      id: 'nashville-esg-rrh-verified-8-days-before',
      title: 'Nashville: ESG rapid re-housing verified 8 days before enrollment',
      rule: 'Nashville: for ESG rapid re-housing, literal homelessness must be verified within the 7 days before enrollment.',
      jurisdiction: 'nashville-davidson',
      // 2024-06-03 → 2024-06-11 is 8 days: 8 > 7.
      input: {
        ...sleptOutside,
        verification: { verifiedOn: '2024-06-03', enrollmentOn: '2024-06-11' },
        program: 'ESG',
        component: 'rapid-rehousing',
      },
      expected: { eligible: false, categories: [1] },
      citations: [nashvilleRrh],
    },
    {
      id: 'nashville-coc-rrh-verified-14-days-before',
      title: 'Nashville: CoC rapid re-housing verified 14 days before enrollment',
      rule: 'Nashville: for CoC rapid re-housing, homelessness must be verified within the 14 days before enrollment.',
      jurisdiction: 'nashville-davidson',
      // 2024-06-03 → 2024-06-17 is 14 days: 14 ≤ 14.
      input: {
        ...sleptOutside,
        verification: { verifiedOn: '2024-06-03', enrollmentOn: '2024-06-17' },
        program: 'CoC',
        component: 'rapid-rehousing',
      },
      expected: { eligible: true, categories: [1] },
      citations: [nashvilleRrh],
    },
    {
      id: 'hud-esg-rrh-category-4-without-1',
      title: 'Fleeing violence, staying with a friend: not ESG rapid re-housing',
      rule: 'ESG rapid re-housing serves category 4 only when the household also meets category 1.',
      jurisdiction: 'hud',
      input: {
        ...rentingFamily,
        household: { size: 1, headAge: 30, childrenOrYouth: false, disability: false },
        lastNight: 'with-others',
        ownHomeTonight: false,
        doubledUpForEconomicHardship: false,
        unit: { kind: 'larger', people: 3, rooms: 4 },
        fleeingViolence: true,
        program: 'ESG',
        component: 'rapid-rehousing',
      },
      expected: { eligible: false, categories: [4] },
      citations: [nashvilleEligibility],
    },
    {
      id: 'hud-psh-needs-disability',
      title: 'Literally homeless, no disability: not permanent supportive housing',
      rule: 'Permanent supportive housing needs a household member with a disability.',
      jurisdiction: 'hud',
      input: { ...sleptOutside, program: 'CoC', component: 'permanent-supportive-housing' },
      expected: { eligible: false, categories: [1] },
      citations: [{ doc: 'nashville-davidson-standards-of-care', section: 'records-and-recordkeeping-requirements' }],
    },
    {
      id: 'lowell-bonus-excludes-transitional-housing',
      title: 'Lowell: fleeing violence from transitional housing, bonus RRH',
      rule: 'Lowell 2016: people in transitional housing are not eligible for bonus projects, even if fleeing violence.',
      jurisdiction: 'lowell',
      input: { ...fleeingInTransitionalHousing, program: 'CoC', component: 'rapid-rehousing' },
      expected: { eligible: false, categories: [1, 4] },
      citations: [{ doc: 'lowell-2016-bonus-application', section: 'project-requirement-and-priorities' }],
    },
    {
      id: 'new-bedford-bonus-transitional-housing-category-4',
      title: 'New Bedford: fleeing violence from transitional housing, bonus RRH',
      rule: 'New Bedford 2019: people in transitional housing are not eligible for bonus projects unless they meet category 4.',
      jurisdiction: 'new-bedford',
      input: { ...fleeingInTransitionalHousing, program: 'CoC', component: 'rapid-rehousing' },
      expected: { eligible: true, categories: [1, 4] },
      citations: [{ doc: 'new-bedford-fy2019-local-competition', section: 'eligible-populations' }],
    },
  ],
});
