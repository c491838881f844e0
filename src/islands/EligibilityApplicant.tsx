import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { parseMoney } from '../../calculators/core/money';
import type { FieldError } from '../../calculators/core/outcome';
import type { ParameterSet } from '../../calculators/core/parameters';
import { decideEligibility, type EligibilityResult } from '../../calculators/eligibility/decide';
import type { EligibilityResources } from '../../calculators/eligibility/resources';
import { ErrorSummary, type SummaryError } from './shared/ErrorSummary';
import { copyResultAddress, formReady, readFragment, todayIso, writeFragment } from './shared/fragment';
import {
  answerKeys,
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
import { answerText, formatProblem, labelOf, Question, type QuestionContext } from './EligibilityQuestions';
import { applicantWords } from './EligibilityApplicantWords';
import { EligibilityApplicantOutcome } from './EligibilityApplicantOutcome';

const strings = {
  start: 'Start',
  continue: 'Continue',
  back: 'Back',
  stepOf: (n: number, total: number) => `Question ${n} of about ${total}`,
  checkHeading: 'Check your answers',
  checkIntro: 'Make sure these are right. You can change any answer.',
  question: 'Question',
  answer: 'Your answer',
  change: 'Change',
  changeFor: (label: string) => ` the answer to “${label}”`,
  confirm: 'See what you may be eligible for',
  startAgain: 'Start again',
  changeAnswers: 'Change your answers',
  privacy: 'Your answers stay in this browser tab. Use “Exit this page” to leave quickly; it also clears your answers from this page.',
} as const;

/** The applicant's questions, one per step, in the form's order; `applies` skips staff-only questions and those that do not apply. */
const steps = answerKeys;

type Screen = AnswerKey | 'check' | 'outcome';

type Props = {
  /** Eligibility parameter sets of the CoCs an applicant can choose (eligibilityParameterSet of each). */
  sets: ParameterSet[];
  /** Recordkeeping tables, inconsistency notes and income limits, passed as data rather than bundled. */
  resources: EligibilityResources;
  chronicHref: string;
};

/** The applicant's eligibility check: one plain question per step, check your answers, then what may fit and what to do next. */
export default function EligibilityApplicant({ sets, resources, chronicHref }: Props) {
  const [answers, setAnswers] = useState<Answers>(emptyAnswers);
  const [screen, setScreen] = useState<Screen>('j');
  const [changing, setChanging] = useState(false);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<EligibilityResult | null>(null);
  const [copied, setCopied] = useState(false);
  const focusRef = useRef<HTMLDivElement>(null);

  const set = sets.find((s) => s.id === answers.j) ?? sets[0];
  const youth = set ? youthAge(set, answers.date) : 0;
  const days = set ? lookbackDays(set, answers.date) : 0;
  const ctx: QuestionContext = useMemo(
    () => ({ mode: 'applicant', words: applicantWords, jurisdictions: sets.map((s) => [s.id, s.label]), areas: [], lookbackDays: days }),
    [sets, days],
  );
  const visible = steps.filter((key) => applies(key, answers, 'applicant', youth));

  const go = (next: Screen, values: Answers = answers) => {
    setScreen(next);
    setErrors([]);
    writeFragment({ ...values, s: next });
  };

  const decide = (values: Answers): { ok: true; result: EligibilityResult } | { ok: false; errors: FieldError[] } | null => {
    const chosen = sets.find((s) => s.id === values.j);
    if (!chosen) return null;
    const { input, moneyErrors } = toInput(values, 'applicant', youthAge(chosen, values.date));
    if (moneyErrors.length) return { ok: false, errors: moneyErrors };
    const outcome = decideEligibility(input, chosen, resources);
    return outcome.ok ? { ok: true, result: outcome.value } : { ok: false, errors: outcome.errors };
  };

  const confirm = (values: Answers = answers) => {
    const decided = decide(values);
    setAttempt((n) => n + 1);
    if (!decided) return go('j', values);
    if (!decided.ok) {
      setErrors(decided.errors.map((e) => ({ fieldId: fieldId(keyForPath(e.path)), message: e.message })));
      setScreen('check');
      return;
    }
    setResult(decided.result);
    go('outcome', values);
  };

  useEffect(() => {
    const values = { ...readFragment({ ...emptyAnswers, s: '' }) };
    const { s, ...rest } = values;
    const restored: Answers = { ...(rest as Answers), date: todayIso(), lkind: 'table' };
    restored.area = restored.j;
    setAnswers(restored);
    formReady();
    if (s === 'outcome') confirm(restored);
    else if (s && (s === 'check' || (answerKeys as readonly string[]).includes(s))) setScreen(s as Screen);
    // Exit this page: leave at once and take the answers out of this page's history entry.
    const exit = document.querySelector<HTMLAnchorElement>('[data-exit-page]');
    const leave = (event: Event) => {
      event.preventDefault();
      history.replaceState(null, '', location.pathname);
      location.replace(exit?.href ?? 'https://www.google.com');
    };
    exit?.addEventListener('click', leave);
    return () => exit?.removeEventListener('click', leave);
  }, []);

  const mounted = useRef(false);
  // A layout effect, so focus moves in the same task as the new question appears: a key pressed right
  // after (Tab, then typing) lands on the new question, and a late move cannot take focus from it.
  useLayoutEffect(() => {
    // Moving to a new question takes focus there; on mount focus stays where the person put it.
    if (!mounted.current) return void (mounted.current = true);
    if (screen !== 'outcome') focusRef.current?.focus();
    else document.getElementById('elig-outcome-section')?.focus();
  }, [screen]);

  const update = (key: AnswerKey, value: string) =>
    setAnswers((a) => {
      const next = { ...a, [key]: value };
      if (key === 'j') next.area = value;
      return next;
    });

  const continueFrom = (key: AnswerKey) => {
    setAttempt((n) => n + 1);
    const value = answers[key];
    let problem = formatProblem(key, value, true);
    if (!problem && key === 'income') {
      const money = parseMoney(value);
      if (!money.ok) problem = money.message;
    }
    if (!problem) {
      // The rules' own checks of this answer (a household of 0, a date that does not exist) at its question, not only at the end.
      const decided = decide(answers);
      if (decided && !decided.ok) problem = decided.errors.find((e) => keyForPath(e.path) === key)?.message ?? null;
    }
    if (problem) {
      setErrors([{ fieldId: fieldId(key), message: problem }]);
      return;
    }
    const nowVisible = steps.filter((k) => applies(k, answers, 'applicant', youth));
    const unanswered = nowVisible.find((k) => answers[k] === '' && nowVisible.indexOf(k) > nowVisible.indexOf(key));
    if (changing) return unanswered ? go(unanswered) : (setChanging(false), go('check'));
    const after = nowVisible[nowVisible.indexOf(key) + 1];
    go(after ?? 'check');
  };

  const back = () => {
    if (screen === 'outcome') return go('check');
    if (screen === 'check') return go(visible.at(-1) ?? 'j');
    const index = visible.indexOf(screen);
    if (index > 0) go(visible[index - 1] ?? 'j');
  };

  const inline = Object.fromEntries(errors.map((e) => [e.fieldId, e.message]));

  if (screen === 'outcome' && result && set) {
    return (
      <div>
        <p class="no-print">
          <a
            href="#"
            onClick={(event) => {
              event.preventDefault();
              back();
            }}
          >
            {strings.changeAnswers}
          </a>
        </p>
        <EligibilityApplicantOutcome
          result={result}
          jurisdictionLabel={set.label}
          chronicHref={chronicHref}
          copied={copied}
          onCopy={() => copyResultAddress(() => setCopied(true))}
        />
        <p class="no-print">
          <a
            href="#"
            onClick={(event) => {
              event.preventDefault();
              setAnswers({ ...emptyAnswers, date: answers.date, lkind: 'table' });
              setResult(null);
              go('j', emptyAnswers);
            }}
          >
            {strings.startAgain}
          </a>
        </p>
      </div>
    );
  }

  if (screen === 'check') {
    return (
      <div ref={focusRef} tabIndex={-1}>
        <p class="no-print">
          <a
            href="#"
            onClick={(event) => {
              event.preventDefault();
              back();
            }}
          >
            {strings.back}
          </a>
        </p>
        <ErrorSummary errors={errors} attempt={attempt} />
        <h2>{strings.checkHeading}</h2>
        <p>{strings.checkIntro}</p>
        <table class="result-table check-answers">
          <thead>
            <tr>
              <th scope="col">{strings.question}</th>
              <th scope="col">{strings.answer}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {visible.map((key) => (
              <tr>
                <th scope="row">{labelOf(key, ctx)}</th>
                <td>
                  {answerText(key, answers[key], ctx)}
                  {inline[fieldId(key)] && (
                    <p class="field-error">
                      <span class="visually-hidden">Error: </span>
                      {inline[fieldId(key)]}
                    </p>
                  )}
                </td>
                <td>
                  <a
                    id={fieldId(key)}
                    href="#"
                    onClick={(event) => {
                      event.preventDefault();
                      setChanging(true);
                      go(key);
                    }}
                  >
                    {strings.change}
                    <span class="visually-hidden">{strings.changeFor(labelOf(key, ctx))}</span>
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div class="button-row">
          <button type="button" class="button" id="elig-confirm" onClick={() => confirm()}>
            {strings.confirm}
          </button>
        </div>
      </div>
    );
  }

  const key = screen as AnswerKey;
  const position = Math.max(visible.indexOf(key), 0) + 1;
  return (
    <div ref={focusRef} tabIndex={-1}>
      {position > 1 && (
        <p class="no-print">
          <a
            href="#"
            onClick={(event) => {
              event.preventDefault();
              back();
            }}
          >
            {strings.back}
          </a>
        </p>
      )}
      <ErrorSummary errors={errors} attempt={attempt} />
      <p class="hint">{strings.stepOf(position, visible.length)}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          continueFrom(key);
        }}
      >
        <Question answerKey={key} answers={answers} onChange={update} error={inline[fieldId(key)]} ctx={ctx} />
        <div class="button-row">
          <button class="button" type="submit">
            {position === 1 ? strings.start : strings.continue}
          </button>
        </div>
      </form>
      <p class="hint">{strings.privacy}</p>
    </div>
  );
}
