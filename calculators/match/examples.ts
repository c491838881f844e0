import { defineExampleBook } from '../core/examples';
import { formatCents } from '../core/money';
import { computeMatch } from './compute';
import type { MatchResult } from './result';
import type { MatchInput } from './schemas';

const fed = (section: string) => ({ doc: 'federal-regulations', section });
const appendixC = { doc: 'new-bedford-fy2019-local-competition', section: 'appendix-c-match' };
const nbCosts = { doc: 'new-bedford-fy2019-local-competition', section: 'eligible-costs' };
const nbThreshold = { doc: 'new-bedford-fy2019-local-competition', section: 'threshold-criteria' };
const pimaBudget = { doc: 'pima-county-rrh-subaward-2023', section: 'exhibit-a-1-budget-and-reporting' };
const pimaAward = { doc: 'pima-county-rrh-subaward-2023', section: 'subaward-amendment' };
const lowellRequirements = { doc: 'lowell-2016-bonus-application', section: 'project-requirement-and-priorities' };
const lowellApplication = { doc: 'lowell-2016-bonus-application', section: 'application' };

const nb2019 = '2019-08-09';
const lowell2016 = '2016-07-29';
const committed = '2019-08-01';

/** A New Bedford new PSH request of $100,000 with the given lines; 7% admin. */
const newBedfordRequest = (budget: MatchInput['budget'], sources: MatchInput['sources'] = []): MatchInput => ({
  program: 'CoC',
  asOf: nb2019,
  projectStatus: 'new',
  component: 'permanent-supportive-housing',
  budget,
  sources,
});

