import { describe, expect, test } from 'vitest';
import { cash, cocInput, run } from './testInputs';
import type { MatchSource } from './schemas';

// $100,000 request → $25,000 required under every jurisdiction.
const budget = [
  { category: 'rental-assistance' as const, amount: 93_000_00 },
  { category: 'admin' as const, amount: 7_000_00 },
];
const withSources = (sources: MatchSource[], jurisdiction: Parameters<typeof run>[1] = 'new-bedford', asOf = '2019-08-09') =>
  run(cocInput(budget, { sources, asOf }), jurisdiction);
const services = (overrides: Partial<MatchSource> = {}): MatchSource => ({
  name: 'Legal aid clinic',
  kind: 'in-kind',
  origin: 'private',
  inKindType: 'third-party-services',
  mou: { service: 'tenancy legal advice', profession: 'attorney', hourlyRate: 85_00, hours: 120, unconditional: true },
  commitmentDate: '2019-08-01',
  offeredAs: 'match',
  ...overrides,
});

describe('sources that count as CoC match', () => {
  test('local cash counts in full', () => {
    const result = withSources([cash('County general fund', 30_000_00)]);
    expect(result).toMatchObject({ eligibleCash: 30_000_00, eligibleInKind: 0, eligibleMatch: 30_000_00, shortfall: 0, surplus: 5_000_00 });
  });

  test('other federal funds count unless their statute forbids it', () => {
    const result = withSources([cash('HOME program', 10_000_00, { origin: 'other-federal' })], 'tucson-pima');
    expect(result.sources[0]).toMatchObject({ counts: true, excludedBy: [] });
    expect(result.sources[0]?.reasons[0]?.citations).toContainEqual(
      expect.objectContaining({ quote: 'Funds from other federal grants can be used as match.' }),
    );
  });

  test('third-party services under an MOU are valued at hours × hourly rate', () => {
    // 120 hours × $85.00 = $10,200.00.
    const result = withSources([services()]);
    expect(result.eligibleInKind).toBe(10_200_00);
    expect(result.sources[0]?.reasons[0]?.text).toContain('120 hours of tenancy legal advice (attorney) × $85.00 an hour = $10,200.00');
  });

  test('an MOU source may also state its amount when it equals hours × rate', () => {
    expect(withSources([services({ amount: 10_200_00 })]).eligibleInKind).toBe(10_200_00);
  });

  test('donated property or goods count at their value', () => {
    const result = withSources([
      cash('Donated furniture', 4_000_00, { kind: 'in-kind', inKindType: 'property-or-goods', origin: 'private' }),
    ]);
    expect(result.eligibleInKind).toBe(4_000_00);
  });

  test('cash and in-kind add up, and a shortfall is what is left to find', () => {
    // $10,000 cash + $10,200 in-kind = $20,200; $25,000 − $20,200 = $4,800 short.
    const result = withSources([cash('City', 10_000_00), services()]);
    expect(result).toMatchObject({ eligibleMatch: 20_200_00, shortfall: 4_800_00, surplus: 0 });
  });

  test('match of exactly the required amount leaves neither shortfall nor surplus', () => {
    expect(withSources([cash('City', 25_000_00)])).toMatchObject({ shortfall: 0, surplus: 0 });
    expect(withSources([cash('City', 24_999_99)])).toMatchObject({ shortfall: 1, surplus: 0 });
    expect(withSources([cash('City', 25_000_01)])).toMatchObject({ shortfall: 0, surplus: 1 });
  });
});

