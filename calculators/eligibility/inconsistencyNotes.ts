import type { InconsistencyRule } from './inconsistencies';

// The notes as data, apart from the matching logic, so an island that is handed the list does not bundle it.
// Each id is a file in content/inconsistencies/, whose resolution describes what this checker does.

const nashvilleEligibility = { doc: 'nashville-davidson-standards-of-care', section: 'participant-eligibility' };
const nashvilleRrh = { doc: 'nashville-davidson-standards-of-care', section: 'rapid-re-housing-standards' };
const nashvillePrevention = { doc: 'nashville-davidson-standards-of-care', section: 'homelessness-prevention-standards' };
const tpchEligibility = { doc: 'tpch-written-standards', section: 'evaluating-and-documenting-eligibility' };
const tpchRrh = { doc: 'tpch-written-standards', section: 'rapid-rehousing-programs' };
const lowellRequirements = { doc: 'lowell-2016-bonus-application', section: 'project-requirement-and-priorities' };

/** Every note this checker can show, for the content test and the inconsistencies page. */
export const inconsistencyRules: readonly InconsistencyRule[] = [
  {
    id: 'nashville-category-2-coc-rrh',
    jurisdiction: 'nashville-davidson',
    program: 'CoC',
    component: 'rapid-rehousing',
    trigger: 'category-2',
    title: 'Category 2 households in Nashville CoC rapid re-housing',
    text: "Nashville's eligibility overview says category 2 households are eligible for CoC rapid re-housing unless a NOFA limited the project; its RRH standards say CoC RRH requires category 1 or 4. The checker follows the RRH standards, the more specific section.",
    citations: [
      { ...nashvilleEligibility, quote: 'Persons who meet the category 2 homeless definition are eligible for CoC funded RRH' },
      {
        ...nashvilleRrh,
        quote: 'Participants in a COC funded RRH program must be experiencing literal homelessness as defined by HUD Category 1',
      },
    ],
  },
  {
    id: 'nashville-emergency-shelter-categories',
    jurisdiction: 'nashville-davidson',
    program: 'ESG',
    component: 'emergency-shelter',
    trigger: 'category-3',
    title: 'Category 3 households in Nashville ESG emergency shelter',
    text: "Nashville's eligibility overview lists categories 1, 2 or 4 for emergency shelter; the HUD ESG chart in the same section lists categories 1 to 4. The checker follows the chart (and 24 CFR 576), to which the emergency shelter standards also point.",
    citations: [
      { ...nashvilleEligibility, quote: 'based on categories (1, 2, or 4) of the "homeless" definition found at 24 CFR 576.2' },
      { ...nashvilleEligibility, quote: 'Category 3 – Homeless Under Other Federal Statutes; Category 4 – Fleeing/Attempting to Flee DV' },
    ],
  },
  {
    id: 'nashville-prevention-categories',
    jurisdiction: 'nashville-davidson',
    program: 'ESG',
    component: 'homelessness-prevention',
    trigger: 'category-3',
    title: 'Category 3 households in Nashville ESG homelessness prevention',
    text: "The HUD ESG chart lists categories 2, 3 and 4 and people at risk for homelessness prevention; Nashville's prevention client eligibility names only categories 2 or 4. The checker follows the chart (and 24 CFR 576.103) and accepts category 3 when the income test is met.",
    citations: [
      {
        ...nashvilleEligibility,
        quote:
          'eligible for assistance in HP projects: Category 2 – Imminent Risk of Homeless; Category 3 – Homeless Under Other Federal Statutes',
      },
      { ...nashvillePrevention, quote: "Qualify as 'at risk of homelessness,' based on categories (2 or 4)" },
    ],
  },
  {
    id: 'nashville-prevention-income-threshold',
    jurisdiction: 'nashville-davidson',
    program: 'ESG',
    component: 'homelessness-prevention',
    trigger: 'income-at-limit',
    title: 'Prevention income: below 30% of AMI, or 30% of AMI or less?',
    text: 'Nashville\'s prevention client eligibility says income below 30% of AMI, then that income must not exceed 30%. At exactly the limit they disagree. The checker uses "below" at intake, as 24 CFR 576.103 and the at-risk definition say, and "30% or less" only at the annual re-evaluation.',
    citations: [
      { ...nashvillePrevention, quote: 'have an annual income below 30% of Area Median Income (AMI)' },
      { ...nashvillePrevention, quote: "The person's income must not exceed the 30% Annual Median Income (AMI)." },
    ],
  },
  {
    id: 'tpch-category-3-coc-eligibility',
    jurisdiction: 'tucson-pima',
    program: 'CoC',
    component: null,
    trigger: 'category-3',
    title: 'Category 3 households and TPCH CoC projects',
    text: 'TPCH says category 3 households are not eligible for CoC programs. Under 24 CFR 578.89 a CoC may serve them with HUD approval; the TPCH rule is a stricter local choice. The checker answers "not eligible" for TPCH CoC projects, citing TPCH.',
    citations: [
      {
        ...tpchEligibility,
        quote: 'This category is available for RHY and ESG programs; Category 3 households are not eligible for COC programs',
      },
    ],
  },
  {
    id: 'tpch-rrh-category-2',
    jurisdiction: 'tucson-pima',
    program: 'CoC',
    component: 'rapid-rehousing',
    trigger: 'category-2',
    title: 'Category 2 (imminent risk) households in TPCH rapid rehousing',
    text: "TPCH's rapid rehousing section admits categories 1, 2 or 4, while HUD's CoC NOFAs have limited rapid rehousing to categories 1 and 4 and the Pima County subaward requires participants to be homeless at referral. The checker follows TPCH: check the project's grant agreement and NOFA before enrolling a category 2 household.",
    citations: [
      { ...tpchRrh, quote: 'Participants must meet the HUD definition of homelessness for Categories 1, 2, or 4.' },
      {
        doc: 'pima-county-rrh-subaward-2023',
        section: 'exhibit-a-1-scope-of-work',
        quote:
          'Program participants must be homeless, as defined by the U.S. Department of Housing and Urban Development ("HUD"), at the time of referral for services.',
      },
    ],
  },
  {
    id: 'tpch-sheltered-vs-category-1',
    jurisdiction: 'tucson-pima',
    program: null,
    component: null,
    trigger: 'category-1-transitional-or-paid-hotel',
    title: 'Transitional housing and paid hotel stays in TPCH Category 1',
    text: "TPCH's Category 1 lists an emergency shelter, a Safe Haven, a place not meant for human habitation, or leaving an institution; HUD's (24 CFR 578.3) also counts transitional housing and hotels or motels paid for by a charity or government. The checker follows 24 CFR 578.3.",
    citations: [
      {
        ...tpchEligibility,
        quote:
          'An individual or family sleeping in an emergency shelter or a Safe Haven (Sonora House) sleeping in a place not meant for human habitation',
      },
      {
        doc: 'federal-regulations',
        section: '24-cfr-578-3-homeless',
        quote: 'including congregate shelters, transitional housing, and hotels and motels paid for by charitable organizations',
      },
    ],
  },
  {
    id: 'lowell-psh-disability-every-member',
    jurisdiction: 'lowell',
    program: 'CoC',
    component: 'permanent-supportive-housing',
    trigger: 'bonus-household-of-several',
    title: 'Bonus PSH: every participant disabled, or one adult per household?',
    text: 'The eligible-populations rule says PSH projects must serve exclusively disabled individuals; the population form asks for at least one disabled adult in each household. The checker applies the household test.',
    citations: [
      { ...lowellRequirements, quote: 'All projects must serve exclusively disabled individuals as defined by HUD' },
      {
        doc: 'lowell-2016-bonus-application',
        section: 'population-characteristics',
        quote: 'at least one adult in each household must be listed as disabled',
      },
    ],
  },
  {
    id: 'lowell-rrh-youth-households',
    jurisdiction: 'lowell',
    program: 'CoC',
    component: 'rapid-rehousing',
    trigger: 'bonus-youth',
    title: 'Bonus RRH: youth and households with only children',
    text: 'The instructions say new RRH projects serve individuals and families including youth; the eligible-populations rule names only families and single adults. The checker does not exclude youth.',
    citations: [
      {
        doc: 'lowell-2016-bonus-application',
        section: 'instructions',
        quote: 'will serve homeless individuals and families, including youth, coming directly from the streets or emergency shelters',
      },
      {
        ...lowellRequirements,
        quote:
          'All projects must serve 100% literally homeless families and/or single adults coming directly from emergency shelters and/or unsheltered locations',
      },
    ],
  },
];
