import { describeShare } from './checks';
import { describe, expect, test } from 'vitest';
import { cash, checkOf, cocInput, errorsFor, run } from './testInputs';
import type { BudgetLine } from './schemas';

const lowell = (budget: BudgetLine[], sources = [cash('State', 1_00)]) =>
  run(cocInput(budget, { asOf: '2016-07-29', component: 'rapid-rehousing', sources }), 'lowell');
const hundredThousand: BudgetLine[] = [
  { category: 'rental-assistance', amount: 80_000_00 },
  { category: 'supportive-services', serviceCost: 'case-management', amount: 13_000_00 },
  { category: 'admin', amount: 7_000_00 },
];

describe('leverage of at least 200% of the request (Lowell 2016)', () => {
  const committing = (amount: number) => lowell(hundredThousand, [cash('State', amount, { commitmentDate: '2016-07-15' })]);

  test('exactly 200% meets it', () => {
    // 200% × $100,000 = $200,000.
    expect(committing(200_000_00).leverage).toEqual({
      minimumBasisPoints: 20_000,
      requiredLeverage: 200_000_00,
      committed: 200_000_00,
      met: true,
    });
  });

  test('one cent less falls short, and says by how much', () => {
    const result = committing(199_999_99);
    expect(result.leverage?.met).toBe(false);
    expect(checkOf(result, 'leverage')?.reason.text).toContain('$0.01 short');
  });

  test('one cent more meets it', () => {
    expect(committing(200_000_01).leverage?.met).toBe(true);
  });

  test('rejected sources do not count toward leverage', () => {
    expect(lowell(hundredThousand, [cash('Program income', 300_000_00, { origin: 'program-income' })]).leverage?.committed).toBe(0);
  });

  test('jurisdictions without a leverage requirement have no leverage check', () => {
    const result = run(cocInput(hundredThousand, { sources: [cash('City', 1_00)] }), 'new-bedford');
    expect(result.leverage).toBeNull();
    expect(checkOf(result, 'leverage')).toBeUndefined();
  });
});

describe('administrative costs', () => {
  const withAdmin = (admin: number, status: 'new' | 'renewal' = 'new') =>
    run(
      cocInput(
        [
          { category: 'rental-assistance', amount: 100_000_00 - admin },
          { category: 'admin', amount: admin },
        ],
        { projectStatus: status },
      ),
      'new-bedford',
    );

  test('a new New Bedford project at exactly 7% is within the limit', () => {
    // 7% × $100,000 = $7,000.
    expect(withAdmin(7_000_00).admin).toMatchObject({ met: true, limit: { kind: 'at-most', basisPoints: 700, amount: 7_000_00 } });
  });

  test('a new New Bedford project one cent over 7% is not', () => {
    const result = withAdmin(7_000_01);
    expect(result.admin?.met).toBe(false);
    expect(checkOf(result, 'admin')?.reason.text).toContain('$0.01 over the limit');
  });

  test('a new Lowell project at exactly 7% is within the limit, one cent over is not', () => {
    const budget = (admin: number): BudgetLine[] => [
      { category: 'rental-assistance', amount: 100_000_00 - admin },
      { category: 'admin', amount: admin },
    ];
    expect(lowell(budget(7_000_00)).admin?.met).toBe(true);
    expect(lowell(budget(7_000_01)).admin?.met).toBe(false);
  });

  test('a New Bedford renewal must allocate exactly the 10% maximum', () => {
    // 10% × $100,000 = $10,000.
    expect(withAdmin(10_000_00, 'renewal').admin).toMatchObject({ met: true, limit: { kind: 'exactly', amount: 10_000_00 } });
    expect(checkOf(withAdmin(9_999_99, 'renewal'), 'admin')?.reason.text).toContain('$0.01 below the maximum renewals must allocate');
    expect(checkOf(withAdmin(10_000_01, 'renewal'), 'admin')?.reason.text).toContain('$0.01 over the maximum');
  });

  test('New Bedford splits admin 50/50 with the City; an odd cent stays with the City', () => {
    // 50% × $7,000.01 = $3,500.005 → the subgrantee may use up to $3,500.00; the City keeps $3,500.01.
    const result = run(
      cocInput([
        { category: 'rental-assistance', amount: 93_000_00 },
        { category: 'admin', amount: 7_000_01 },
      ]),
      'new-bedford',
    );
    expect(result.admin).toMatchObject({ subrecipientShare: 3_500_00, collaborativeApplicantShare: 3_500_01 });
  });

  test('Lowell shares admin 50%/50% with the City of Lowell', () => {
    expect(lowell(hundredThousand).admin).toMatchObject({ subrecipientShare: 3_500_00, collaborativeApplicantShare: 3_500_00 });
  });

  test('Lowell states no renewal limit: the admin check only reports the split', () => {
    const result = run(cocInput(hundredThousand, { asOf: '2016-07-29', projectStatus: 'renewal' }), 'lowell');
    expect(result.admin).toMatchObject({ limit: null, met: null, subrecipientShare: 3_500_00 });
  });

  test('the HUD baseline has no local admin check', () => {
    expect(run(cocInput(hundredThousand)).admin).toBeNull();
  });
});

