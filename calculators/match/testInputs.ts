import type { JurisdictionId } from '../core/parameters';
import { computeMatch } from './compute';
import type { MatchResult } from './result';
import type { BudgetLine, MatchInput, MatchSource } from './schemas';

/** Test helper: a CoC request with the given lines and sources (new PSH project unless overridden). */
export const cocInput = (budget: BudgetLine[], overrides: Partial<MatchInput> = {}): MatchInput => ({
  program: 'CoC',
  asOf: '2019-08-09',
  projectStatus: 'new',
  component: 'permanent-supportive-housing',
  budget,
  sources: [],
  ...overrides,
});

/** Test helper: a cash match source from a local government, committed before the application date. */
export const cash = (name: string, amount: number, overrides: Partial<MatchSource> = {}): MatchSource => ({
  name,
  kind: 'cash',
  origin: 'local',
  amount,
  commitmentDate: '2016-07-01',
  offeredAs: 'match',
  ...overrides,
});

/** Test helper: runs the calculator and fails loudly when the input is refused, so a test reads the result directly. */
export function run(input: unknown, jurisdiction: JurisdictionId = 'hud'): MatchResult {
  const outcome = computeMatch(input, { jurisdiction });
  if (!outcome.ok) throw new Error(`Input refused: ${JSON.stringify(outcome.errors)}`);
  return outcome.value;
}

/** Test helper: the errors for an input the calculator refuses. */
export function errorsFor(input: unknown, jurisdiction: JurisdictionId = 'hud'): { path: string; message: string }[] {
  const outcome = computeMatch(input, { jurisdiction });
  if (outcome.ok) throw new Error('Expected the input to be refused');
  return outcome.errors;
}

/** Test helper: one check's outcome by code. */
export const checkOf = (result: MatchResult, code: string) => result.checks.find((c) => c.code === code);
