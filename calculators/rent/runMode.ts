import type * as z from 'zod/mini';
import { fail, ok, parseInput, type Outcome } from '../core/outcome';
import type { RuleOptions } from '../core/options';
import type { ParameterSet } from '../core/parameters';
import { chooseRentParameters } from '../parameters/rent';
import { noFigures, type ModeAnswer, type RentResult } from './result';
import { MissingRuleData, ruleReader, type RuleReader } from './ruleReader';

/**
 * Validates input, reads the parameters of `set` in force on its date and runs one rent question, turning
 * a parameter missing on that date into a field error. Shared by calculateRent and the per-question entry
 * points islands import (so a page ships only the rules it uses, and no jurisdiction's numbers it does not).
 */
export function runRentModeUnder<S extends z.ZodMiniType<{ asOf: string }>>(
  set: ParameterSet,
  schema: S,
  answer: (rules: RuleReader, input: z.infer<S>) => Outcome<ModeAnswer>,
  input: unknown,
): Outcome<RentResult> {
  const parsed = parseInput(schema, input);
  if (!parsed.ok) return parsed;
  const rules = ruleReader(set, parsed.value.asOf);
  let outcome: Outcome<ModeAnswer>;
  try {
    outcome = answer(rules, parsed.value);
  } catch (error) {
    if (error instanceof MissingRuleData) return fail([{ path: error.path, message: error.message }]);
    throw error;
  }
  if (!outcome.ok) return outcome;
  const { figures, reasons, ...detail } = outcome.value;
  return ok({
    ...noFigures,
    ...figures,
    ...detail,
    asOf: parsed.value.asOf,
    parameterSet: { id: set.id, label: set.label, ...(set.revision ? { revision: set.revision } : {}) },
    parametersUsed: rules.used(),
    reasons,
  });
}

/** runRentModeUnder with the set chosen by options: the jurisdiction's adopted set, or `options.parameters`. */
export const runRentMode = <S extends z.ZodMiniType<{ asOf: string }>>(
  schema: S,
  answer: (rules: RuleReader, input: z.infer<S>) => Outcome<ModeAnswer>,
  input: unknown,
  options: RuleOptions = {},
): Outcome<RentResult> => runRentModeUnder(chooseRentParameters(options), schema, answer, input);
