import type { ExampleBook } from './core/examples';
import { rrhTierExamples } from './rent/examples';
import { rentExamples } from './rent/rentExamples';
import { eligibilityExamples } from './eligibility/examples';
import { chronicExamples } from './chronic/examples';
import { projectRecordkeepingExamples } from './chronic/projectExamples';
import { serviceNeedsExamples } from './chronic/spdatExamples';
import { matchExamples } from './match/examples';
import { tpchPriorityExamples } from './priority/examples/tpch';
import { orderOfPriorityExamples } from './priority/examples/orderOfPriority';
import { householdOrderExamples } from './priority/examples/orderHouseholds';
import { nashvilleRrhScoreExamples } from './priority/examples/nashville';
import { nashvilleListExamples } from './priority/examples/nashvilleList';
import { sustainableCtExamples } from './priority/scoring/examples/sustainableCt';
import { renewalExamples } from './priority/scoring/examples/renewal';
import { performanceExamples } from './priority/scoring/examples/performance';
import { newProjectExamples } from './priority/scoring/examples/newProject';
import { rankingExamples } from './priority/scoring/examples/ranking';

/** Every calculator's worked examples: unit tests, tool pages and revision-impact tables read this list. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- books differ in input and result types
export const exampleBooks: ExampleBook<any, any>[] = [
  eligibilityExamples,
  chronicExamples,
  projectRecordkeepingExamples,
  serviceNeedsExamples,
  rrhTierExamples,
  rentExamples,
  matchExamples,
  tpchPriorityExamples,
  nashvilleRrhScoreExamples,
  nashvilleListExamples,
  householdOrderExamples,
  orderOfPriorityExamples,
  renewalExamples,
  newProjectExamples,
  rankingExamples,
  performanceExamples,
  sustainableCtExamples,
];
