import type { SustainableCtInput } from '../../calculators/priority/scoring/sustainableCtSchema';
import { fromYesNo } from './shared/answers';
import { type Values, empty, type Training, type PartKey } from './PointsSustainableCt';

/** A worked example's answers as the island's fields, for the example links on the tool page (kept out of the island's bundle). */
export const fromExample = (input: SustainableCtInput): { values: Values; trainings: Training[] } => {
  const credit = (part: PartKey, claim?: { completed: string; previouslyCredited: boolean; ongoingImpact?: boolean | undefined }) => ({
    [`${part}-completed`]: claim?.completed ?? '',
    [`${part}-previouslyCredited`]: fromYesNo(claim?.previouslyCredited),
    [`${part}-ongoingImpact`]: fromYesNo(claim?.ongoingImpact),
  });
  return {
    values: {
      ...empty,
      asOf: input.asOf,
      municipality: input.municipality ?? '',
      year: String(input.certificationYear),
      recertifying: fromYesNo(input.recertifyingInExpirationYear),
      claimLiaison: input.liaison ? 'yes' : 'no',
      claimTrainings: input.trainings?.length ? 'yes' : 'no',
      claimTaskForce: input.taskForce ? 'yes' : 'no',
      claimForum: input.resourceForum ? 'yes' : 'no',
      ...credit('liaison', input.liaison),
      ...credit('taskForce', input.taskForce),
      ...credit('resourceForum', input.resourceForum),
      contactPosted: fromYesNo(input.liaison?.contactPosted),
      meetsCan: fromYesNo(input.liaison?.meetsCanQuarterly),
      team: input.liaison?.sustainabilityTeam ?? '',
      taskForceCan: fromYesNo(input.taskForce?.withCan),
      lived: fromYesNo(input.taskForce?.fundedLivedExperienceMembers),
      forumCan: fromYesNo(input.resourceForum?.withCan),
      specific: fromYesNo(input.resourceForum?.municipalitySpecific),
    },
    trainings: (input.trainings ?? []).map((t) => ({ ...t, previouslyCredited: fromYesNo(t.previouslyCredited) })),
  };
};
