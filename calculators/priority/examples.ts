import { householdOrderExamples } from './examples/orderHouseholds';
import { nashvilleListExamples } from './examples/nashvilleList';
import { nashvilleRrhScoreExamples } from './examples/nashville';
import { orderOfPriorityExamples } from './examples/orderOfPriority';
import { tpchPriorityExamples } from './examples/tpch';

export { householdOrderExamples, nashvilleListExamples, nashvilleRrhScoreExamples, orderOfPriorityExamples, tpchPriorityExamples };

/** Every worked-example book of the prioritization tools (part A), for calculators/examples.ts. */
export const priorityExampleBooks = [
  tpchPriorityExamples,
  nashvilleRrhScoreExamples,
  nashvilleListExamples,
  orderOfPriorityExamples,
  householdOrderExamples,
] as const;
