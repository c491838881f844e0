import type { InconsistencyRule } from './inconsistencies';

// The notes as data, apart from the matching logic, so an island that is handed the list does not bundle it.

const nashvilleEligibility = { doc: 'nashville-davidson-standards-of-care', section: 'participant-eligibility' };
const nashvilleRrh = { doc: 'nashville-davidson-standards-of-care', section: 'rapid-re-housing-standards' };
const nashvillePrevention = { doc: 'nashville-davidson-standards-of-care', section: 'homelessness-prevention-standards' };
const nashvilleShelter = { doc: 'nashville-davidson-standards-of-care', section: 'emergency-shelter-standards' };
const lowellRequirements = { doc: 'lowell-2016-bonus-application', section: 'project-requirement-and-priorities' };

/** Every note this checker can show, for the content test and the inconsistencies page. */
export const inconsistencyRules: readonly InconsistencyRule[] = [
  {
    id: 'nashville-coc-rrh-category-2',
    jurisdiction: 'nashville-davidson',
    title: 'Category 2 households in Nashville CoC rapid re-housing',
    text: "Nashville's eligibility overview says category 2 households are eligible for CoC rapid re-housing unless a NOFA limited the project; its RRH standards say CoC RRH requires category 1 or 4. The checker follows the RRH standards, the more specific section.",
    citations: [
      { ...nashvilleEligibility, quote: 'Persons who meet the category 2 homeless definition are eligible for CoC funded RRH' },
      {
        ...nashvilleRrh,
        quote: 'Participants in a COC funded RRH program must be experiencing literal homelessness as defined by HUD Category 1',
      },
    ],
    program: 'CoC',
    component: 'rapid-rehousing',
    trigger: 'category-2',
  },
  {
    id: 'nashville-emergency-shelter-category-3',
    jurisdiction: 'nashville-davidson',
    title: 'Category 3 households in Nashville emergency shelter',
    text: "Nashville's eligibility overview lists categories 1, 2 or 4 for emergency shelter; the HUD ESG chart it reproduces, to which the emergency shelter standards point, also lists category 3. The checker follows the chart, as the shelter standards direct.",
    citations: [
      {
        ...nashvilleEligibility,
        quote: "People are eligible for the following services if they qualify as 'homeless,' based on categories (1, 2, or 4)",
      },
      {
        ...nashvilleShelter,
        quote: 'Please see HUD ESG ELIGIBILITY chart on page 30 earlier in this document for eligibility for the ESG activities.',
      },
    ],
    program: 'ESG',
    component: 'emergency-shelter',
    trigger: 'category-3',
  },
  {
    id: 'nashville-prevention-category-3',
    jurisdiction: 'nashville-davidson',
    title: 'Category 3 households in Nashville homelessness prevention',
    text: "The HUD ESG chart lists categories 2, 3 and 4 for homelessness prevention; Nashville's prevention client eligibility names categories 2 or 4. The checker follows the prevention standards, the more specific section; a category 3 household may still qualify as at risk of homelessness.",
    citations: [
      {
        ...nashvilleEligibility,
        quote:
          'Category 3 – Homeless Under Other Federal Statutes; Category 4 – Fleeing/Attempting to Flee DV. Individuals and Families who are defined as At Risk of Homelessness',
      },
      { ...nashvillePrevention, quote: "Qualify as 'at risk of homelessness,' based on categories (2 or 4)" },
    ],
    program: 'ESG',
    component: 'homelessness-prevention',
    trigger: 'category-3',
  },
  {
    id: 'nashville-prevention-income-below-or-at',
    jurisdiction: 'nashville-davidson',
    title: 'Prevention income: below 30% of AMI, or not more than 30%?',
    text: 'Nashville\'s prevention client eligibility says income below 30% of AMI, then that income must not exceed 30% of AMI. At exactly the limit they disagree. The checker follows "below", as the federal at-risk definition (24 CFR 576.2) and the HUD chart say.',
    citations: [
      { ...nashvillePrevention, quote: 'have an annual income below 30% of Area Median Income (AMI)' },
      { ...nashvillePrevention, quote: "The person's income must not exceed the 30% Annual Median Income (AMI)." },
    ],
    program: 'ESG',
    component: 'homelessness-prevention',
    trigger: 'income-at-limit',
  },
  {
    id: 'lowell-psh-disability-every-member',
    jurisdiction: 'lowell',
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
    program: 'CoC',
    component: 'permanent-supportive-housing',
    trigger: 'bonus-household-of-several',
  },
  {
    id: 'lowell-rrh-youth-households',
    jurisdiction: 'lowell',
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
    program: 'CoC',
    component: 'rapid-rehousing',
    trigger: 'bonus-youth',
  },
];