describe('New Bedford threshold: at least 70% housing, at most 30% services', () => {
  const split = (
    housing: number,
    services: number,
    component: 'permanent-supportive-housing' | 'supportive-services-only' = 'permanent-supportive-housing',
  ) =>
    run(
      cocInput(
        [
          { category: 'leasing', amount: housing },
          { category: 'supportive-services', serviceCost: 'case-management', amount: services },
        ],
        { component },
      ),
      'new-bedford',
    );

  test('an exact 70/30 split passes both', () => {
    expect(split(70_000_00, 30_000_00).threshold).toMatchObject({
      housingMet: true,
      supportiveServicesMet: true,
      housingMinimum: { amount: 70_000_00 },
      supportiveServicesMaximum: { amount: 30_000_00 },
    });
  });

  test('one cent the other way fails both', () => {
    // $69,999.99 housing of $100,000 is below 70%; $30,000.01 services is above 30%.
    expect(split(69_999_99, 30_000_01).threshold).toMatchObject({ housingMet: false, supportiveServicesMet: false });
  });

  test('one cent more housing passes both', () => {
    expect(split(70_000_01, 29_999_99).threshold).toMatchObject({ housingMet: true, supportiveServicesMet: true });
  });

  test('leasing, rental assistance and operating all count as housing', () => {
    const result = run(
      cocInput(
        [
          { category: 'leasing', amount: 30_000_00 },
          { category: 'operating', amount: 40_000_00 },
          { category: 'hmis', amount: 30_000_00 },
        ],
        {},
      ),
      'new-bedford',
    );
    expect(result.threshold).toMatchObject({ housingCosts: 70_000_00, housingMet: true });
  });

  test('a supportive-services-only project is not held to the housing threshold', () => {
    const result = split(0, 100_000_00, 'supportive-services-only');
    expect(result.threshold).toBeNull();
    expect(checkOf(result, 'threshold-housing')?.met).toBeNull();
  });

  test('other jurisdictions have no threshold', () => {
    expect(
      run(cocInput([{ category: 'supportive-services', serviceCost: 'case-management', amount: 100_000_00 }]), 'lowell').threshold,
    ).toBeNull();
  });
});

