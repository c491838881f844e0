import { useState } from 'preact/hooks';
import { sustainableCtPointsUnder, type SustainableCtResult } from '../../calculators/priority/scoring/sustainableCt';
import { TEAM_RELATIONSHIPS, TRAINING_ATTENDEES, TRAINING_TOPICS } from '../../calculators/priority/scoring/sustainableCtSchema';
import type { Credit } from '../../calculators/priority/scoring/creditTimeframe';
import { connecticutScoringParameters } from '../../calculators/priority/scoring/sets/connecticut';
import { toYesNo, yesNoOptions } from './shared/answers';
import { CalculatorForm } from './shared/CalculatorForm';
import { ErrorSummary, type SummaryError } from './shared/ErrorSummary';
import { RadioGroup, SelectField, TextField } from './shared/Fields';
import { useCalculatorForm, useFragmentLoad, useRecalculate } from './shared/form';
import { readFragment, readFragmentJson, todayIso, writeFragment } from './shared/fragment';
import { ResultPanel, ResultTable } from './shared/Result';
import { defaultAsOf, revisionFragment, useRevisionParameters } from './shared/revision';
import { RevisionBanner } from './shared/RevisionBanner';
import { errorsToFields, FormProblems, parseNumber } from './ScoringParts';

const strings = {
  asOf: 'Date of the application',
  asOfHint: 'A date written YYYY-MM-DD: the action’s rules in force that day apply, and nothing can be completed after it',
  municipality: 'Municipality (optional)',
  year: 'Certification year',
  yearHint: 'The year the municipality is seeking certification, for example 2024',
  recertifying: 'Is the municipality recertifying in its year of expiration?',
  claim: (part: string) => `Are you claiming ${part}?`,
  parts: {
    liaison: '1a: a municipal liaison for homeless services',
    trainings: '1b: trainings for the municipal liaison',
    taskForce: '2: a municipal task force on homelessness',
    resourceForum: '3: a resource-sharing forum for social service providers',
  },
  completed: 'Date it was completed',
  dateHint: 'YYYY-MM-DD',
  contactPosted: 'Are the liaison’s name, title and contact details posted on the municipal website?',
  meetsCan: 'Does the liaison meet a CAN representative, or attend a CAN meeting, at least once a quarter?',
  team: 'How does the liaison relate to the Sustainability Team?',
  previouslyCredited: 'Did this receive Sustainable CT credit before?',
  ongoingImpact: 'Can you show its ongoing, currently relevant and meaningful impact?',
  ongoingHint:
    'Answer if it was completed more than three years before January 1 of the certification year, or credited before and you are recertifying in the year of expiration: it then needs rolling credit.',
  withCan: 'Was it developed in collaboration with the Coordinated Access Network (CAN)?',
  livedExperience: 'Has the municipality allocated funding to recruit members with lived experience of homelessness?',
  municipalitySpecific: 'Does it hold resources specific to your municipality?',
  trainingsIntro:
    'List each person’s attendance at each training. The liaison must attend at least three, including race equity and homelessness, and CAN function and shelter diversion.',
  training: (n: number) => `Training ${n}`,
  trainingName: 'Name of the training',
  trainingDate: 'Date of the training',
  attendee: 'Who attended',
  topic: 'Topic',
  choose: 'Choose',
  addTraining: 'Add a training',
  removeTraining: (n: number) => `Remove training ${n}`,
  submit: 'Work out the points',
  resultHeading: 'Points the municipality may earn',
  caption: 'Points for each part of the action',
  part: 'Part',
  credit: 'Credit',
  points: 'Points',
  total: 'Total',
  notClaimed: 'Not claimed',
  of: (points: number, max: number) => `${points} of ${max}`,
  window: (from: string) => `Items completed on or after ${from} can earn new action credit.`,
} as const;

const teamOptionWords = {
  member: 'A member of it',
  'meets-annually': 'Meets it at least once a year',
  neither: 'Neither',
} satisfies Record<(typeof TEAM_RELATIONSHIPS)[number], string>;

const attendeeWords = { liaison: 'The liaison', 'staff-or-official': 'Other staff or an elected official' } satisfies Record<
  (typeof TRAINING_ATTENDEES)[number],
  string
>;

const topicWords = {
  'race-equity': 'Race equity and homelessness',
  'can-and-diversion': 'CAN function and shelter diversion',
  other: 'Another homelessness topic',
} satisfies Record<(typeof TRAINING_TOPICS)[number], string>;

