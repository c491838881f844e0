import type { Parameter, Unit } from '../../core/parameters';

const whatToDo = { doc: 'sustainable-ct-homelessness-action', section: 'what-to-do' } as const;
const timeframe = { doc: 'sustainable-ct-homelessness-action', section: 'timeframe-for-credit' } as const;
/** The action says only "Last updated 2023"; its values apply from the start of 2023. */
const updated = '2023-01-01';

const cited = (
  id: string,
  label: string,
  unit: Unit,
  value: number | boolean,
  quote: string,
  source: typeof whatToDo | typeof timeframe = whatToDo,
): Parameter => ({
  id,
  label,
  unit,
  values: [{ value, effective: updated, citation: { ...source, quote } }],
});

const ct = 'priority.sustainableCt';

/** priority parameters for connecticut: the Sustainable CT homelessness action's points and credit timeframes. Each value cites the passage that states it. */
export const parameters: Parameter[] = [
  cited(
    `${ct}.liaison.points`,
    'Municipal liaison for homeless services: points',
    'count',
    5,
    'you may post the information for your designated municipal representative there. (5 points)',
  ),
  cited(
    `${ct}.liaison.rollingCredit`,
    'Municipal liaison: eligible for rolling credit',
    'boolean',
    true,
    'Eligible for new action credit and rolling credit. This action falls under the action type "Committee/Task Force/Position Creation"',
  ),
  cited(
    `${ct}.trainings.liaisonMinimum`,
    'Trainings: trainings the liaison must attend before any points',
    'count',
    3,
    'Designated municipal liaison for homelessness attend 3 trainings = 5 points',
  ),
  cited(
    `${ct}.trainings.liaisonPoints`,
    'Trainings: points when the liaison attends the minimum',
    'count',
    5,
    'Designated municipal liaison for homelessness attend 3 trainings = 5 points',
  ),
  cited(
    `${ct}.trainings.middleMinimum`,
    'Trainings: fewest trainings in total for the middle points',
    'count',
    4,
    'attend between 4 and 10 trainings (total) = 10 points',
  ),
  cited(
    `${ct}.trainings.middleMaximum`,
    'Trainings: most trainings in total for the middle points',
    'count',
    10,
    'attend between 4 and 10 trainings (total) = 10 points',
  ),
  cited(
    `${ct}.trainings.middlePoints`,
    'Trainings: points for 4 to 10 trainings in total',
    'count',
    10,
    'attend between 4 and 10 trainings (total) = 10 points',
  ),
  cited(
    `${ct}.trainings.topMoreThan`,
    'Trainings: the top points need more than this many trainings in total',
    'count',
    10,
    'attend more than 10 trainings (total) = 15 points',
  ),
  cited(
    `${ct}.trainings.topPoints`,
    'Trainings: points for more than 10 trainings in total',
    'count',
    15,
    'attend more than 10 trainings (total) = 15 points',
  ),
  cited(
    `${ct}.trainings.rollingCredit`,
    'Trainings: eligible for rolling credit (no: new action credit only)',
    'boolean',
    false,
    'Eligible for new action credit. This action falls under the action type "Events, Meetings, Trainings"',
  ),
  cited(
    `${ct}.taskForce.points`,
    'Municipal task force: points',
    'count',
    10,
    'Municipalities are encouraged to collaborate as appropriate. (10 points)',
  ),
  cited(
    `${ct}.taskForce.livedExperiencePoints`,
    'Municipal task force: additional points for funded members with lived experience of homelessness',
    'count',
    5,
    'who have lived experience of homelessness for an additional 5 points',
  ),
  cited(
    `${ct}.taskForce.rollingCredit`,
    'Municipal task force: eligible for rolling credit',
    'boolean',
    true,
    'Eligible for new action credit and rolling credit. This action falls under the action type "Committee/Task Force/Position Creation"',
  ),
  cited(
    `${ct}.resourceForum.points`,
    'Resource-sharing forum: points',
    'count',
    10,
    'without extending the area to the whole CAN or involving other parts of the state. (10 points)',
  ),
  cited(
    `${ct}.resourceForum.rollingCredit`,
    'Resource-sharing forum: eligible for rolling credit',
    'boolean',
    true,
    'Eligible for new action credit and rolling credit. This action falls under the action type "Data Tracking/Benchmarking and Meeting Performance Metrics"',
  ),
  cited(
    `${ct}.credit.newActionYears`,
    'New action credit: years before January 1 of the certification year in which an action must be completed',
    'years',
    3,
    'Any action completed within the past three years (from January 1 of the year seeking certification) is eligible for potential certification points.',
    timeframe,
  ),
];
