import { defineExampleBook } from '../core/examples';
import { formatCents } from '../core/money';
import { calculateRent } from './calculateRent';
import type { RentResult } from './result';
import { sampleFmrTable, sampleUtilityAllowanceSchedule } from './samples';
import type { RentInput } from './schemas/rentInput';

const rrh = { doc: 'tpch-written-standards', section: 'rapid-rehousing-programs' };
const fed = (section: string) => ({ doc: 'federal-regulations', section });
const cfr57877 = fed('24-cfr-578-77-calculating-occupancy-charges-and-rent');
const cfr5611 = fed('24-cfr-5-611-adjusted-income');
const cfr576106 = fed('24-cfr-576-106-short-term-and-medium-term-rental-assistance');
const nashvilleRrh = { doc: 'nashville-davidson-standards-of-care', section: 'rapid-re-housing-standards' };

const adult = (name: string, annualWages: number) => ({
  name,
  relationship: 'head' as const,
  age: 35,
  dependent: false,
  incomeSources: [{ label: 'Wages', kind: 'earned' as const, amount: annualWages, frequency: 'annually' as const }],
});
const child = (name: string, age: number) => ({ name, relationship: 'other' as const, age, dependent: true, incomeSources: [] });

const incomeBased = (
  asOf: string,
  members: ReturnType<typeof adult | typeof child>[],
  extra: Partial<Extract<RentInput, { mode: 'income-based' }>> = {},
): RentInput => ({
  mode: 'income-based',
  asOf,
  component: 'permanent-supportive-housing',
  charge: 'rental-assistance-rent',
  members,
  elderlyOrDisabledFamily: false,
  ...extra,
});

const esgLimits = (extra: Partial<Extract<RentInput, { mode: 'limits' }>>): RentInput => ({
  mode: 'limits',
  asOf: '2024-06-01',
  program: 'esg',
  component: 'rapid-rehousing',
  assistance: 'rental-assistance',
  contractRent: 1_000_00,
  monthsAlreadyAssisted: 0,
  monthsRequested: 0,
  otherPublicRentalAssistance: false,
  ...extra,
});

/** Figures a revision-impact table compares, whichever question the example asks. */
function rentFigures(result: RentResult): { label: string; value: string }[] {
  const money = (label: string, cents: number | null) => (cents === null ? [] : [{ label, value: formatCents(cents) }]);
  switch (result.mode) {
    case 'rrh-tier':
      return [
        ...(result.tier ? [{ label: 'Tier', value: String(result.tier) }] : []),
        ...money('Program pays', result.programPays),
        ...money('Participant pays', result.participantPays),
      ];
    case 'nashville-budget':
      return [
        ...money('Participant pays', result.participantPays),
        ...money('Program pays', result.programPays),
        ...money('Move-in costs paid', result.detail.programPaysMoveIn),
      ];
    case 'income-based':
      return [
        { label: 'Adjusted income', value: formatCents(result.detail.adjustedIncome) },
        { label: 'Tenant rent', value: formatCents(result.detail.tenantRent) },
        ...money('Participant pays owner', result.participantPays),
        ...money('Utility reimbursement', result.utilityReimbursement),
      ];
    case 'limits':
      return [
        ...money('Gross rent', result.grossRent),
        { label: 'Within rent limit', value: result.withinRentLimit ? 'Yes' : 'No' },
        ...(result.detail.months.remaining === null ? [] : [{ label: 'Months remaining', value: String(result.detail.months.remaining) }]),
      ];
    case 'budget-line':
      return [{ label: 'Rental assistance budget', value: formatCents(result.detail.total) }];
  }
}

