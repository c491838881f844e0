import type { NewBedfordRenewalInput } from '../../calculators/priority/scoring/renewalSchema';
import { rateText } from './ScoringParts';
import type { Values } from './ScoringRenewal';

/** A worked example's answers as the island's fields, for the example links on the tool page (kept out of the island's bundle). */
export const fromExample = (input: NewBedfordRenewalInput): Values => ({
  asOf: input.asOf,
  name: input.projectName ?? '',
  scales: input.scales,
  exits: rateText(input.exitsToPermanentHousing),
  earnedStayers: rateText(input.earnedIncomeStayers),
  otherStayers: rateText(input.otherIncomeStayers),
  earnedLeavers: rateText(input.earnedIncomeLeavers),
  otherLeavers: rateText(input.otherIncomeLeavers),
  utilization: rateText(input.bedUtilization),
  basis: input.chronicHomeless.basis,
  persons: rateText(input.chronicHomeless.persons),
  beds: rateText(input.chronicHomeless.beds),
  dataQuality: rateText(input.dataQuality),
  fiscal: rateText(input.fiscalManagement),
});
