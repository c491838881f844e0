import type { Outcome } from '../core/outcome';
import type { RuleOptions } from '../core/options';
import { budgetLine } from './budgetLine';
import { assistanceLimits } from './limits';
import { nashvilleBudget } from './nashvilleBudget';
import type { ModeAnswer, RentResult } from './result';
import type { RuleReader } from './ruleReader';
import { runRentMode } from './runMode';
import { RentInput } from './schemas/rentInput';
import { incomeBasedRent } from './tenantRent';
import { rrhTierMode } from './tierMode';

function answer(rules: RuleReader, input: RentInput): Outcome<ModeAnswer> {
  switch (input.mode) {
    case 'rrh-tier':
      return rrhTierMode(rules, input);
    case 'nashville-budget':
      return nashvilleBudget(rules, input);
    case 'income-based':
      return incomeBasedRent(rules, input);
    case 'limits':
      return assistanceLimits(rules, input);
    case 'budget-line':
      return budgetLine(rules, input);
  }
}

/**
 * Rent, tiers, utility allowance and limits: one entry point for every rent question, chosen by
 * `mode`. Runs under the jurisdiction's adopted parameters, or `options.parameters` (a proposal).
 */
export const calculateRent = (input: unknown, options: RuleOptions = {}): Outcome<RentResult> =>
  runRentMode(RentInput, answer, input, options);