/** Worked examples of every rent question: domain.md's examples and one for each path. */
export const rentExamples = defineExampleBook<RentInput, RentResult>({
  calculator: 'rent',
  title: 'Rent, utility allowance and assistance limits',
  run: calculateRent,
  figures: rentFigures,
  examples: [
    {
      id: 'income-12000-no-deductions',
      title: '$12,000 a year, no deductions: $300 a month',
      rule: 'CoC PSH and TH rent is the highest of 30% of monthly adjusted income, 10% of monthly income and the welfare rent.',
      jurisdiction: 'hud',
      input: incomeBased('2023-06-01', [adult('A', 12_000_00)]),
      // $12,000 × 30% ÷ 12 = $300; $12,000 × 10% ÷ 12 = $100; the highest is $300.
      expected: {
        participantPays: 300_00,
        detail: { adjustedIncome: 12_000_00, tenantRent: 300_00, candidates: { adjustedIncomeShare: 300_00, grossIncomeShare: 100_00 } },
      },
      citations: [cfr57877],
    },
    {
      id: 'income-welfare-rent-350',
      title: 'Welfare rent $350 above 30% of income ($200)',
      rule: 'When the welfare rent is higher than 30% of monthly adjusted income, the participant pays the welfare rent.',
      jurisdiction: 'hud',
      input: incomeBased('2023-06-01', [adult('A', 8_000_00)], { welfareRent: 350_00 }),
      // $8,000 × 30% ÷ 12 = $200; $8,000 × 10% ÷ 12 = $66.67; welfare rent $350 is the highest.
      expected: {
        participantPays: 350_00,
        detail: { tenantRent: 350_00, candidates: { adjustedIncomeShare: 200_00, grossIncomeShare: 66_67, welfareRent: 350_00 } },
      },
      citations: [cfr57877],
    },
    {
      id: 'income-two-dependents-child-care-pre-hotma',
      title: 'Two dependents, $24,000, child care $2,400 (before HOTMA): $516',
      rule: 'Adjusted income deducts $480 for each dependent and child care expenses (24 CFR 5.611 before HOTMA).',
      jurisdiction: 'hud',
      input: incomeBased('2023-06-01', [adult('A', 24_000_00), child('B', 6), child('C', 9)], { childCareExpenses: 2_400_00 }),
      // $24,000 − 2 × $480 − $2,400 = $20,640; × 30% ÷ 12 = $516.
      expected: { participantPays: 516_00, detail: { ruleSet: 'pre-hotma', adjustedIncome: 20_640_00, tenantRent: 516_00 } },
      citations: [cfr57877, cfr5611],
    },
    {
      id: 'income-two-dependents-child-care-2026',
      title: 'The same family in 2026 (HOTMA, $500 a dependent): $515',
      rule: 'From 2026 HOTMA’s inflation-adjusted deduction is $500 for each dependent.',
      jurisdiction: 'hud',
      input: incomeBased('2026-03-01', [adult('A', 24_000_00), child('B', 6), child('C', 9)], { childCareExpenses: 2_400_00 }),
      // $24,000 − 2 × $500 − $2,400 = $20,600; × 30% ÷ 12 = $515.
      expected: { participantPays: 515_00, detail: { ruleSet: 'hotma', adjustedIncome: 20_600_00, tenantRent: 515_00 } },
      citations: [cfr5611, fed('hotma-income-calculation-changes')],
    },
    {
      id: 'utility-allowance-credit-300-100',
      title: 'Computed rent $300, utility allowance $100: $200 to the owner',
      rule: 'When the tenant pays utilities, the tenant pays the owner the computed rent minus the utility allowance.',
      jurisdiction: 'hud',
      input: incomeBased('2024-06-01', [adult('A', 12_000_00)], {
        utilityAllowance: { source: 'entered', amount: 100_00 },
        contractRent: 900_00,
      }),
      // $300 − $100 = $200 to the owner; the program pays $900 − $200 = $700.
      expected: { participantPays: 200_00, programPays: 700_00, utilityReimbursement: 0, grossRent: 1_000_00 },
      citations: [cfr57877, cfr576106],
    },
    {
      id: 'utility-reimbursement-nashville',
      title: 'Allowance $400 above computed rent $300: $100 utility reimbursement',
      rule: 'An allowance above the computed rent leaves the owner nothing; the difference is a utility reimbursement, paid to the utility company or built into the rent calculation (Nashville).',
      jurisdiction: 'nashville-davidson',
      input: incomeBased('2024-06-01', [adult('A', 12_000_00)], { utilityAllowance: { source: 'entered', amount: 400_00 } }),
      // $300 − $400 is below zero: $0 to the owner; $400 − $300 = $100 reimbursement.
      expected: {
        participantPays: 0,
        utilityReimbursement: 100_00,
        detail: { utility: { policy: 'utility-company-or-rent-calculation' } },
      },
      citations: [nashvilleRrh],
    },
    {
      id: 'utility-allowance-sample-schedule',
      title: 'Allowance from the sample schedule: 2 bedrooms, gas heat, electric cooking, water',
      rule: 'The allowance is the sum of the schedule’s amounts for the utilities the tenant pays, for the unit’s bedroom count.',
      jurisdiction: 'hud',
      input: incomeBased('2024-06-01', [adult('A', 12_000_00)], {
        utilityAllowance: {
          source: 'schedule',
          schedule: sampleUtilityAllowanceSchedule,
          bedrooms: 2,
          tenantPays: [{ use: 'heating', fuel: 'gas' }, { use: 'cooking', fuel: 'electric' }, { use: 'water' }],
        },
      }),
      // $27 + $9 + $24 = $60; $300 − $60 = $240 to the owner.
      expected: { utilityAllowance: 60_00, participantPays: 240_00 },
      citations: [cfr576106],
    },
    {
      id: 'esg-fmr-fails-gross-above-fmr',
      title: 'ESG: FMR $1,200, rent $1,100 + utilities $150: fails',
      rule: 'ESG gross rent (rent + required fees + utility allowance) must be at or below the FMR.',
      jurisdiction: 'hud',
      input: esgLimits({
        contractRent: 1_100_00,
        utilityAllowance: { source: 'entered', amount: 150_00 },
        fmr: { source: 'entered', amount: 1_200_00 },
        reasonableRent: 1_300_00,
      }),
      // $1,100 + $150 = $1,250 > $1,200.
      expected: { grossRent: 1_250_00, withinRentLimit: false },
      citations: [cfr576106],
    },
    {
      id: 'esg-reasonable-passes',
      title: 'ESG: gross rent $1,150, comparables $1,175: passes',
      rule: 'ESG gross rent must be at or below the FMR and reasonable compared with comparable units.',
      jurisdiction: 'hud',
      input: esgLimits({
        contractRent: 1_000_00,
        utilityAllowance: { source: 'entered', amount: 150_00 },
        fmr: { source: 'entered', amount: 1_200_00 },
        reasonableRent: 1_175_00,
      }),
      // $1,000 + $150 = $1,150 ≤ $1,200 and ≤ $1,175.
      expected: { grossRent: 1_150_00, withinRentLimit: true },
      citations: [cfr576106],
    },
    {
      id: 'esg-reasonable-fails',
      title: 'ESG: gross rent $1,150, comparables $1,050: fails',
      rule: 'Rent at or below the FMR still fails when comparable units rent for less.',
      jurisdiction: 'hud',
      input: esgLimits({
        contractRent: 1_000_00,
        utilityAllowance: { source: 'entered', amount: 150_00 },
        fmr: { source: 'entered', amount: 1_200_00 },
        reasonableRent: 1_050_00,
      }),
      // $1,150 ≤ $1,200 but > $1,050.
      expected: { grossRent: 1_150_00, withinRentLimit: false },
      citations: [cfr576106],
    },
    {
      id: 'esg-arrears-6-leave-18',
      title: 'ESG: 6 months of arrears leave at most 18 months',
      rule: 'Arrears count inside the 24-months-in-3-years cap (HUD FAQ 1061).',
      jurisdiction: 'hud',
      input: esgLimits({
        fmr: { source: 'entered', amount: 1_200_00 },
        reasonableRent: 1_100_00,
        arrears: { months: 6, paidBefore: false },
      }),
      // 0 + 0 + 6 = 6 counted; 24 − 6 = 18 remain.
      expected: { detail: { months: { counted: 6, cap: 24, remaining: 18 }, allPass: true } },
      citations: [cfr576106],
    },
    {
      id: 'coc-leasing-lower-of-fmr-and-reasonable',
      title: 'CoC leasing: pays at most the lower of FMR $1,200 and reasonable rent $1,150',
      rule: 'Rent paid with CoC leasing funds must be reasonable and cannot exceed the FMR.',
      jurisdiction: 'hud',
      input: esgLimits({
        program: 'coc',
        component: 'permanent-supportive-housing',
        assistance: 'leasing',
        contractRent: 1_180_00,
        fmr: { source: 'entered', amount: 1_200_00 },
        reasonableRent: 1_150_00,
      }),
      // lower of $1,200 and $1,150 = $1,150; $1,180 > $1,150.
      expected: { withinRentLimit: false, programPays: 1_150_00, detail: { rentLimit: { maximumPayment: 1_150_00 } } },
      citations: [{ doc: 'new-bedford-fy2019-local-competition', section: 'eligible-costs' }],
    },
    {
      id: 'coc-rental-assistance-above-fmr-reasonable',
      title: 'CoC rental assistance above the FMR but reasonable: passes',
      rule: 'CoC rental assistance may exceed the FMR when the rent is reasonable (24 CFR 578.51(g)).',
      jurisdiction: 'hud',
      input: esgLimits({
        program: 'coc',
        component: 'permanent-supportive-housing',
        contractRent: 1_250_00,
        fmr: { source: 'entered', amount: 1_200_00 },
        reasonableRent: 1_300_00,
      }),
      expected: { withinRentLimit: true, detail: { rentLimit: { policy: 'reasonable' } } },
      citations: [fed('24-cfr-578-51-rental-assistance')],
    },
    {
      id: 'tpch-rrh-above-fmr-needs-approval',
      title: 'TPCH RRH: gross rent above the FMR without county approval fails',
      rule: 'Pima County’s RRH housing must be rent-reasonable and not exceed the FMR unless the County approves.',
      jurisdiction: 'tucson-pima',
      input: esgLimits({
        program: 'coc',
        component: 'rapid-rehousing',
        contractRent: 1_250_00,
        fmr: { source: 'table', table: sampleFmrTable, areaCode: 'SAMPLE-METRO-B', bedrooms: 2 },
        reasonableRent: 1_300_00,
      }),
      // Sample FMR for 2 bedrooms in area B: $1,200; $1,250 > $1,200.
      expected: { withinRentLimit: false, detail: { rentLimit: { policy: 'fmr-and-reasonable-unless-approved' } } },
      citations: [{ doc: 'pima-county-rrh-subaward-2023', section: 'exhibit-a-1-scope-of-work' }],
    },
    {
      id: 'tpch-suggested-tier-from-budget',
      title: 'TPCH: $900 rent, household can pay $300: Tier 2 suggested',
      rule: 'Households pay the most they can afford from the start: the suggested tier is the one with the largest household share it can pay.',
      jurisdiction: 'tucson-pima',
      input: { mode: 'rrh-tier', contractRent: 900_00, householdCanPay: 300_00, asOf: '2024-01-15' },
      // Tier 4 $900, Tier 3 $603, Tier 2 $297 (fits), Tier 1 $0: Tier 2.
      expected: { tier: 2, participantPays: 297_00, programPays: 603_00 },
      citations: [rrh],
    },
    {
      id: 'nashville-budget',
      title: 'Nashville RRH budget: $1,400 income, $1,000 expenses, $950 rent',
      rule: 'Nashville sets RRH assistance from a documented monthly budget of all income and expenses; RRH pays 100% of move-in costs.',
      jurisdiction: 'nashville-davidson',
      input: {
        mode: 'nashville-budget',
        asOf: '2024-06-01',
        contractRent: 950_00,
        incomeSources: [{ label: 'Wages', amount: 1_400_00 }],
        expenses: [
          { label: 'Food', amount: 500_00 },
          { label: 'Transport', amount: 300_00 },
          { label: 'Phone and utilities', amount: 200_00 },
        ],
        moveInCosts: [{ label: 'Security deposit', amount: 950_00 }],
      },
      // $1,400 − $1,000 = $400 toward rent; $950 − $400 = $550 assistance; move-in $950 × 100%.
      expected: { participantPays: 400_00, programPays: 550_00, detail: { budgetLeavesForRent: 400_00, programPaysMoveIn: 950_00 } },
      citations: [nashvilleRrh],
    },
    {
      id: 'nashville-zero-income',
      title: 'Nashville RRH: no income, $800 rent: RRH may pay it all',
      rule: 'If a participant has no income, RRH may subsidize the entire contract rent.',
      jurisdiction: 'nashville-davidson',
      input: { mode: 'nashville-budget', asOf: '2024-06-01', contractRent: 800_00, incomeSources: [], expenses: [] },
      expected: { participantPays: 0, programPays: 800_00, detail: { zeroIncome: true } },
      citations: [nashvilleRrh],
    },
    {
      id: 'lowell-budget-line',
      title: 'Lowell application: 3 one-bedroom and 2 two-bedroom units',
      rule: 'The rental assistance budget line is units × FMR × 12 for each unit size.',
      jurisdiction: 'lowell',
      input: {
        mode: 'budget-line',
        asOf: '2016-07-15',
        lines: [
          { bedrooms: 1, units: 3, fmr: 1_000_00 },
          { bedrooms: 2, units: 2, fmr: 1_250_00 },
        ],
      },
      // 3 × $1,000 × 12 = $36,000; 2 × $1,250 × 12 = $30,000; total $66,000.
      expected: { detail: { total: 66_000_00, lines: [{ total: 36_000_00 }, { total: 30_000_00 }] } },
      citations: [{ doc: 'lowell-2016-bonus-application', section: 'budget-detail' }],
    },
  ],
});