describe('rental assistance and operating costs may not be combined (24 CFR 578.55(c))', () => {
  test('combining them fails under every jurisdiction, citing its own passage where it has one', () => {
    const budget: BudgetLine[] = [
      { category: 'rental-assistance', amount: 60_000_00 },
      { category: 'operating', amount: 1 },
    ];
    expect(checkOf(run(cocInput(budget)), 'rental-assistance-with-operating')?.met).toBe(false);
    const lowellCheck = checkOf(run(cocInput(budget, { asOf: '2016-07-29' }), 'lowell'), 'rental-assistance-with-operating');
    expect(lowellCheck?.reason.citations.map((c) => c.section)).toEqual([
      '24-cfr-578-55-operating-costs',
      'project-requirement-and-priorities',
    ]);
  });

  test('rental assistance alone, or operating with leasing, passes', () => {
    expect(checkOf(run(cocInput([{ category: 'rental-assistance', amount: 60_000_00 }])), 'rental-assistance-with-operating')?.met).toBe(
      true,
    );
    const leasingAndOperating: BudgetLine[] = [
      { category: 'leasing', amount: 60_000_00 },
      { category: 'operating', amount: 10_000_00 },
    ];
    expect(checkOf(run(cocInput(leasingAndOperating)), 'rental-assistance-with-operating')?.met).toBe(true);
  });
});

describe('supportive service costs must be on the local list', () => {
  const serviceLine = (serviceCost: BudgetLine['serviceCost']): BudgetLine[] => [
    { category: 'rental-assistance', amount: 80_000_00 },
    { category: 'supportive-services', serviceCost, amount: 20_000_00 },
  ];

  test('Lowell lists legal services; New Bedford does not', () => {
    expect(checkOf(run(cocInput(serviceLine('legal'), { asOf: '2016-07-29' }), 'lowell'), 'supportive-service-costs')?.met).toBe(true);
    const newBedford = checkOf(run(cocInput(serviceLine('legal')), 'new-bedford'), 'supportive-service-costs');
    expect(newBedford?.met).toBe(false);
    expect(newBedford?.reason.text).toContain('not on the list: line 2 (legal services, $20,000.00)');
  });

  test('New Bedford lists direct provision of services; Lowell does not', () => {
    expect(checkOf(run(cocInput(serviceLine('direct-provision')), 'new-bedford'), 'supportive-service-costs')?.met).toBe(true);
    expect(checkOf(run(cocInput(serviceLine('direct-provision'), { asOf: '2016-07-29' }), 'lowell'), 'supportive-service-costs')?.met).toBe(
      false,
    );
  });

  test('the HUD baseline keeps no list here, so no check', () => {
    expect(checkOf(run(cocInput(serviceLine('other'))), 'supportive-service-costs')).toBeUndefined();
  });
});

