import { describe, expect, test } from 'vitest';
import { cash, cocInput, errorsFor } from './testInputs';
import type { MatchSource } from './schemas';

const line = { category: 'rental-assistance' as const, amount: 90_000_00 };

describe('bad input gets a message a person can act on', () => {
  test('something that is not an object', () => {
    for (const input of [null, undefined, 'match', 42, []]) {
      expect(errorsFor(input)).toEqual([
        { path: '', message: 'Send the match details as an object with a program, an application date and a list of sources' },
      ]);
    }
  });

  test('nothing answered', () => {
    expect(errorsFor({})).toEqual([
      { path: 'program', message: 'Choose the program: CoC or ESG' },
      { path: 'asOf', message: 'Enter the application date' },
      { path: 'sources', message: 'List the match sources' },
    ]);
  });

  test('negative amounts, on a budget line and on a source', () => {
    expect(errorsFor(cocInput([{ category: 'admin', amount: -5 }], { sources: [cash('City', -100)] }))).toEqual([
      { path: 'budget.0.amount', message: 'Budget line 1: the amount requested cannot be negative' },
      { path: 'sources.0.amount', message: 'Source 1 (“City”): the amount of the source cannot be negative' },
    ]);
  });

  test('amounts that are not whole cents or not numbers', () => {
    expect(
      errorsFor(
        cocInput([
          { category: 'operating', amount: 12.5 },
          { category: 'operating', amount: Number.NaN },
        ]),
      ),
    ).toEqual([
      {
        path: 'budget.0.amount',
        message: 'Budget line 1: the amount requested has more than two decimal places: enter dollars and cents, like 1,250.00',
      },
      { path: 'budget.1.amount', message: 'Budget line 2: the amount requested must be an amount in dollars and cents, like 1,250.00' },
    ]);
  });

  test('a source with no origin', () => {
    const { origin: _origin, ...noOrigin } = cash('Foundation grant', 5_000_00);
    expect(errorsFor(cocInput([line], { sources: [noOrigin as MatchSource] }))).toEqual([
      { path: 'sources.0.origin', message: 'Source 1 (“Foundation grant”): choose where the source comes from' },
    ]);
  });

  test('duplicate sources, however they are capitalised or spaced', () => {
    expect(
      errorsFor(cocInput([line], { sources: [cash('City  CDBG', 5_000_00), cash('State', 1_00), cash('city cdbg', 5_000_00)] })),
    ).toEqual([
      {
        path: 'sources.2.name',
        message: 'Source 3 (“city cdbg”) is listed twice (sources 1 and 3): list each source once, or name them apart',
      },
    ]);
  });

  test('an admin share over the request: admin and indirect costs cannot be the whole request', () => {
    expect(errorsFor(cocInput([{ category: 'admin', amount: 7_000_00 }]))).toEqual([
      {
        path: 'budget',
        message:
          'Administrative and indirect costs make up the whole request ($7,000.00 of $7,000.00): they are a share of a request for program costs, so add the lines they support',
      },
    ]);
  });

  test('an empty budget, and a budget that adds up to nothing', () => {
    expect(errorsFor(cocInput([]))).toEqual([
      { path: 'budget', message: 'Add at least one budget line: the CoC match is a share of the request' },
    ]);
    expect(errorsFor(cocInput([{ category: 'operating', amount: 0 }]))).toEqual([
      { path: 'budget', message: 'The request totals $0.00: enter the amounts requested' },
    ]);
  });

  test('a request total beyond the plausibility ceiling', () => {
    const big = { category: 'operating' as const, amount: 60_000_000_00 };
    expect(errorsFor(cocInput([big, big]))).toEqual([
      { path: 'budget', message: 'The request totals $120,000,000.00, more than $100,000,000: check the amounts' },
    ]);
  });

  test('a CoC request without its status or project type', () => {
    const { projectStatus: _s, component: _c, ...rest } = cocInput([line]);
    expect(errorsFor(rest)).toEqual([
      { path: 'projectStatus', message: 'Choose whether the project is new or a renewal' },
      { path: 'component', message: 'Choose the project type' },
    ]);
  });
});

