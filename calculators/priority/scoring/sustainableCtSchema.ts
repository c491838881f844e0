import * as z from 'zod/mini';
import { asOfField, choiceField, countField, dateField, labelField, yesNoField } from './fields';

/** How the liaison relates to the municipality's Sustainability Team. */
export const TEAM_RELATIONSHIPS = ['member', 'meets-annually', 'neither'] as const;
export const TRAINING_ATTENDEES = ['liaison', 'staff-or-official'] as const;
export const TRAINING_TOPICS = ['race-equity', 'can-and-diversion', 'other'] as const;

/** Most trainings one submission lists: far above the 15-point level, low enough to stay fast. */
export const MAX_TRAININGS = 200;

const previouslyCredited = yesNoField(
  'did this item receive Sustainable CT credit before?',
  'The item received credit in an earlier certification',
);
const ongoingImpact = z.optional(
  yesNoField(
    'can you show ongoing, currently relevant and meaningful impact?',
    'Needed only for rolling credit: the municipality can show the item’s ongoing, currently relevant and meaningful impact',
  ),
);
const completed = (what: string) => dateField(`the date the ${what} was completed`, `When the ${what} was completed, YYYY-MM-DD`);

/** Part 1a: the municipal liaison for homeless services. */
export const LiaisonInput = z.object({
  completed: completed('liaison designation'),
  contactPosted: yesNoField(
    'are the liaison’s name, title and contact details posted on the municipal website?',
    'The liaison’s name, title and contact information are posted on the municipal website',
  ),
  meetsCanQuarterly: yesNoField(
    'does the liaison meet a CAN representative, or attend a CAN meeting, at least once a quarter?',
    'The liaison meets a representative of the Coordinated Access Network, or attends a CAN meeting, at least once per quarter',
  ),
  sustainabilityTeam: choiceField(
    'how the liaison relates to the Sustainability Team',
    TEAM_RELATIONSHIPS,
    '"member": on the Sustainability Team; "meets-annually": meets it at least once a year; "neither"',
    'a member, meets it at least once a year, or neither',
  ),
  previouslyCredited,
  ongoingImpact,
});

/** One person's attendance at one training, for part 1b. */
export const TrainingInput = z.object({
  name: labelField('the training’s name', 'The name of the training'),
  date: dateField('the date of the training', 'When the training took place, YYYY-MM-DD'),
  attendee: choiceField(
    'who attended',
    TRAINING_ATTENDEES,
    '"liaison": the designated liaison; "staff-or-official": other municipal staff or an elected official',
    'the liaison, or other staff or an elected official',
  ),
  topic: choiceField(
    'the training’s topic',
    TRAINING_TOPICS,
    '"race-equity": race equity and homelessness; "can-and-diversion": CAN function and shelter diversion; "other": any other homelessness topic',
    'race equity and homelessness, CAN function and shelter diversion, or another topic',
  ),
  previouslyCredited,
});

/** Part 2: the municipal task force. */
export const TaskForceInput = z.object({
  completed: completed('task force'),
  withCan: yesNoField(
    'was the task force developed in collaboration with the CAN?',
    'The task force (or existing group used as one) was developed in collaboration with the Coordinated Access Network',
  ),
  fundedLivedExperienceMembers: yesNoField(
    'has the municipality allocated funding to recruit task force members with lived experience of homelessness?',
    'The municipality allocated funding to recruit one or more members with lived experience of homelessness',
  ),
  previouslyCredited,
  ongoingImpact,
});

/** Part 3: the resource-sharing forum. */
export const ResourceForumInput = z.object({
  completed: completed('resource-sharing forum'),
  withCan: yesNoField(
    'was the forum created in collaboration with the CAN?',
    'The forum was created in collaboration with the Coordinated Access Network',
  ),
  municipalitySpecific: yesNoField(
    'does the forum hold resources specific to your municipality?',
    'The repository contains resources specific to the municipality',
  ),
  previouslyCredited,
  ongoingImpact,
});

/** Input for the Sustainable CT homelessness action's points: the parts the municipality claims, with dates. */
export const SustainableCtInput = z.object({
  asOf: asOfField,
  municipality: z.optional(labelField('the municipality', 'The municipality’s name, shown on the printed result')),
  certificationYear: countField('the certification year', 'The year the municipality is seeking certification', { min: 2000, max: 2100 }),
  recertifyingInExpirationYear: yesNoField(
    'is the municipality recertifying in its year of expiration?',
    'The municipality is applying for recertification in the year its certification expires',
  ),
  liaison: z.optional(LiaisonInput),
  trainings: z.optional(
    z
      .array(TrainingInput)
      .check(
        z.maxLength(MAX_TRAININGS, `List at most ${MAX_TRAININGS} training attendances`),
        z.describe('Each person’s attendance at each training'),
      ),
  ),
  taskForce: z.optional(TaskForceInput),
  resourceForum: z.optional(ResourceForumInput),
});
export type SustainableCtInput = z.infer<typeof SustainableCtInput>;

export const CT_PARTS = ['liaison', 'trainings', 'taskForce', 'resourceForum'] as const;
export type CtPart = (typeof CT_PARTS)[number];
