import type { NewBedfordNewProjectInput } from '../../calculators/priority/scoring/newProjectSchema';
import { fromYesNo } from './shared/answers';
import type { Values } from './ScoringNewProject';

const money = (cents: number) => (cents / 100).toFixed(2);

/** A worked example's answers as the island's fields, for the example links on the tool page (kept out of the island's bundle). */
export const fromExample = (input: NewBedfordNewProjectInput): Values => ({
  asOf: input.asOf,
  name: input.projectName ?? '',
  federalFunds: fromYesNo(input.experience.administeredFederalFunds),
  servicePopulation: fromYesNo(input.experience.servedServiceOrPopulation),
  housingFirst: String(input.housingFirstPoints),
  dedicatedBeds: String(input.chronicBeds.dedicated),
  totalBeds: String(input.chronicBeds.total),
  mainstream: String(input.mainstreamPoints),
  lowBarrier: fromYesNo(input.lowBarrier),
  request: money(input.match.request),
  leasing: money(input.match.leasing),
  committed: money(input.match.committed),
  stability: fromYesNo(input.fiscal.financialStability),
  prompt: fromYesNo(input.fiscal.promptExpenditure),
  findings: fromYesNo(input.fiscal.noOutstandingFindings),
  fiscalPoints: input.fiscal.points === undefined ? '' : String(input.fiscal.points),
});