/** Worked examples of the CoC and ESG match rules and the local budget checks. */
export const matchExamples = defineExampleBook<MatchInput, MatchResult>({
  calculator: 'match',
  title: 'Match and budget',
  run: computeMatch,
  figures: (result) => [
    { label: 'Required match', value: formatCents(result.requiredMatch) },
    { label: 'Match that counts', value: formatCents(result.eligibleMatch) },
    { label: result.shortfall > 0 ? 'Shortfall' : 'Surplus', value: formatCents(result.shortfall > 0 ? result.shortfall : result.surplus) },
  ],
  examples: [
    {
      id: 'new-bedford-appendix-c-no-leasing',
      title: 'New Bedford appendix C: $100,000 with no leasing',
      rule: 'Match is at least 25% of the total request including admin: $100,000 with no leasing needs $25,000.',
      jurisdiction: 'new-bedford',
      // 25% × $100,000 = $25,000.
      input: newBedfordRequest([
        { category: 'rental-assistance', amount: 75_000_00 },
        { category: 'supportive-services', serviceCost: 'case-management', amount: 18_000_00 },
        { category: 'admin', amount: 7_000_00 },
      ]),
      expected: { requiredMatch: 25_000_00, shortfall: 25_000_00, request: { total: 100_000_00, matchBase: 100_000_00 } },
      citations: [appendixC],
    },
    {
      id: 'new-bedford-appendix-c-half-leasing',
      title: 'New Bedford appendix C: $100,000 of which $50,000 leasing',
      rule: 'Leasing is left out of the match base: ($100,000 − $50,000) × 25% = $12,500.',
      jurisdiction: 'new-bedford',
      input: newBedfordRequest([
        { category: 'leasing', amount: 50_000_00 },
        { category: 'operating', amount: 25_000_00 },
        { category: 'supportive-services', serviceCost: 'case-management', amount: 18_000_00 },
        { category: 'admin', amount: 7_000_00 },
      ]),
      expected: { requiredMatch: 12_500_00, request: { total: 100_000_00, matchBase: 50_000_00 } },
      citations: [appendixC],
    },
    {
      id: 'cfr-578-73-400k-with-leasing',
      title: '24 CFR 578.73: $400,000 with $100,000 leasing',
      rule: '25% of the request less leasing: 25% × ($400,000 − $100,000) = $75,000.',
      jurisdiction: 'hud',
      input: {
        program: 'CoC',
        asOf: '2024-06-01',
        projectStatus: 'new',
        component: 'permanent-supportive-housing',
        budget: [
          { category: 'leasing', amount: 100_000_00 },
          { category: 'supportive-services', serviceCost: 'case-management', amount: 280_000_00 },
          { category: 'admin', amount: 20_000_00 },
        ],
        sources: [],
      },
      expected: { requiredMatch: 75_000_00 },
      citations: [fed('24-cfr-578-73-matching-requirements')],
    },
    {
      id: 'cfr-578-73-all-leasing',
      title: '24 CFR 578.73: an all-leasing request of $120,000',
      rule: 'Leasing funds need no match, so a request that is all leasing needs $0.',
      jurisdiction: 'hud',
      input: {
        program: 'CoC',
        asOf: '2024-06-01',
        projectStatus: 'renewal',
        component: 'permanent-supportive-housing',
        budget: [{ category: 'leasing', amount: 120_000_00 }],
        sources: [],
      },
      expected: { requiredMatch: 0, shortfall: 0, surplus: 0 },
      citations: [fed('24-cfr-578-73-matching-requirements')],
    },
    {
      id: 'esg-city-250k',
      title: 'ESG: a city’s $250,000 grant',
      rule: 'ESG match equals the grant: $250,000.',
      jurisdiction: 'hud',
      input: { program: 'ESG', asOf: '2024-06-01', esgGrant: 250_000_00, recipientType: 'metropolitan-city', sources: [] },
      expected: { requiredMatch: 250_000_00, esg: { unmatchedPortion: 0 } },
      citations: [fed('24-cfr-576-201-matching-requirement')],
    },
    {
      id: 'esg-state-1m',
      title: 'ESG: a State’s $1,000,000 grant',
      rule: 'A State’s first $100,000 needs no match when passed on to the subrecipients least able to match: $1,000,000 − $100,000 = $900,000.',
      jurisdiction: 'hud',
      input: {
        program: 'ESG',
        asOf: '2024-06-01',
        esgGrant: 1_000_000_00,
        recipientType: 'state',
        stateTransfersExemption: true,
        sources: [],
      },
      expected: { requiredMatch: 900_000_00, esg: { unmatchedPortion: 100_000_00 } },
      citations: [fed('24-cfr-576-201-matching-requirement')],
    },
    {
      id: 'pima-2023-24-budget',
      title: 'Pima County 2023–24 RRH budget: $253,018',
      rule: '25% of $253,018 = $63,254.50; indirect costs of $3,667 are within 10% of modified total direct costs ($36,677).',
      jurisdiction: 'tucson-pima',
      input: {
        program: 'CoC',
        asOf: '2023-05-01',
        projectName: 'Salvation Army CASA rapid rehousing',
        projectStatus: 'renewal',
        component: 'rapid-rehousing',
        budget: [
          { category: 'rental-assistance', amount: 202_674_00 },
          { category: 'supportive-services', serviceCost: 'case-management', description: 'Case Management', amount: 31_425_00 },
          {
            category: 'supportive-services',
            serviceCost: 'moving-costs',
            description: 'Household Support Services (Move-In Costs, Transportation, Utility Deposits)',
            participantSupport: true,
            amount: 10_000_00,
          },
          { category: 'admin', amount: 5_252_00 },
          { category: 'indirect', amount: 3_667_00 },
        ],
        indirectRate: { method: 'de-minimis' },
        sources: [],
      },
      // $202,674 + $31,425 + $10,000 + $5,252 = $249,351 direct; + $3,667 indirect = $253,018; × 25% = $63,254.50.
      // MTDC = $249,351 − $202,674 − $10,000 = $36,677; × 10% = $3,667.70 ≥ $3,667.
      expected: {
        requiredMatch: 63_254_50,
        request: { total: 253_018_00, directCosts: 249_351_00, modifiedTotalDirectCosts: 36_677_00 },
        indirect: { rateBasisPoints: 1000, allowed: 3_667_70, claimed: 3_667_00, met: true },
      },
      citations: [pimaBudget, pimaAward],
    },
    {
      id: 'new-bedford-what-counts',
      title: 'New Bedford: which sources count',
      rule: 'CoC funds, tenant rent, program income, value already used as match, benefits paid to participants and services without an MOU cannot count; other federal funds and MOU services can.',
      jurisdiction: 'new-bedford',
      input: newBedfordRequest(
        [
          { category: 'rental-assistance', amount: 75_000_00 },
          { category: 'supportive-services', serviceCost: 'case-management', amount: 18_000_00 },
          { category: 'admin', amount: 7_000_00 },
        ],
        [
          { name: 'City general fund', kind: 'cash', origin: 'local', amount: 10_000_00, commitmentDate: committed, offeredAs: 'match' },
          { name: 'HOME program', kind: 'cash', origin: 'other-federal', amount: 5_000_00, commitmentDate: committed, offeredAs: 'match' },
          {
            name: 'Legal aid clinic',
            kind: 'in-kind',
            origin: 'private',
            inKindType: 'third-party-services',
            mou: { service: 'tenancy legal advice', profession: 'attorney', hourlyRate: 85_00, hours: 120, unconditional: true },
            commitmentDate: committed,
            offeredAs: 'match',
          },
          {
            name: 'Another CoC grant',
            kind: 'cash',
            origin: 'coc-program',
            amount: 4_000_00,
            commitmentDate: committed,
            offeredAs: 'match',
          },
          {
            name: 'Tenant rent',
            kind: 'cash',
            origin: 'tenant-rent-or-benefits',
            amount: 3_000_00,
            commitmentDate: committed,
            offeredAs: 'match',
          },
          {
            name: 'Volunteer tutors',
            kind: 'in-kind',
            origin: 'private',
            inKindType: 'third-party-services',
            amount: 2_000_00,
            commitmentDate: committed,
            offeredAs: 'match',
          },
          {
            name: 'Laundry income',
            kind: 'cash',
            origin: 'program-income',
            amount: 1_500_00,
            commitmentDate: committed,
            offeredAs: 'match',
          },
          {
            name: 'United Way grant',
            kind: 'cash',
            origin: 'private',
            amount: 6_000_00,
            commitmentDate: committed,
            offeredAs: 'match',
            previouslyUsedAsMatch: true,
          },
          {
            name: 'State rental vouchers',
            kind: 'cash',
            origin: 'state',
            amount: 2_500_00,
            commitmentDate: committed,
            offeredAs: 'match',
            paidDirectlyToParticipants: true,
          },
        ],
      ),
      // Counts: $10,000 + $5,000 + 120 h × $85 = $10,200 → $25,200 ≥ $25,000: surplus $200. The other six cannot count.
      expected: {
        requiredMatch: 25_000_00,
        eligibleCash: 15_000_00,
        eligibleInKind: 10_200_00,
        eligibleMatch: 25_200_00,
        surplus: 200_00,
        shortfall: 0,
      },
      citations: [appendixC],
    },
    {
      id: 'lowell-leverage-exactly-200',
      title: 'Lowell 2016: leverage of exactly 200%',
      rule: 'Written commitments must be at least 200% of the request; admin up to 7%, shared 50%/50% with the City.',
      jurisdiction: 'lowell',
      input: {
        program: 'CoC',
        asOf: lowell2016,
        projectStatus: 'new',
        component: 'rapid-rehousing',
        budget: [
          { category: 'rental-assistance', amount: 80_000_00 },
          { category: 'supportive-services', serviceCost: 'case-management', amount: 13_000_00 },
          { category: 'admin', amount: 7_000_00 },
        ],
        sources: [
          {
            name: 'State rental subsidy',
            kind: 'cash',
            origin: 'state',
            amount: 25_000_00,
            commitmentDate: '2016-07-15',
            offeredAs: 'match',
          },
          {
            name: 'MassHealth services',
            kind: 'in-kind',
            origin: 'state',
            inKindType: 'property-or-goods',
            amount: 175_000_00,
            commitmentDate: '2016-07-20',
            offeredAs: 'leverage',
          },
        ],
      },
      // 200% × $100,000 = $200,000; $25,000 + $175,000 = $200,000: met. Admin 7% × $100,000 = $7,000: met; 50% = $3,500 each.
      expected: {
        leverage: { requiredLeverage: 200_000_00, committed: 200_000_00, met: true },
        admin: { met: true, subrecipientShare: 3_500_00, collaborativeApplicantShare: 3_500_00 },
      },
      citations: [lowellRequirements, lowellApplication],
    },
    {
      id: 'new-bedford-threshold-70-30',
      title: 'New Bedford threshold: exactly 70% housing and 30% services',
      rule: 'A housing project needs at least 70% for leasing, rental assistance or operating and at most 30% for services: 70/30 passes.',
      jurisdiction: 'new-bedford',
      input: newBedfordRequest([
        { category: 'rental-assistance', amount: 70_000_00 },
        { category: 'supportive-services', serviceCost: 'case-management', amount: 30_000_00 },
      ]),
      expected: { threshold: { housingMet: true, supportiveServicesMet: true } },
      citations: [nbThreshold],
    },
    {
      id: 'new-bedford-renewal-admin-10',
      title: 'New Bedford renewal: admin at the 10% maximum',
      rule: 'Renewals allocate the maximum 10% to admin; the subgrantee may use up to 50% of it.',
      jurisdiction: 'new-bedford',
      input: {
        ...newBedfordRequest([
          { category: 'rental-assistance', amount: 150_000_00 },
          { category: 'supportive-services', serviceCost: 'case-management', amount: 30_000_00 },
          { category: 'admin', amount: 20_000_00 },
        ]),
        projectStatus: 'renewal',
      },
      // 10% × $200,000 = $20,000: met; 50% × $20,000 = $10,000 to the subgrantee, $10,000 retained by the City.
      expected: { admin: { met: true, limit: { kind: 'exactly', amount: 20_000_00 }, subrecipientShare: 10_000_00 } },
      citations: [nbCosts],
    },
    {
      id: 'hud-indirect-15-percent-2024',
      title: 'De minimis indirect costs after October 1, 2024',
      rule: 'From October 1, 2024 the de minimis rate is up to 15% of modified total direct costs.',
      jurisdiction: 'hud',
      input: {
        program: 'CoC',
        asOf: '2024-10-01',
        projectStatus: 'new',
        component: 'rapid-rehousing',
        budget: [
          { category: 'rental-assistance', amount: 100_000_00 },
          { category: 'supportive-services', serviceCost: 'case-management', amount: 40_000_00 },
          { category: 'indirect', amount: 6_000_00 },
        ],
        indirectRate: { method: 'de-minimis' },
        sources: [],
      },
      // MTDC = $140,000 − $100,000 rental assistance = $40,000; 15% × $40,000 = $6,000: within the rate.
      expected: { indirect: { rateBasisPoints: 1500, allowed: 6_000_00, met: true } },
      citations: [fed('2-cfr-200-414-indirect-costs')],
    },
    {
      id: 'rental-assistance-with-operating',
      title: 'Rental assistance and operating costs in one project',
      rule: 'Program funds may not pay rental assistance and operating costs in the same project.',
      jurisdiction: 'hud',
      input: {
        program: 'CoC',
        asOf: '2024-06-01',
        projectStatus: 'new',
        component: 'permanent-supportive-housing',
        budget: [
          { category: 'rental-assistance', amount: 60_000_00 },
          { category: 'operating', amount: 20_000_00 },
        ],
        sources: [],
      },
      expected: { checks: [{ code: 'rental-assistance-with-operating', met: false }] },
      citations: [fed('24-cfr-578-55-operating-costs')],
    },
  ],
});