const creditWords = { 'new-action': 'New action credit', rolling: 'Rolling credit', none: 'No credit' } satisfies Record<Credit, string>;

export type Training = { name: string; date: string; attendee: string; topic: string; previouslyCredited: string };
export type PartKey = 'liaison' | 'taskForce' | 'resourceForum';
type Key =
  | 'asOf'
  | 'municipality'
  | 'year'
  | 'recertifying'
  | 'claimLiaison'
  | 'claimTrainings'
  | 'claimTaskForce'
  | 'claimForum'
  | `${PartKey}-${'completed' | 'previouslyCredited' | 'ongoingImpact'}`
  | 'contactPosted'
  | 'meetsCan'
  | 'team'
  | 'taskForceCan'
  | 'lived'
  | 'forumCan'
  | 'specific';
export type Values = Record<Key, string>;
const keys: Key[] = [
  'asOf',
  'municipality',
  'year',
  'recertifying',
  'claimLiaison',
  'claimTrainings',
  'claimTaskForce',
  'claimForum',
  'liaison-completed',
  'liaison-previouslyCredited',
  'liaison-ongoingImpact',
  'taskForce-completed',
  'taskForce-previouslyCredited',
  'taskForce-ongoingImpact',
  'resourceForum-completed',
  'resourceForum-previouslyCredited',
  'resourceForum-ongoingImpact',
  'contactPosted',
  'meetsCan',
  'team',
  'taskForceCan',
  'lived',
  'forumCan',
  'specific',
];
export const empty = Object.fromEntries(keys.map((k) => [k, ''])) as Values;
const blankTraining: Training = { name: '', date: '', attendee: '', topic: '', previouslyCredited: 'no' };
const id = (key: string) => `ct-${key}`;
const isTrainings = (value: unknown): value is Training[] =>
  Array.isArray(value) &&
  value.every(
    (t) =>
      t &&
      typeof t === 'object' &&
      ['name', 'date', 'attendee', 'topic', 'previouslyCredited'].every((k) => typeof (t as Record<string, unknown>)[k] === 'string'),
  );

const paths = (trainings: Training[]): Record<string, string> => ({
  asOf: id('asOf'),
  jurisdiction: id('asOf'),
  municipality: id('municipality'),
  certificationYear: id('year'),
  recertifyingInExpirationYear: id('recertifying'),
  liaison: id('liaison-completed'),
  'liaison.completed': id('liaison-completed'),
  'liaison.contactPosted': id('contactPosted'),
  'liaison.meetsCanQuarterly': id('meetsCan'),
  'liaison.sustainabilityTeam': id('team'),
  'liaison.previouslyCredited': id('liaison-previouslyCredited'),
  'liaison.ongoingImpact': id('liaison-ongoingImpact'),
  taskForce: id('taskForce-completed'),
  'taskForce.completed': id('taskForce-completed'),
  'taskForce.withCan': id('taskForceCan'),
  'taskForce.fundedLivedExperienceMembers': id('lived'),
  'taskForce.previouslyCredited': id('taskForce-previouslyCredited'),
  'taskForce.ongoingImpact': id('taskForce-ongoingImpact'),
  resourceForum: id('resourceForum-completed'),
  'resourceForum.completed': id('resourceForum-completed'),
  'resourceForum.withCan': id('forumCan'),
  'resourceForum.municipalitySpecific': id('specific'),
  'resourceForum.previouslyCredited': id('resourceForum-previouslyCredited'),
  'resourceForum.ongoingImpact': id('resourceForum-ongoingImpact'),
  trainings: id('add-training'),
  ...Object.fromEntries(
    trainings.flatMap((_, i) =>
      (['name', 'date', 'attendee', 'topic', 'previouslyCredited'] as const).map((f) => [`trainings.${i}.${f}`, id(`training-${i}-${f}`)]),
    ),
  ),
});

