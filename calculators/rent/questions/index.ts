import type { Outcome } from '../../core/outcome';
import type { RuleOptions, SetOptions } from '../../core/options';
import { chooseRentParameters } from '../../parameters/rent';
import type { RentResult } from '../result';
import * as budgetLine from './budgetLine';
import * as incomeBased from './incomeBased';
import * as limits from './limits';
import * as nashvilleBudget from './nashvilleBudget';

/**
 * The per-question entry points under rule options (a jurisdiction's adopted set by default, or
 * `options.parameters`): the public API. Islands import the modules beside this one, which take the set
 * they built, so they ship no jurisdiction's numbers they do not use.
 */
const underOptions =
  (run: (input: unknown, options: SetOptions) => Outcome<RentResult>) =>
  (input: unknown, options: RuleOptions = {}): Outcome<RentResult> =>
    run(input, { parameters: chooseRentParameters(options) });

export const calculateBudgetLine = underOptions(budgetLine.calculateBudgetLine);
export const checkRentLimits = underOptions(limits.checkRentLimits);
export const calculateIncomeBasedRent = underOptions(incomeBased.calculateIncomeBasedRent);
export const calculateNashvilleBudget = underOptions(nashvilleBudget.calculateNashvilleBudget);