describe('sources that cannot count as CoC match are rejected with the reason and its citation', () => {
  test.each([
    ['CoC program funds', { origin: 'coc-program' }, 'coc-program-funds', 'excluding Continuum of Care program funds'],
    [
      'statute-prohibited funds',
      { origin: 'other-federal', statuteProhibitsMatch: true },
      'statute-prohibits-match',
      'not statutorily prohibited',
    ],
    ['tenant rent', { origin: 'tenant-rent-or-benefits' }, 'tenant-rent-or-benefits', 'Tenant rent payments'],
    ['program income', { origin: 'program-income' }, 'program-income', 'program income cannot be used as match'],
    ['value already used as match', { previouslyUsedAsMatch: true }, 'previously-used-as-match', 'previously used as match'],
    [
      'benefits paid directly to participants',
      { paidDirectlyToParticipants: true },
      'paid-directly-to-participants',
      'paid directly to program participants',
    ],
  ] as const)('%s', (_name, overrides, code, quoted) => {
    const result = withSources([cash('The source', 5_000_00, overrides as Partial<MatchSource>)]);
    expect(result.eligibleMatch).toBe(0);
    expect(result.rejectedSources).toEqual([
      {
        index: 0,
        name: 'The source',
        value: 5_000_00,
        excludedBy: [code],
        reasons: [expect.objectContaining({ code: `source-excluded-${code}` })],
      },
    ]);
    expect(result.rejectedSources[0]?.reasons[0]?.citations.some((c) => c.quote?.includes(quoted))).toBe(true);
  });

  test('third-party in-kind services without an MOU', () => {
    const result = withSources([services({ mou: undefined, amount: 2_000_00 })]);
    expect(result.rejectedSources[0]?.excludedBy).toEqual(['services-without-mou']);
  });

  test('an MOU that is not an unconditional commitment', () => {
    const result = withSources([
      services({ mou: { service: 'legal advice', profession: 'attorney', hourlyRate: 85_00, hours: 10, unconditional: false } }),
    ]);
    expect(result.rejectedSources[0]?.excludedBy).toEqual(['mou-not-unconditional']);
  });

  test('a source caught by two rules gives both reasons', () => {
    const result = withSources([cash('CoC bonus', 5_000_00, { origin: 'coc-program', previouslyUsedAsMatch: true })]);
    expect(result.rejectedSources[0]?.excludedBy).toEqual(['coc-program-funds', 'previously-used-as-match']);
  });

  test('Nashville cites its own standard that program income is not match', () => {
    const result = withSources([cash('Rent collected', 5_000_00, { origin: 'program-income' })], 'nashville-davidson');
    expect(result.rejectedSources[0]?.reasons[0]?.citations).toContainEqual(
      expect.objectContaining({ doc: 'nashville-davidson-standards-of-care', section: 'program-standards' }),
    );
  });

  test('Pima cites its contract on value used to match a previous grant', () => {
    const result = withSources([cash('Last year’s match', 5_000_00, { previouslyUsedAsMatch: true })], 'tucson-pima');
    expect(result.rejectedSources[0]?.reasons[0]?.citations).toContainEqual(
      expect.objectContaining({ doc: 'pima-county-rrh-subaward-2023' }),
    );
  });
});

describe('ESG match sources (24 CFR 576.201(b))', () => {
  const esg = (sources: MatchSource[]) =>
    run({ program: 'ESG', asOf: '2024-06-01', esgGrant: 100_000_00, recipientType: 'urban-county', sources });

  test('ESG funds cannot match an ESG grant', () => {
    expect(esg([cash('ESG shelter grant', 5_000_00, { origin: 'esg-program' })]).rejectedSources[0]?.excludedBy).toEqual([
      'esg-program-funds',
    ]);
  });

  test('other federal funds, CoC funds included, can match an ESG grant', () => {
    expect(esg([cash('CoC grant', 5_000_00, { origin: 'coc-program' })]).eligibleMatch).toBe(5_000_00);
  });

  test('funds whose statute forbids matching ESG cannot count', () => {
    expect(
      esg([cash('Restricted grant', 5_000_00, { origin: 'other-federal', statuteProhibitsMatch: true })]).rejectedSources[0]?.excludedBy,
    ).toEqual(['esg-statute-prohibits-match']);
  });
});

describe('leverage-only sources', () => {
  test('count toward leverage but never toward match', () => {
    const result = withSources([cash('Housing authority vouchers', 50_000_00, { offeredAs: 'leverage' })], 'lowell', '2016-07-29');
    expect(result.eligibleMatch).toBe(0);
    expect(result.leverage?.committed).toBe(50_000_00);
  });

  test('CoC program funds cannot be leverage either', () => {
    const result = withSources(
      [cash('Other CoC project', 50_000_00, { offeredAs: 'leverage', origin: 'coc-program' })],
      'lowell',
      '2016-07-29',
    );
    expect(result.leverage?.committed).toBe(0);
  });
});

describe('Lowell counts only commitments dated on or before the application date', () => {
  test('a commitment dated on the application date counts', () => {
    expect(withSources([cash('City', 25_000_00, { commitmentDate: '2016-07-29' })], 'lowell', '2016-07-29').eligibleMatch).toBe(25_000_00);
  });

  test('a commitment dated the day after does not', () => {
    const result = withSources([cash('City', 25_000_00, { commitmentDate: '2016-07-30' })], 'lowell', '2016-07-29');
    expect(result.eligibleMatch).toBe(0);
    expect(result.rejectedSources[0]?.excludedBy).toEqual(['commitment-after-application']);
  });

  test('other jurisdictions state no such rule, so the date alone rejects nothing', () => {
    expect(withSources([cash('City', 25_000_00, { commitmentDate: '2019-09-01' })], 'new-bedford').eligibleMatch).toBe(25_000_00);
  });
});