function toInput(values: Values, trainings: Training[]): { input: unknown; problems: SummaryError[] } {
  const p = new FormProblems();
  const credit = (part: PartKey) => ({
    completed: values[`${part}-completed`],
    previouslyCredited: toYesNo(values[`${part}-previouslyCredited`]),
    ongoingImpact: toYesNo(values[`${part}-ongoingImpact`]),
  });
  const input = {
    asOf: values.asOf,
    municipality: values.municipality.trim() || undefined,
    certificationYear: p.take(parseNumber(values.year, strings.year), id('year')),
    recertifyingInExpirationYear: toYesNo(values.recertifying),
    liaison:
      values.claimLiaison === 'yes'
        ? {
            ...credit('liaison'),
            contactPosted: toYesNo(values.contactPosted),
            meetsCanQuarterly: toYesNo(values.meetsCan),
            sustainabilityTeam: values.team || undefined,
          }
        : undefined,
    trainings:
      values.claimTrainings === 'yes'
        ? trainings.map((t) => ({
            name: t.name,
            date: t.date,
            attendee: t.attendee || undefined,
            topic: t.topic || undefined,
            previouslyCredited: toYesNo(t.previouslyCredited),
          }))
        : undefined,
    taskForce:
      values.claimTaskForce === 'yes'
        ? { ...credit('taskForce'), withCan: toYesNo(values.taskForceCan), fundedLivedExperienceMembers: toYesNo(values.lived) }
        : undefined,
    resourceForum:
      values.claimForum === 'yes'
        ? { ...credit('resourceForum'), withCan: toYesNo(values.forumCan), municipalitySpecific: toYesNo(values.specific) }
        : undefined,
  };
  return { input, problems: p.list };
}

