import { sumCents, type Cents } from '../core/money';
import { budgetCategories, type BudgetCategory, type BudgetLine } from './schemas';

/** A CoC request added up: each category, the total, and the bases the rules apply to. */
export type RequestTotals = {
  byCategory: Record<BudgetCategory, Cents>;
  /** Every line, administrative and indirect costs included. */
  total: Cents;
  /** The total less leasing: what the CoC match is a share of. */
  matchBase: Cents;
  /** The total less indirect costs. */
  directCosts: Cents;
  /** Supportive services lines marked as participant support costs. */
  participantSupport: Cents;
  /** Direct costs less rental assistance, leasing (rental costs) and participant support. */
  modifiedTotalDirectCosts: Cents;
};

/** Adds up a CoC budget by category and works out the match base and modified total direct costs. */
export function addUpRequest(budget: readonly BudgetLine[]): RequestTotals {
  const byCategory = Object.fromEntries(
    budgetCategories.map((category) => [
      category,
      sumCents(budget.filter((line) => line.category === category).map((line) => line.amount)),
    ]),
  ) as Record<BudgetCategory, Cents>;
  const total = sumCents(Object.values(byCategory));
  const participantSupport = sumCents(
    budget.filter((line) => line.category === 'supportive-services' && line.participantSupport === true).map((line) => line.amount),
  );
  const directCosts = total - byCategory.indirect;
  return {
    byCategory,
    total,
    matchBase: total - byCategory.leasing,
    directCosts,
    participantSupport,
    modifiedTotalDirectCosts: directCosts - byCategory['rental-assistance'] - byCategory.leasing - participantSupport,
  };
}

/** Labels for the budget categories, as they read in a sentence. */
export const categoryLabels: Record<BudgetCategory, string> = {
  leasing: 'leasing',
  'rental-assistance': 'rental assistance',
  'supportive-services': 'supportive services',
  operating: 'operating costs',
  hmis: 'HMIS',
  admin: 'administrative costs',
  indirect: 'indirect costs',
};
