import { useEffect, useRef, useState } from 'preact/hooks';
import type { ChronicResult as Result } from '../../calculators/chronic/result';
import type { ChronicInput } from '../../calculators/chronic/schemas';
import { jurisdictionIds, type JurisdictionId } from '../../calculators/core/parameters';
import { chronicTimelineParameterSets as parameterSets } from '../../calculators/parameters/chronic';
import { verifyChronicStatus } from '../../calculators/chronic/verify';
import { ChronicResult as ChronicResultView } from './ChronicResult';
import { ChronicStayEditor, addStayId, emptyStay, stayFieldIds, type StayRow } from './ChronicStayEditor';
import { blank, toInput, type ChronicExampleForm, type Values } from './ChronicTimelineForm';
import { yesNoOptions } from './shared/answers';
import { CalculatorForm } from './shared/CalculatorForm';
import { ErrorSummary } from './shared/ErrorSummary';
import { ExampleButtons } from './shared/Examples';
import { RadioGroup, SelectField, TextField } from './shared/Fields';
import { toSummaryErrors } from './shared/errors';
import { useFragmentLoad, useOutcome } from './shared/form';
import { readFragment, readFragmentJson, todayIso, writeFragment } from './shared/fragment';
import { ResultActions } from './shared/Result';
import { revisionFragment, useRevisionParameters } from './shared/revision';
import { RevisionBanner } from './shared/RevisionBanner';
import { Stamp } from './shared/Stamp';

const strings = {
  jurisdiction: 'Whose written standards apply',
  jurisdictionHint: 'TPCH counts nights; HUD and the other standards count calendar months.',
  assessment: 'Assessment date',
  assessmentHint: 'YYYY-MM-DD. Nights up to the night before this date are counted.',
  householdHeading: 'The household',
  role: 'Whose stays are you entering?',
  roleHint: 'A family is chronically homeless through its head of household. Someone on their own is their own head of household.',
  adult: 'Is any adult (18 or over) in the household?',
  yes: 'Yes',
  notAsked: 'No child has one',
  disabilityHeading: 'Disability',
  disability: 'Does this person have a qualifying disability?',
  disabilityHint:
    'Substance use disorder, serious mental illness, developmental disability, PTSD, brain injury, or chronic physical illness or disability.',
  child: 'Does a child in the household have a qualifying disability?',
  childHint: 'It counts only when no adult is in the household.',
  verification: 'How is the disability verified so far?',
  secondaryDate: 'Date of the secondary source',
  secondaryHint: 'YYYY-MM-DD. Only when the disability is verified by a secondary source.',
  entry: 'Project entry date (optional)',
  entryHint: 'YYYY-MM-DD. Starts the clock for written verification where the standards set one.',
  submit: 'Check chronic status',
  linkHolds: 'the dates',
  screenLink: 'Only have HMIS intake answers? Use the HMIS quick screen instead.',
} as const;

const roleWords = {
  adult_head: 'The adult head of household',
  minor_head: 'A minor head of household (no adult in the family)',
  other_adult: 'Another adult in the household',
  child: 'A child in the household',
};

const verificationWords = {
  third_party: 'Third-party verification',
  secondary_source: 'A secondary source (award letter, parking placard, intake worker’s note of a visible disability)',
  none: 'Not verified yet',
};

const ids = {
  jurisdiction: 'chronic-jurisdiction',
  assessment: 'chronic-assessment',
  role: 'chronic-role',
  adult: 'chronic-adult',
  disability: 'chronic-disability',
  child: 'chronic-child',
  verification: 'chronic-verification',
  secondary: 'chronic-secondary-date',
  entry: 'chronic-entry',
} as const;

/** The rules module's error paths, mapped to the fields above. */
const fieldIds: Record<string, string> = {
  assessmentDate: ids.assessment,
  household: ids.role,
  'household.role': ids.role,
  'household.adultPresent': ids.adult,
  disability: ids.disability,
  'disability.hasDisability': ids.disability,
  'disability.childWithDisability': ids.child,
  'disability.verification': ids.verification,
  'disability.secondarySourceDate': ids.secondary,
  projectEntryDate: ids.entry,
  stays: addStayId,
};

const isStayRows = (v: unknown): v is StayRow[] =>
  Array.isArray(v) &&
  v.every(
    (s) =>
      s &&
      typeof s === 'object' &&
      ['start', 'end', 'type', 'evidence'].every((k) => typeof (s as Record<string, unknown>)[k] === 'string'),
  );
const isJurisdiction = (v: string): v is JurisdictionId => (jurisdictionIds as readonly string[]).includes(v);

// Connecticut's municipalities set no chronic standards, so the choice is the CoCs and the federal baseline.
const choices = jurisdictionIds.filter((id) => id !== 'connecticut');

