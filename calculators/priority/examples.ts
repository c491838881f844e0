import { householdOrderExamples } from './examples/orderHouseholds';
import { nashvilleRrhScoreExamples } from './examples/nashville';
import { orderOfPriorityExamples } from './examples/orderOfPriority';
import { tpchPriorityExamples } from './examples/tpch';

export { householdOrderExamples, nashvilleRrhScoreExamples, orderOfPriorityExamples, tpchPriorityExamples };

/** Every worked-example book of the prioritization tools (part A), for calculators/examples.ts. */
export const priorityExampleBooks = [
  tpchPriorityExamples,
  nashvilleRrhScoreExamples,
  orderOfPriorityExamples,
  householdOrderExamples,
] as const;
