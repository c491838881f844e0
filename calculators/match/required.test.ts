import { describe, expect, test } from 'vitest';
import { overlayParameters } from '../core/parameters';
import { matchParameterSets } from '../parameters/match';
import { computeMatch } from './compute';
import { cocInput, errorsFor, run } from './testInputs';

describe('CoC required match (24 CFR 578.73)', () => {
  test('$100,000 with no leasing needs $25,000 (New Bedford appendix C)', () => {
    // 25% × $100,000 = $25,000.
    const result = run(
      cocInput([
        { category: 'rental-assistance', amount: 93_000_00 },
        { category: 'admin', amount: 7_000_00 },
      ]),
      'new-bedford',
    );
    expect(result.requiredMatch).toBe(25_000_00);
  });

  test('$100,000 of which $50,000 is leasing needs $12,500 (New Bedford appendix C)', () => {
    // ($100,000 − $50,000) × 25% = $12,500.
    const result = run(
      cocInput([
        { category: 'leasing', amount: 50_000_00 },
        { category: 'operating', amount: 50_000_00 },
      ]),
      'new-bedford',
    );
    expect(result.requiredMatch).toBe(12_500_00);
    expect(result.request?.matchBase).toBe(50_000_00);
  });

  test('administrative and indirect costs are in the match base', () => {
    // ($80,000 + $7,000 admin + $3,000 indirect) × 25% = $22,500.
    const result = run(
      cocInput(
        [
          { category: 'rental-assistance', amount: 80_000_00 },
          { category: 'admin', amount: 7_000_00 },
          { category: 'indirect', amount: 3_000_00 },
        ],
        { indirectRate: { method: 'negotiated', negotiatedRate: 10_000 } },
      ),
    );
    expect(result.requiredMatch).toBe(22_500_00);
  });

  test('$400,000 with $100,000 leasing needs $75,000', () => {
    // ($400,000 − $100,000) × 25% = $75,000.
    const result = run(
      cocInput([
        { category: 'leasing', amount: 100_000_00 },
        { category: 'operating', amount: 300_000_00 },
      ]),
    );
    expect(result.requiredMatch).toBe(75_000_00);
  });

  test('an all-leasing request of $120,000 needs no match', () => {
    const result = run(cocInput([{ category: 'leasing', amount: 120_000_00 }]));
    expect(result.requiredMatch).toBe(0);
    expect(result.reasons[0]?.text).toContain('25% × ($120,000.00 total request − $120,000.00 leasing) = 25% × $0.00 = $0.00');
  });

  test('a share that falls between cents rounds up, because the match is a minimum', () => {
    // 25% × $1,000.02 = $250.005 → $250.01.
    const result = run(cocInput([{ category: 'operating', amount: 1_000_02 }]));
    expect(result.requiredMatch).toBe(250_01);
    expect(result.reasons[0]?.text).toContain('rounded up to the cent');
  });

  test('the Pima 2023–24 budget of $253,018 needs $63,254.50', () => {
    // 25% × $253,018 = $63,254.50 exactly.
    const result = run(
      cocInput(
        [
          { category: 'rental-assistance', amount: 249_351_00 },
          { category: 'indirect', amount: 3_667_00 },
        ],
        {
          asOf: '2023-05-01',
          indirectRate: { method: 'de-minimis' },
        },
      ),
      'tucson-pima',
    );
    expect(result.requiredMatch).toBe(63_254_50);
  });

  test('a date before the CoC interim rule is refused on the application date', () => {
    expect(errorsFor(cocInput([{ category: 'operating', amount: 1_000_00 }], { asOf: '2012-08-29' }))).toEqual([
      {
        path: 'asOf',
        message:
          'HUD federal baseline has no value for "CoC match as a share of the grant request, excluding leasing" in force on 2012-08-29: the earliest is from 2012-08-30. Choose a later application date.',
      },
    ]);
  });

  test('the rule in force on its first day applies', () => {
    expect(run(cocInput([{ category: 'operating', amount: 1_000_00 }], { asOf: '2012-08-30' })).requiredMatch).toBe(250_00);
  });
});