describe('contradictory answers are errors that explain the contradiction', () => {
  test('ESG answers on a CoC request', () => {
    expect(errorsFor(cocInput([line], { esgGrant: 100_00, recipientType: 'state' }))).toEqual([
      { path: 'esgGrant', message: 'The ESG grant amount is for ESG only: remove it, or choose ESG as the program instead of CoC' },
      {
        path: 'recipientType',
        message: 'The kind of ESG recipient is for ESG only: remove it, or choose ESG as the program instead of CoC',
      },
    ]);
  });

  test('CoC budget lines on an ESG grant', () => {
    expect(
      errorsFor({ program: 'ESG', asOf: '2024-06-01', esgGrant: 100_00, recipientType: 'urban-county', budget: [line], sources: [] }),
    ).toEqual([{ path: 'budget', message: 'The budget lines are for CoC only: remove them, or choose CoC as the program instead of ESG' }]);
  });

  test('an ESG grant missing its amount or recipient, and a State that does not say whether it passes the exception on', () => {
    expect(errorsFor({ program: 'ESG', asOf: '2024-06-01', sources: [] })).toEqual([
      { path: 'esgGrant', message: 'Enter the ESG grant amount' },
      { path: 'recipientType', message: 'Choose the kind of ESG recipient' },
    ]);
    expect(errorsFor({ program: 'ESG', asOf: '2024-06-01', esgGrant: 100_00, recipientType: 'state', sources: [] })).toEqual([
      {
        path: 'stateTransfersExemption',
        message: 'Answer yes or no: does the State pass the $100,000 exception on to the subrecipients least able to match?',
      },
    ]);
  });

  test('the State exception answered for a city', () => {
    expect(
      errorsFor({
        program: 'ESG',
        asOf: '2024-06-01',
        esgGrant: 100_00,
        recipientType: 'metropolitan-city',
        stateTransfersExemption: true,
        sources: [],
      }),
    ).toEqual([
      {
        path: 'stateTransfersExemption',
        message: 'Only a State has the first-$100,000 exception: remove this answer, or choose State as the kind of recipient',
      },
    ]);
  });

  test('a cash source with an MOU or an in-kind type', () => {
    const mou = { service: 'x', profession: 'y', hourlyRate: 1_00, hours: 1, unconditional: true };
    expect(errorsFor(cocInput([line], { sources: [cash('City', 5_00, { inKindType: 'property-or-goods', mou })] }))).toEqual([
      {
        path: 'sources.0.inKindType',
        message: 'Source 1 (“City”) is cash, so it has no in-kind type: remove the in-kind type or choose in-kind',
      },
      {
        path: 'sources.0.mou',
        message: 'Source 1 (“City”) is cash, but an MOU documents in-kind services: remove the MOU or choose in-kind',
      },
      {
        path: 'sources.0.mou',
        message:
          'Source 1 (“City”) is property or goods, but an MOU documents a third party’s services: remove the MOU or choose third-party services',
      },
    ]);
  });

  test('an in-kind source that does not say what kind', () => {
    expect(errorsFor(cocInput([line], { sources: [cash('Church', 5_00, { kind: 'in-kind' })] }))).toEqual([
      {
        path: 'sources.0.inKindType',
        message: 'Source 1 (“Church”): choose whether the in-kind source is services from a third party, or property, equipment or goods',
      },
    ]);
  });

  test('an MOU amount that disagrees with hours × rate', () => {
    // 10 hours × $50.00 = $500.00, not $600.00.
    const source: MatchSource = {
      ...cash('Clinic', 600_00, { kind: 'in-kind', inKindType: 'third-party-services' }),
      mou: { service: 'counselling', profession: 'social worker', hourlyRate: 50_00, hours: 10, unconditional: true },
    };
    expect(errorsFor(cocInput([line], { sources: [source] }))).toEqual([
      {
        path: 'sources.0.amount',
        message:
          'Source 1 (“Clinic”): the amount $600.00 differs from the MOU’s value, 10 hours × $50.00 = $500.00. Correct the amount, the hours or the rate, or leave the amount out',
      },
    ]);
  });

  test('a source with neither an amount nor an MOU, or an amount of $0', () => {
    const { amount: _amount, ...noAmount } = cash('City', 1);
    expect(errorsFor(cocInput([line], { sources: [noAmount as MatchSource, cash('County', 0)] }))).toEqual([
      { path: 'sources.0.amount', message: 'Source 1 (“City”): enter the amount of the source' },
      { path: 'sources.1.amount', message: 'Source 2 (“County”): the amount is $0.00; enter the amount committed, or remove the source' },
    ]);
  });

  test('supportive service answers on the wrong kind of line, or missing on a services line', () => {
    expect(
      errorsFor(
        cocInput([
          { category: 'operating', amount: 1_00, serviceCost: 'food', participantSupport: true },
          { category: 'supportive-services', amount: 1_00 },
        ]),
      ),
    ).toEqual([
      {
        path: 'budget.0.serviceCost',
        message:
          'Budget line 1 is not a supportive services line, so it names no supportive service cost: remove it or change the category',
      },
      {
        path: 'budget.0.participantSupport',
        message: 'Budget line 1: only supportive services lines are participant support costs here: untick it or change the category',
      },
      { path: 'budget.1.serviceCost', message: 'Budget line 2: choose which supportive service cost this line pays for' },
    ]);
  });

  test('indirect costs with no rate, or a rate that contradicts itself', () => {
    const withIndirect = [line, { category: 'indirect' as const, amount: 1_00 }];
    expect(errorsFor(cocInput(withIndirect))).toEqual([
      {
        path: 'indirectRate.method',
        message: 'The budget has indirect costs: say whether they use the de minimis rate or a negotiated rate',
      },
    ]);
    expect(errorsFor(cocInput(withIndirect, { indirectRate: { method: 'de-minimis', negotiatedRate: 2550 } }))).toEqual([
      {
        path: 'indirectRate.negotiatedRate',
        message: 'You chose the de minimis rate and also gave a negotiated rate: remove the negotiated rate, or choose the negotiated rate',
      },
    ]);
    expect(errorsFor(cocInput(withIndirect, { indirectRate: { method: 'negotiated' } }))).toEqual([
      { path: 'indirectRate.negotiatedRate', message: 'Enter the negotiated indirect cost rate' },
    ]);
  });
});