/** Chronic homelessness verification from a timeline of stays, with the recordkeeping check. */
export default function ChronicTimeline({
  screenHref,
  examples = [],
  defaultJurisdiction = 'hud',
}: {
  screenHref: string;
  /** The worked examples, on the tool's own page (an embedded timeline sends people there for them). */
  examples?: ChronicExampleForm[];
  /** The standards chosen when the form opens, e.g. the jurisdiction of the section it is embedded in. */
  defaultJurisdiction?: JurisdictionId;
}) {
  const initial: Values = { ...blank, j: defaultJurisdiction };
  const [values, setValues] = useState<Values>(initial);
  const [stays, setStays] = useState<StayRow[]>([emptyStay]);
  const { errors, inline, attempt, result, fail, succeed } = useOutcome<{
    result: Result;
    input: ChronicInput;
    jurisdiction: JurisdictionId;
  }>();
  const jurisdiction: JurisdictionId = isJurisdiction(values.j) ? values.j : 'hud';
  const revision = useRevisionParameters(parameterSets[jurisdiction]);
  const last = useRef<{ v: Values; rows: StayRow[]; parameters: unknown } | null>(null);
  const set = (key: keyof Values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  const calculate = (v: Values = values, rows: StayRow[] = stays) => {
    const input = toInput(v, rows);
    const used: JurisdictionId = isJurisdiction(v.j) ? v.j : 'hud';
    // A revision applies to the jurisdiction the page loaded with; an example from another jurisdiction runs under its adopted set.
    const parameters = used === jurisdiction ? revision.parameters : parameterSets[used];
    last.current = { v, rows, parameters };
    const outcome = verifyChronicStatus(input, { parameters });
    if (!outcome.ok) return fail(toSummaryErrors(outcome.errors, { ...fieldIds, ...stayFieldIds(rows.length) }, ids.assessment));
    succeed({ result: outcome.value, input: input as ChronicInput, jurisdiction: used });
    writeFragment({ ...revisionFragment(revision), ...v, stays: JSON.stringify(rows) });
  };

  useFragmentLoad(revision.ready, (fromLink) => {
    // Keep a date typed before the island hydrated; otherwise offer today's date.
    const typed = (document.getElementById(ids.assessment) as HTMLInputElement | null)?.value ?? '';
    const v = readFragment({ ...initial, a: typed || todayIso() });
    const rows = readFragmentJson('stays', [emptyStay], isStayRows);
    setValues(v);
    setStays(rows.length ? rows : [emptyStay]);
    if (fromLink && v.a) calculate(v, rows);
  });

  // A link's jurisdiction or named revision can settle after the first calculation: calculate again under it.
  useEffect(() => {
    const previous = last.current;
    if (previous && previous.v.j === jurisdiction && previous.parameters !== revision.parameters) calculate(previous.v, previous.rows);
  }, [revision.parameters]);

  const load = ({ values, rows }: ChronicExampleForm) => {
    setValues(values);
    setStays(rows);
    calculate(values, rows);
  };

  return (
    <div>
      <RevisionBanner state={revision} />
      <ErrorSummary errors={errors} attempt={attempt} />
      <p class="no-print">
        <a href={screenHref}>{strings.screenLink}</a>
      </p>
      <CalculatorForm submit={strings.submit} onSubmit={() => calculate()}>
        <SelectField
          id={ids.jurisdiction}
          label={strings.jurisdiction}
          hint={strings.jurisdictionHint}
          value={values.j}
          onChange={set('j')}
          options={choices.map((id) => ({ value: id, label: parameterSets[id].label }))}
        />
        <TextField
          id={ids.assessment}
          label={strings.assessment}
          hint={strings.assessmentHint}
          value={values.a}
          onInput={set('a')}
          error={inline[ids.assessment]}
          width="9rem"
        />
        <h2>{strings.householdHeading}</h2>
        <RadioGroup
          id={ids.role}
          label={strings.role}
          hint={strings.roleHint}
          value={values.role}
          onChange={set('role')}
          error={inline[ids.role]}
          options={(Object.keys(roleWords) as (keyof typeof roleWords)[]).map((r) => ({ value: r, label: roleWords[r] }))}
        />
        <RadioGroup
          id={ids.adult}
          label={strings.adult}
          value={values.adult}
          onChange={set('adult')}
          error={inline[ids.adult]}
          options={yesNoOptions}
        />
        <h2>{strings.disabilityHeading}</h2>
        <RadioGroup
          id={ids.disability}
          label={strings.disability}
          hint={strings.disabilityHint}
          value={values.dis}
          onChange={set('dis')}
          error={inline[ids.disability]}
          options={yesNoOptions}
        />
        <RadioGroup
          id={ids.child}
          label={strings.child}
          hint={strings.childHint}
          value={values.child}
          onChange={set('child')}
          error={inline[ids.child]}
          options={[
            { value: '', label: strings.notAsked },
            { value: 'yes', label: strings.yes },
          ]}
        />
        <RadioGroup
          id={ids.verification}
          label={strings.verification}
          value={values.ver}
          onChange={set('ver')}
          error={inline[ids.verification]}
          options={(Object.keys(verificationWords) as (keyof typeof verificationWords)[]).map((k) => ({
            value: k,
            label: verificationWords[k],
          }))}
        />
        <TextField
          id={ids.secondary}
          label={strings.secondaryDate}
          hint={strings.secondaryHint}
          value={values.sec}
          onInput={set('sec')}
          error={inline[ids.secondary]}
          width="9rem"
        />
        <TextField
          id={ids.entry}
          label={strings.entry}
          hint={strings.entryHint}
          value={values.entry}
          onInput={set('entry')}
          error={inline[ids.entry]}
          width="9rem"
        />
        <ChronicStayEditor stays={stays} onChange={setStays} errors={inline} />
      </CalculatorForm>
      <ExampleButtons id="chronic-examples" examples={examples} onChoose={load} />
      {result && (
        <section class="result" aria-labelledby="chronic-result" aria-live="polite">
          <ChronicResultView result={result.result} input={result.input} />
          <Stamp
            jurisdiction={parameterSets[result.jurisdiction].label}
            parameterSet={parameterSets[result.jurisdiction].label}
            asOf={result.input.assessmentDate}
            revision={result.jurisdiction === jurisdiction ? revision.revision?.title : undefined}
          />
          <ResultActions what={strings.linkHolds} />
        </section>
      )}
    </div>
  );
}
