import { describe, expect, test } from 'vitest';
import * as z from 'zod/mini';
import { calculateRent } from './calculateRent';
import { RentInput } from './schemas/rentInput';
import { errorsOf, limitsInput } from './testInputs';

const tier = (contractRent: unknown) => errorsOf({ mode: 'rrh-tier', asOf: '2024-01-15', contractRent }, 'tucson-pima');

describe('bad money is flagged with a message that names the field', () => {
  test('negative rent', () =>
    expect(tier(-1)).toEqual([{ path: 'contractRent', message: 'The monthly contract rent cannot be negative' }]));
  test('rent that is not a number', () =>
    expect(tier('900')).toEqual([
      { path: 'contractRent', message: 'The monthly contract rent must be an amount in dollars and cents, like 1,250.00' },
    ]));
  test('rent with more than two decimal places (a fraction of a cent)', () => {
    expect(tier(900.5)).toEqual([
      {
        path: 'contractRent',
        message: 'The monthly contract rent has more than two decimal places: enter dollars and cents, like 1,250.00',
      },
    ]);
  });
  test('a rent of $1,000,000 a month is implausible', () => {
    expect(tier(1_000_000_00)).toEqual([
      { path: 'contractRent', message: 'The monthly contract rent is implausibly large (more than $50,000): check the amount' },
    ]);
  });
  test('a rent of $50,000 a month is accepted, one cent more is not', () => {
    expect(calculateRent({ mode: 'rrh-tier', asOf: '2024-01-15', contractRent: 50_000_00 }, { jurisdiction: 'tucson-pima' }).ok).toBe(true);
    expect(tier(50_000_01)[0]?.path).toBe('contractRent');
  });
  test('not a number at all', () => {
    expect(tier(Number.NaN)[0]?.path).toBe('contractRent');
    expect(tier(Number.POSITIVE_INFINITY)[0]?.path).toBe('contractRent');
  });
  test('missing rent', () => expect(tier(undefined)).toEqual([{ path: 'contractRent', message: 'Enter the monthly contract rent' }]));
});

describe('the question asked must be one the calculator answers', () => {
  test('no mode', () =>
    expect(errorsOf({ asOf: '2024-01-15' })).toEqual([
      { path: 'mode', message: 'Choose what to calculate (mode): rrh-tier, nashville-budget, income-based, limits, budget-line' },
    ]));
  test('not an object', () => expect(errorsOf(42)).toEqual([{ path: '', message: 'Send the answers as an object with a mode' }]));
  test('a date that is not on the calendar', () => {
    expect(errorsOf({ ...limitsInput(), asOf: '2023-02-29' })).toEqual([
      { path: 'asOf', message: 'Enter the date the calculation is for as a real date written YYYY-MM-DD, like 2024-03-31' },
    ]);
  });
  test('every problem is reported at once', () => {
    const paths = errorsOf({ ...limitsInput(), contractRent: -5, monthsRequested: 1.5, program: 'hopwa' }).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['contractRent', 'monthsRequested', 'program']));
  });
});

test('every field of every mode describes itself, so forms and docs can be generated', () => {
  const undescribed: string[] = [];
  const visit = (schema: unknown, path: string) => {
    const def = (schema as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    if (!def) return;
    if (def.type === 'object') {
      for (const [key, field] of Object.entries(def.shape as Record<string, unknown>)) {
        if (key === 'mode') continue;
        const inner = unwrap(field);
        const described = hasDescription(field) || hasDescription(inner);
        if (!described) undescribed.push(`${path}.${key}`);
        visit(inner, `${path}.${key}`);
      }
    }
    if (def.type === 'array') visit(def.element, `${path}[]`);
    if (def.type === 'union') for (const option of def.options as unknown[]) visit(option, path);
  };
  visit(RentInput, 'RentInput');
  expect(undescribed).toEqual([]);
});

function unwrap(schema: unknown): unknown {
  const def = (schema as { _zod: { def: { type: string; innerType?: unknown } } })._zod.def;
  return (def.type === 'optional' || def.type === 'nullable') && def.innerType ? unwrap(def.innerType) : schema;
}

function hasDescription(schema: unknown): boolean {
  return Boolean(z.globalRegistry.get(schema as z.ZodMiniType)?.description);
}