describe('ESG required match (24 CFR 576.201)', () => {
  const esg = (esgGrant: number, recipientType: string, extra: object = {}) => ({
    program: 'ESG',
    asOf: '2024-06-01',
    esgGrant,
    recipientType,
    sources: [],
    ...extra,
  });

  test('a city matches its whole grant: $250,000 needs $250,000', () => {
    expect(run(esg(250_000_00, 'metropolitan-city')).requiredMatch).toBe(250_000_00);
  });

  test('an urban county matches its whole grant', () => {
    expect(run(esg(80_000_00, 'urban-county')).requiredMatch).toBe(80_000_00);
  });

  test('a State that passes the exception on matches all but the first $100,000: $1,000,000 needs $900,000', () => {
    // $1,000,000 − $100,000 = $900,000.
    const result = run(esg(1_000_000_00, 'state', { stateTransfersExemption: true }));
    expect(result.requiredMatch).toBe(900_000_00);
    expect(result.esg).toEqual({ grant: 1_000_000_00, recipientType: 'state', unmatchedPortion: 100_000_00 });
  });

  test('a State grant of exactly $100,000 needs no match; $100,000.01 needs one cent', () => {
    expect(run(esg(100_000_00, 'state', { stateTransfersExemption: true })).requiredMatch).toBe(0);
    expect(run(esg(100_000_01, 'state', { stateTransfersExemption: true })).requiredMatch).toBe(1);
    expect(run(esg(60_000_00, 'state', { stateTransfersExemption: true })).requiredMatch).toBe(0);
  });

  test('a State that keeps the exception instead of passing it on matches the whole grant', () => {
    const result = run(esg(1_000_000_00, 'state', { stateTransfersExemption: false }));
    expect(result.requiredMatch).toBe(1_000_000_00);
    expect(result.reasons[0]?.code).toBe('esg-state-exception-not-passed-on');
  });

  test('a territory needs no match', () => {
    const result = run(esg(500_000_00, 'territory'));
    expect(result.requiredMatch).toBe(0);
    expect(result.reasons[0]?.citations[0]).toMatchObject({ section: '24-cfr-576-201-matching-requirement' });
  });

  test('ESG results carry no CoC budget checks', () => {
    expect(run(esg(250_000_00, 'metropolitan-city'), 'new-bedford').checks).toEqual([]);
  });
});

describe('dates and proposals', () => {
  test('a State grant dated before the ESG interim rule is refused on the application date', () => {
    const input = {
      program: 'ESG',
      asOf: '2012-01-03',
      esgGrant: 1_000_000_00,
      recipientType: 'state',
      stateTransfersExemption: true,
      sources: [],
    };
    expect(errorsFor(input)[0]?.path).toBe('asOf');
    expect(run({ ...input, asOf: '2012-01-04' }).requiredMatch).toBe(900_000_00);
  });

  test('a proposed CoC rate runs through options.parameters without touching the adopted set', () => {
    const proposal = overlayParameters(matchParameterSets.hud, 'raise match to 30%', [
      { parameter: 'match.coc.rate', value: 3000, effective: '2026-01-01' },
    ]);
    if (!proposal.ok) throw new Error('overlay refused');
    const input = cocInput([{ category: 'operating', amount: 100_000_00 }], { asOf: '2026-01-01' });
    // 30% × $100,000 = $30,000 under the proposal; 25% = $25,000 under the adopted rule.
    const proposed = computeMatch(input, { parameters: proposal.value });
    expect(proposed.ok && proposed.value).toMatchObject({ requiredMatch: 30_000_00, parameterSet: { revision: 'raise match to 30%' } });
    expect(run(input).requiredMatch).toBe(25_000_00);
  });
});
