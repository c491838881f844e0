import type { JurisdictionId, ParameterSet } from '../core/parameters';
import { calculateRent } from './calculateRent';
import type { RentResult } from './result';
import type { RentInput } from './schemas/rentInput';

/** Test helpers: inputs with sensible defaults, and runners that fail loudly. Not part of the public API. */

type IncomeBased = Extract<RentInput, { mode: 'income-based' }>;
type Limits = Extract<RentInput, { mode: 'limits' }>;
type Member = IncomeBased['members'][number];

/** A head of household with one yearly wage. */
export const head = (annualWages: number, extra: Partial<Member> = {}): Member => ({
  name: 'Head',
  relationship: 'head',
  age: 40,
  dependent: false,
  incomeSources: annualWages > 0 ? [{ label: 'Wages', kind: 'earned', amount: annualWages, frequency: 'annually' }] : [],
  ...extra,
});

/** A dependent child without income. */
export const dependentChild = (name: string, age = 8): Member => ({ name, relationship: 'other', age, dependent: true, incomeSources: [] });

/** Income-based rent input for a CoC PSH participant. */
export const incomeBasedInput = (members: Member[], extra: Partial<IncomeBased> = {}): IncomeBased => ({
  mode: 'income-based',
  asOf: '2023-06-01',
  component: 'permanent-supportive-housing',
  charge: 'rental-assistance-rent',
  members,
  elderlyOrDisabledFamily: false,
  ...extra,
});

/** A limits check for ESG rapid re-housing that passes every limit unless `extra` changes it. */
export const limitsInput = (extra: Partial<Limits> = {}): Limits => ({
  mode: 'limits',
  asOf: '2024-06-01',
  program: 'esg',
  component: 'rapid-rehousing',
  assistance: 'rental-assistance',
  contractRent: 1_000_00,
  fmr: { source: 'entered', amount: 1_200_00 },
  reasonableRent: 1_100_00,
  monthsAlreadyAssisted: 0,
  monthsRequested: 1,
  otherPublicRentalAssistance: false,
  ...extra,
});

type Options = JurisdictionId | { parameters: ParameterSet };
const toOptions = (o: Options) => (typeof o === 'string' ? { jurisdiction: o } : o);

/** Runs calculateRent and returns the result of the expected mode, or throws with the errors. */
export function run<M extends RentResult['mode']>(mode: M, input: unknown, options: Options = 'hud'): Extract<RentResult, { mode: M }> {
  const outcome = calculateRent(input, toOptions(options));
  if (!outcome.ok) throw new Error(`Expected a result, got errors: ${JSON.stringify(outcome.errors)}`);
  if (outcome.value.mode !== mode) throw new Error(`Expected mode ${mode}, got ${outcome.value.mode}`);
  return outcome.value as Extract<RentResult, { mode: M }>;
}

/** Runs calculateRent and returns its errors, or throws if it succeeded. */
export function errorsOf(input: unknown, options: Options = 'hud'): { path: string; message: string }[] {
  const outcome = calculateRent(input, toOptions(options));
  if (outcome.ok) throw new Error('Expected errors, got a result');
  return outcome.errors;
}

/** The check with this id from a limits result. */
export function checkOf(result: Extract<RentResult, { mode: 'limits' }>, id: string) {
  const found = result.detail.checks.find((c) => c.id === id);
  if (!found) throw new Error(`No check "${id}" in ${result.detail.checks.map((c) => c.id).join(', ')}`);
  return found;
}