describe('indirect costs on modified total direct costs', () => {
  const budget = (indirect: number, extra: BudgetLine[] = []): BudgetLine[] => [
    { category: 'rental-assistance', amount: 100_000_00 },
    { category: 'supportive-services', serviceCost: 'case-management', amount: 40_000_00 },
    ...extra,
    { category: 'indirect', amount: indirect },
  ];
  const deMinimis = (lines: BudgetLine[], asOf: string) => run(cocInput(lines, { asOf, indirectRate: { method: 'de-minimis' } }));

  test('before October 1, 2024 the de minimis rate is 10%: exactly 10% passes, a cent more does not', () => {
    // MTDC = $140,000 − $100,000 rental assistance = $40,000; 10% = $4,000.
    expect(deMinimis(budget(4_000_00), '2024-09-30').indirect).toMatchObject({
      rateBasisPoints: 1000,
      modifiedTotalDirectCosts: 40_000_00,
      allowed: 4_000_00,
      met: true,
    });
    expect(deMinimis(budget(4_000_01), '2024-09-30').indirect?.met).toBe(false);
  });

  test('from October 1, 2024 it is 15%', () => {
    // 15% × $40,000 = $6,000.
    expect(deMinimis(budget(6_000_00), '2024-10-01').indirect).toMatchObject({ rateBasisPoints: 1500, allowed: 6_000_00, met: true });
    expect(deMinimis(budget(6_000_01), '2024-10-01').indirect?.met).toBe(false);
  });

  test('leasing and participant support are left out of the base too', () => {
    // $140,000 + $20,000 leasing + $10,000 participant support = $170,000 direct; MTDC still $40,000.
    const result = deMinimis(
      budget(4_000_00, [
        { category: 'leasing', amount: 20_000_00 },
        { category: 'supportive-services', serviceCost: 'moving-costs', participantSupport: true, amount: 10_000_00 },
      ]),
      '2024-09-30',
    );
    expect(result.indirect?.modifiedTotalDirectCosts).toBe(40_000_00);
    expect(checkOf(result, 'indirect-rate')?.reason.text).toContain(
      '$170,000.00 direct costs − $100,000.00 rental assistance − $20,000.00 leasing (rental costs) − $10,000.00 participant support = $40,000.00',
    );
  });

  test('the allowance rounds down to the cent', () => {
    // 10% × $40,000.05 = $4,000.005 → $4,000.00.
    const result = deMinimis(
      [
        { category: 'supportive-services', serviceCost: 'case-management', amount: 40_000_05 },
        { category: 'indirect', amount: 4_000_00 },
      ],
      '2024-09-30',
    );
    expect(result.indirect).toMatchObject({ allowed: 4_000_00, met: true });
  });

  test('a negotiated rate is applied as given', () => {
    // 25.5% × $40,000 = $10,200.
    const result = run(cocInput(budget(10_200_00), { asOf: '2023-05-01', indirectRate: { method: 'negotiated', negotiatedRate: 2550 } }));
    expect(result.indirect).toMatchObject({ method: 'negotiated', rateBasisPoints: 2550, allowed: 10_200_00, met: true });
  });

  test('the Pima 2023–24 indirect costs of $3,667 are within 10% of $36,677', () => {
    // $31,425 + $5,252 = $36,677; × 10% = $3,667.70.
    const result = run(
      cocInput(
        [
          { category: 'rental-assistance', amount: 202_674_00 },
          { category: 'supportive-services', serviceCost: 'case-management', amount: 31_425_00 },
          { category: 'supportive-services', serviceCost: 'moving-costs', participantSupport: true, amount: 10_000_00 },
          { category: 'admin', amount: 5_252_00 },
          { category: 'indirect', amount: 3_667_00 },
        ],
        { asOf: '2023-05-01', component: 'rapid-rehousing', projectStatus: 'renewal', indirectRate: { method: 'de-minimis' } },
      ),
      'tucson-pima',
    );
    expect(result.indirect).toEqual({
      method: 'de-minimis',
      rateBasisPoints: 1000,
      modifiedTotalDirectCosts: 36_677_00,
      allowed: 3_667_70,
      claimed: 3_667_00,
      met: true,
    });
  });

  test('no indirect line, no indirect check', () => {
    expect(run(cocInput([{ category: 'operating', amount: 1_000_00 }])).indirect).toBeNull();
  });
});

test('there is no de minimis rate before the Uniform Guidance, so an indirect line dated earlier is refused on the date', () => {
  const outcome = errorsFor(
    cocInput(
      [
        { category: 'operating', amount: 10_000_00 },
        { category: 'indirect', amount: 1_00 },
      ],
      { asOf: '2014-12-25', indirectRate: { method: 'de-minimis' } },
    ),
  );
  expect(outcome).toEqual([
    {
      path: 'asOf',
      message:
        'HUD federal baseline has no value for "De minimis indirect cost rate, as a share of modified total direct costs" in force on 2014-12-25: the earliest is from 2014-12-26. Choose a later application date.',
    },
  ]);
});

describe('shares shown beside the exact amounts', () => {
  test('an exact share is written as it is; any other is "about", rounded half up to the hundredth of a percent', () => {
    expect(describeShare(7_000_00, 100_000_00)).toBe('7%');
    expect(describeShare(10_000_00, 60_000_00)).toBe('about 16.67%');
    expect(describeShare(50_000_00, 60_000_00)).toBe('about 83.33%');
    expect(describeShare(7_000_00, 100_000_02)).toBe('about 7%');
    expect(describeShare(1, 200_000_00)).toBe('about 0%');
    expect(describeShare(0, 0)).toBe('0%');
  });
});
