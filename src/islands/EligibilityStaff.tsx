import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ParameterSet } from '../../calculators/core/parameters';
import { decideEligibility, type EligibilityResult } from '../../calculators/eligibility/decide';
import type { EligibilityResources } from '../../calculators/eligibility/resources';
import { ErrorSummary, type SummaryError } from './shared/ErrorSummary';
import { copyResultAddress, formReady, readFragment, todayIso, writeFragment } from './shared/fragment';
import { RevisionBanner } from './shared/RevisionBanner';
import { revisionFragment, useRevisionParameters } from './shared/revision';
import {
  applies,
  emptyAnswers,
  fieldId,
  keyForPath,
  lookbackDays,
  toInput,
  youthAge,
  type AnswerKey,
  type Answers,
} from './EligibilityModel';
import { chronicToolLinkText, labelOf, Question, type QuestionContext } from './EligibilityQuestions';
import { staffWords } from './EligibilityStaffWords';
import { EligibilityStaffOutcome } from './EligibilityStaffOutcome';

const strings = {
  submit: 'Check eligibility',
  examplesHeading: 'Try a worked example',
  moneyError: (label: string, message: string) => `${label}: ${message}`,
} as const;

const groupWords = {
  case: 'Case and project',
  household: 'Household',
  night: 'Last night and housing',
  violence: 'Violence, resources and another place to live',
  moves: 'Moves, other federal laws and leaving care',
  income: 'Income',
};

const groups: { id: keyof typeof groupWords; keys: AnswerKey[] }[] = [
  { id: 'case', keys: ['j', 'date', 'prog', 'comp', 'bonus', 'ded', 'hud3', 'vsp', 'verified', 'enrolled'] },
  { id: 'household', keys: ['size', 'age', 'kids', 'dis', 'chr'] },
  {
    id: 'night',
    keys: ['night', 'idays', 'ibefore', 'own', 'leave', 'leaveOn', 'written', 'doubled', 'ukind', 'upeople', 'urooms', 'refuse'],
  },
  { id: 'violence', keys: ['flee', 'other', 'lacks'] },
  { id: 'moves', keys: ['moves', 'emoves', 'statute', 'lease', 'needs', 'barriers', 'leaving', 'plan'] },
  { id: 'income', keys: ['income', 'lkind', 'area', 'fy', 'limit', 'median'] },
];

/** A worked example with its answers as the form holds them, worked out on the server (src/utils/toolData.ts). */
type Example = { id: string; title: string; rule: string; answers: Answers };

type Props = {
  /** Eligibility parameter sets for every jurisdiction (eligibilityParameterSet of each). */
  sets: ParameterSet[];
  /** Recordkeeping tables, inconsistency notes and income limits, passed as data rather than bundled. */
  resources: EligibilityResources;
  /** Income-limits areas as [id, label], sample ones labelled so. */
  areas: [string, string][];
  examples: Example[];
  chronicHref: string;
  /** The standards chosen when the form opens, e.g. the jurisdiction of the section it is embedded in. */
  defaultJurisdiction?: string;
};

/** The staff eligibility check: every answer on one form, with categories, citations and the documentation checklist. */
export default function EligibilityStaff({ sets, resources, areas, examples, chronicHref, defaultJurisdiction = 'hud' }: Props) {
  const [answers, setAnswers] = useState<Answers>({ ...emptyAnswers, j: defaultJurisdiction });
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<EligibilityResult | null>(null);
  const [copied, setCopied] = useState(false);
  const adopted = sets.find((s) => s.id === answers.j) ?? sets[0]!;
  const revision = useRevisionParameters(adopted);
  const applied = useRef(false);
  const youth = youthAge(adopted, answers.date);
  const ctx: QuestionContext = useMemo(
    () => ({
      mode: 'staff',
      words: staffWords,
      jurisdictions: sets.map((s) => [s.id, s.label]),
      areas,
      lookbackDays: lookbackDays(adopted, answers.date),
    }),
    [sets, areas, adopted, answers.date],
  );

  const check = (values: Answers = answers) => {
    const set = sets.find((s) => s.id === values.j) ?? adopted;
    const parameters = set.id === revision.parameters.id ? revision.parameters : set;
    const { input, moneyErrors } = toInput(values, 'staff', youthAge(set, values.date));
    setAttempt((n) => n + 1);
    const outcome = decideEligibility(input, parameters, resources);
    // An amount that cannot be read is missing to the rules: its own message replaces theirs, beside every other problem.
    const money = new Set(moneyErrors.map((e) => e.path));
    const problems = [...moneyErrors, ...(outcome.ok ? [] : outcome.errors.filter((e) => !money.has(e.path)))];
    if (problems.length || !outcome.ok) {
      setErrors(
        problems.map((e) => {
          const key = keyForPath(e.path);
          return { fieldId: fieldId(key), message: money.has(e.path) ? strings.moneyError(labelOf(key, ctx), e.message) : e.message };
        }),
      );
      setResult(null);
      return;
    }
    setErrors([]);
    setResult(outcome.value);
    writeFragment({ ...revisionFragment(revision), ...values });
  };

  useEffect(() => {
    if (!revision.ready || applied.current) return;
    applied.current = true;
    const fromLink = location.hash.length > 1;
    const values = readFragment({ ...emptyAnswers, j: defaultJurisdiction, date: todayIso() });
    setAnswers(values);
    formReady();
    if (fromLink && values.night) check(values);
  }, [revision.ready]);

  useLayoutEffect(() => {
    if (result) document.getElementById('elig-outcome-section')?.focus();
  }, [result]);

  const update = (key: AnswerKey, value: string) => {
    setAnswers((a) => ({ ...a, [key]: value }));
  };
  const inline = Object.fromEntries(errors.map((e) => [e.fieldId, e.message]));

  return (
    <div>
      <RevisionBanner state={revision} />
      <ErrorSummary errors={errors} attempt={attempt} />
      <form
        class="no-print"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          check();
        }}
      >
        {groups.map((group) => (
          <fieldset class="field-group">
            <legend>
              <h2>{groupWords[group.id]}</h2>
            </legend>
            {group.keys
              .filter((key) => applies(key, answers, 'staff', youth))
              .map((key) => (
                <>
                  <Question answerKey={key} answers={answers} onChange={update} error={inline[fieldId(key)]} ctx={ctx} />
                  {key === 'chr' && (
                    <p>
                      <a href={chronicHref}>{chronicToolLinkText}</a>
                    </p>
                  )}
                </>
              ))}
          </fieldset>
        ))}
        <div class="button-row">
          <button class="button" type="submit" id="elig-submit">
            {strings.submit}
          </button>
        </div>
      </form>
      {examples.length > 0 && (
        <section class="no-print" aria-labelledby="elig-examples">
          <h2 id="elig-examples">{strings.examplesHeading}</h2>
          <ul>
            {examples.map((example) => (
              <li>
                <button
                  type="button"
                  class="button button--secondary"
                  onClick={() => {
                    setAnswers(example.answers);
                    check(example.answers);
                  }}
                >
                  {example.title}
                </button>{' '}
                {example.rule}
              </li>
            ))}
          </ul>
        </section>
      )}
      {result && (
        <EligibilityStaffOutcome
          result={result}
          jurisdictionLabel={adopted.label}
          revision={revision.revision?.title}
          chronicHref={chronicHref}
          copied={copied}
          onCopy={() => copyResultAddress(() => setCopied(true))}
        />
      )}
    </div>
  );
}
