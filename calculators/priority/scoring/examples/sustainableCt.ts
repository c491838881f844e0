import { defineExampleBook } from '../../../core/examples';
import { sustainableCtPoints, type SustainableCtResult } from '../sustainableCt';
import type { SustainableCtInput } from '../sustainableCtSchema';

const whatToDo = { doc: 'sustainable-ct-homelessness-action', section: 'what-to-do' };
const timeframe = { doc: 'sustainable-ct-homelessness-action', section: 'timeframe-for-credit' };

const training = (
  name: string,
  date: string,
  attendee: 'liaison' | 'staff-or-official',
  topic: 'race-equity' | 'can-and-diversion' | 'other',
  previouslyCredited = false,
) => ({
  name,
  date,
  attendee,
  topic,
  previouslyCredited,
});

/** The liaison's three required trainings, all in 2023. */
const liaisonTrainings = [
  training('Race equity and homelessness', '2023-02-10', 'liaison', 'race-equity'),
  training('CAN function and shelter diversion', '2023-03-15', 'liaison', 'can-and-diversion'),
  training('Housing First principles', '2023-04-20', 'liaison', 'other'),
];

const everything: SustainableCtInput = {
  asOf: '2024-05-01',
  municipality: 'Example Town',
  certificationYear: 2024,
  recertifyingInExpirationYear: false,
  liaison: {
    completed: '2023-01-15',
    contactPosted: true,
    meetsCanQuarterly: true,
    sustainabilityTeam: 'member',
    previouslyCredited: false,
  },
  trainings: [
    ...liaisonTrainings,
    ...Array.from({ length: 8 }, (_, i) =>
      training(`Trauma-informed care, session ${i + 1}`, `2023-0${(i % 8) + 1}-25`, 'staff-or-official', 'other'),
    ),
  ],
  taskForce: { completed: '2023-06-01', withCan: true, fundedLivedExperienceMembers: true, previouslyCredited: false },
  resourceForum: { completed: '2023-09-01', withCan: true, municipalitySpecific: true, previouslyCredited: false },
};

/** Worked examples of the Sustainable CT homelessness action's points. */
export const sustainableCtExamples = defineExampleBook<SustainableCtInput, SustainableCtResult>({
  calculator: 'priority',
  title: 'Sustainable CT points',
  run: sustainableCtPoints,
  figures: (result) => [{ label: 'Points', value: `${result.total} of ${result.maximum}` }],
  examples: [
    {
      id: 'ct-every-part',
      title: 'Every part in 2023, certifying in 2024: 45 points',
      rule: 'Liaison 5 + more than 10 trainings 15 + task force 10 + 5 for funded lived-experience members + resource forum 10 = 45.',
      jurisdiction: 'connecticut',
      input: everything,
      // 3 liaison trainings + 8 others = 11 > 10 → 15.
      expected: { total: 45, maximum: 45, newCreditFrom: '2021-01-01' },
      citations: [whatToDo],
    },
    {
      id: 'ct-trainings-four-in-total',
      title: 'The liaison’s three trainings and one by staff: 10 points',
      rule: 'Between 4 and 10 trainings in total earn 10 points once the liaison has attended 3.',
      jurisdiction: 'connecticut',
      input: {
        ...everything,
        liaison: undefined,
        taskForce: undefined,
        resourceForum: undefined,
        trainings: [...liaisonTrainings, training('Mental health first aid', '2023-05-05', 'staff-or-official', 'other')],
      },
      expected: { total: 10 },
      citations: [whatToDo],
    },
    {
      id: 'ct-recertification-trainings',
      title: 'Recertifying in the year of expiration: previously credited trainings earn nothing',
      rule: 'Items credited before need rolling credit at recertification, and trainings are eligible for new action credit only.',
      jurisdiction: 'connecticut',
      input: {
        ...everything,
        recertifyingInExpirationYear: true,
        liaison: undefined,
        taskForce: undefined,
        resourceForum: undefined,
        trainings: liaisonTrainings.map((t) => ({ ...t, previouslyCredited: true })),
      },
      expected: { total: 0 },
      citations: [whatToDo, timeframe],
    },
    {
      id: 'ct-liaison-rolling-credit',
      title: 'A liaison designated in 2019, certifying in 2024: rolling credit',
      rule: 'Older than three years from January 1, 2024 (before 2021-01-01), the liaison needs rolling credit: it earns 5 points with ongoing impact.',
      jurisdiction: 'connecticut',
      input: {
        ...everything,
        trainings: undefined,
        taskForce: undefined,
        resourceForum: undefined,
        liaison: {
          completed: '2019-03-01',
          contactPosted: true,
          meetsCanQuarterly: true,
          sustainabilityTeam: 'meets-annually',
          previouslyCredited: false,
          ongoingImpact: true,
        },
      },
      expected: { total: 5 },
      citations: [timeframe],
    },
  ],
});