/** Sustainable CT points for the homelessness workforce action: each part's credit and points. */
export default function PointsSustainableCt() {
  const { values, setValues, field, inline, errors, attempt, result, fail, succeed } = useCalculatorForm<Values, SustainableCtResult>(
    empty,
    id,
  );
  const [trainings, setTrainings] = useState<Training[]>([{ ...blankTraining }]);
  const revision = useRevisionParameters(connecticutScoringParameters);
  const { remember, last } = useRecalculate<{ values: Values; trainings: Training[] }>(revision.parameters, (l) =>
    calculate(l.values, l.trainings),
  );

  const calculate = (current: Values = values, list: Training[] = trainings) => {
    remember({ values: current, trainings: list });
    const { input, problems } = toInput(current, list);
    const outcome = problems.length ? null : sustainableCtPointsUnder(input, revision.parameters);
    if (!outcome || !outcome.ok) return fail(outcome ? errorsToFields(outcome.errors, paths(list), id('asOf')) : problems);
    succeed(outcome.value);
    writeFragment({ ...revisionFragment(revision), ...current, trainings: current.claimTrainings === 'yes' ? JSON.stringify(list) : '' });
  };

  // Loads the fragment, and again when a worked-example link on the page sets it.
  useFragmentLoad(
    revision.ready,
    (fromLink) => {
      const loaded = readFragment({ ...empty, asOf: defaultAsOf(revision, todayIso()) });
      const list = readFragmentJson('trainings', [{ ...blankTraining }], isTrainings);
      setValues(loaded);
      setTrainings(list.length ? list : [{ ...blankTraining }]);
      if (fromLink && loaded.year) calculate(loaded, list);
    },
    true,
  );

  const question = (key: Key, label: string, hint?: string) => (
    <RadioGroup {...field(key)} label={label} hint={hint} options={yesNoOptions} />
  );
  const date = (key: Key) => <TextField {...field(key)} label={strings.completed} hint={strings.dateHint} width="10rem" />;
  const creditQuestions = (part: PartKey) => (
    <>
      {date(`${part}-completed`)}
      {question(`${part}-previouslyCredited`, strings.previouslyCredited)}
      {question(`${part}-ongoingImpact`, strings.ongoingImpact, strings.ongoingHint)}
    </>
  );
  const setTraining = (index: number, key: keyof Training) => (value: string) =>
    setTrainings((list) => list.map((t, i) => (i === index ? { ...t, [key]: value } : t)));
  /** The props of one training's field. */
  const trainingField = (index: number, key: keyof Training) => {
    const fieldId = id(`training-${index}-${key}`);
    const onChange = setTraining(index, key);
    return { id: fieldId, value: trainings[index]?.[key] ?? '', error: inline[fieldId], onInput: onChange, onChange };
  };

  return (
    <div>
      <RevisionBanner state={revision} />
      <ErrorSummary errors={errors} attempt={attempt} />
      <CalculatorForm submit={strings.submit} onSubmit={() => calculate()}>
        <TextField {...field('asOf')} label={strings.asOf} hint={strings.asOfHint} width="10rem" />
        <TextField {...field('municipality')} label={strings.municipality} />
        <TextField {...field('year')} label={strings.year} hint={strings.yearHint} inputMode="numeric" width="6rem" />
        {question('recertifying', strings.recertifying)}

        <h2>{strings.parts.liaison}</h2>
        {question('claimLiaison', strings.claim(strings.parts.liaison))}
        {values.claimLiaison === 'yes' && (
          <>
            {question('contactPosted', strings.contactPosted)}
            {question('meetsCan', strings.meetsCan)}
            <RadioGroup
              {...field('team')}
              label={strings.team}
              options={TEAM_RELATIONSHIPS.map((r) => ({ value: r, label: teamOptionWords[r] }))}
            />
            {creditQuestions('liaison')}
          </>
        )}

        <h2>{strings.parts.trainings}</h2>
        {question('claimTrainings', strings.claim(strings.parts.trainings))}
        {values.claimTrainings === 'yes' && (
          <>
            <p class="hint">{strings.trainingsIntro}</p>
            {trainings.map((_, i) => (
              <fieldset>
                <legend>{strings.training(i + 1)}</legend>
                <TextField {...trainingField(i, 'name')} label={strings.trainingName} />
                <TextField {...trainingField(i, 'date')} label={strings.trainingDate} hint={strings.dateHint} width="10rem" />
                <SelectField
                  {...trainingField(i, 'attendee')}
                  label={strings.attendee}
                  options={[
                    { value: '', label: strings.choose },
                    ...TRAINING_ATTENDEES.map((a) => ({ value: a, label: attendeeWords[a] })),
                  ]}
                />
                <SelectField
                  {...trainingField(i, 'topic')}
                  label={strings.topic}
                  options={[{ value: '', label: strings.choose }, ...TRAINING_TOPICS.map((a) => ({ value: a, label: topicWords[a] }))]}
                />
                <SelectField {...trainingField(i, 'previouslyCredited')} label={strings.previouslyCredited} options={yesNoOptions} />
                {trainings.length > 1 && (
                  <button
                    type="button"
                    class="button button--secondary"
                    onClick={() => setTrainings((list) => list.filter((_, j) => j !== i))}
                  >
                    {strings.removeTraining(i + 1)}
                  </button>
                )}
              </fieldset>
            ))}
            <div class="button-row">
              <button
                type="button"
                id={id('add-training')}
                class="button button--secondary"
                onClick={() => setTrainings((list) => [...list, { ...blankTraining }])}
              >
                {strings.addTraining}
              </button>
            </div>
          </>
        )}

        <h2>{strings.parts.taskForce}</h2>
        {question('claimTaskForce', strings.claim(strings.parts.taskForce))}
        {values.claimTaskForce === 'yes' && (
          <>
            {question('taskForceCan', strings.withCan)}
            {question('lived', strings.livedExperience)}
            {creditQuestions('taskForce')}
          </>
        )}

        <h2>{strings.parts.resourceForum}</h2>
        {question('claimForum', strings.claim(strings.parts.resourceForum))}
        {values.claimForum === 'yes' && (
          <>
            {question('forumCan', strings.withCan)}
            {question('specific', strings.municipalitySpecific)}
            {creditQuestions('resourceForum')}
          </>
        )}
      </CalculatorForm>
      {result && (
        <ResultPanel
          id="ct-result"
          heading={`${strings.resultHeading}${result.municipality ? `: ${result.municipality}` : ''}`}
          reasons={result.reasons}
          stamp={{
            jurisdiction: connecticutScoringParameters.label,
            asOf: last()?.values.asOf ?? values.asOf,
            revision: revision.revision?.title,
          }}
        >
          <p>{strings.window(result.newCreditFrom)}</p>
          <ResultTable
            caption={strings.caption}
            headings={[strings.part, strings.credit, strings.points]}
            foot={
              <>
                <tr>
                  <th scope="row" colSpan={2}>
                    {strings.total}
                  </th>
                  <td>
                    <strong>{strings.of(result.total, result.maximum)}</strong>
                  </td>
                </tr>
              </>
            }
          >
            {result.parts.map((part) => (
              <tr>
                <th scope="row">{part.label}</th>
                <td>{part.credit === null ? strings.notClaimed : creditWords[part.credit]}</td>
                <td>{strings.of(part.points, part.maximum)}</td>
              </tr>
            ))}
          </ResultTable>
        </ResultPanel>
      )}
    </div>
  );
}
