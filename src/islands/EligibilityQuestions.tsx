import { componentNames } from '../../calculators/core/components';
import { TABLE_LIMIT_SHARE } from '../../calculators/eligibility/incomeLimits';
import { placesBeforeInstitution, places, specialNeeds } from '../../calculators/eligibility/vocabulary';
import { RadioGroup, SelectField, TextField } from './shared/Fields';
import { fieldId, type AnswerKey, type Answers, type Mode } from './EligibilityModel';

/** Words shared by both modes: answer options, hints and format messages. Each mode's questions are in its own words file. */
const strings = {
  yes: 'Yes',
  no: 'No',
  dateHint: 'Write the date as YYYY-MM-DD, for example 2024-06-03',
  moneyHint: 'In dollars, for example 18,500.00',
  chronicToolLink: 'Check with the chronic homelessness tool',
} as const;

const missingWords = {
  radio: 'Select one option',
  number: 'Enter a whole number, for example 2',
  date: 'Enter a real date written YYYY-MM-DD, for example 2024-06-03',
  money: 'Enter an amount in dollars, for example 1,250.00 (enter 0 if none)',
  checkboxes: 'Select at least one option, or “None of these”',
  select: 'Select one option',
};

const optionWords = {
  prog: { CoC: 'Continuum of Care (CoC)', ESG: 'Emergency Solutions Grants (ESG)', '': 'Check every program' },
  comp: { '': 'Check every component', ...componentNames },
  night: {
    unsheltered: {
      applicant: 'Outside, or somewhere not meant for people to live',
      hint: 'A car, park, tent, abandoned building, bus or train station, airport',
    },
    'emergency-shelter': { applicant: 'An emergency shelter' },
    'safe-haven': { applicant: 'A safe haven' },
    'transitional-housing': { applicant: 'Transitional housing' },
    'hotel-paid-by-program': { applicant: 'A hotel or motel paid for by a charity or a government program' },
    'hotel-self-paid': { applicant: 'A hotel or motel paid for by you or your household' },
    institution: { applicant: 'A jail, hospital, or treatment center' },
    'own-home': { applicant: 'Your own home (rented or owned)' },
    'with-others': { applicant: "Someone else's home (staying with family or friends)" },
  },
  ibefore: {
    unsheltered: 'Outside, or somewhere not meant for people to live',
    'emergency-shelter': 'An emergency shelter',
    'safe-haven': 'A safe haven',
    'transitional-housing': 'Transitional housing',
    'hotel-paid-by-program': 'A hotel or motel paid for by a charity or a government program',
    housing: 'A home (own, rented, or with family or friends)',
    other: 'Somewhere else',
  },
  ukind: { 'sro-or-efficiency': 'A single room or a studio (efficiency)', larger: 'A larger home with separate rooms' },
  statute: {
    none: 'No',
    education: 'Yes, a school (the McKinney-Vento education program)',
    other: 'Yes, another program (runaway and homeless youth, Head Start, domestic violence, health center, SNAP or WIC)',
  },
  needs: {
    'chronic-disability': 'A long-term disability',
    'chronic-health-condition': 'A long-term physical or mental health condition',
    'substance-addiction': 'Substance addiction',
    'history-of-violence-or-abuse': 'A history of domestic violence or childhood abuse (including neglect)',
    'child-with-disability': 'A child or young person with a disability',
    none: 'None of these',
  },
  lkind: {
    table: 'Look it up in the income-limits table',
    entered: `Enter the ${TABLE_LIMIT_SHARE} limit`,
    median: 'Enter the area median income',
  },
};

type Kind = 'radio' | 'number' | 'date' | 'money' | 'checkboxes' | 'select';

const yesNoKeys: AnswerKey[] = [
  'bonus',
  'ded',
  'hud3',
  'vsp',
  'own',
  'leave',
  'written',
  'doubled',
  'flee',
  'other',
  'lacks',
  'refuse',
  'kids',
  'lease',
  'leaving',
  'plan',
  'dis',
  'chr',
];
const numberKeys: AnswerKey[] = ['idays', 'upeople', 'urooms', 'size', 'age', 'moves', 'emoves', 'barriers', 'fy'];
const dateKeys: AnswerKey[] = ['date', 'leaveOn', 'verified', 'enrolled'];
const moneyKeys: AnswerKey[] = ['income', 'limit', 'median'];
/** Questions a person may leave blank. */
export const optionalKeys: AnswerKey[] = ['fy', 'verified', 'enrolled', 'plan', 'vsp', 'bonus', 'ded', 'hud3', 'chr', 'prog', 'comp'];

/** How a question is answered. */
export const kindOf = (key: AnswerKey): Kind =>
  key === 'needs'
    ? 'checkboxes'
    : key === 'area'
      ? 'select'
      : numberKeys.includes(key)
        ? 'number'
        : dateKeys.includes(key)
          ? 'date'
          : moneyKeys.includes(key)
            ? 'money'
            : 'radio';

/** A question's words in one voice: the label (some take the look-back days) and an optional hint. */
export type QuestionWords = Partial<Record<AnswerKey, { label: string | ((days: number) => string); hint?: string }>>;

export type QuestionContext = {
  mode: Mode;
  /** The words of the mode's voice (applicant or staff). */
  words: QuestionWords;
  /** Jurisdictions the tool offers, as [id, label]. */
  jurisdictions: [string, string][];
  /** Areas in the income-limits table, as [id, label]. */
  areas: [string, string][];
  /** Days in the category 3 look-back, from the parameters in force. */
  lookbackDays: number;
};

/** The question's words in the mode's voice. */
export function labelOf(key: AnswerKey, ctx: QuestionContext): string {
  const label = ctx.words[key]?.label ?? key;
  return typeof label === 'function' ? label(ctx.lookbackDays) : label;
}

const hintOf = (key: AnswerKey, ctx: QuestionContext): string | undefined =>
  ctx.words[key]?.hint ?? (dateKeys.includes(key) ? strings.dateHint : moneyKeys.includes(key) ? strings.moneyHint : undefined);

function optionsOf(key: AnswerKey, ctx: QuestionContext): { value: string; label: string; hint?: string }[] {
  if (yesNoKeys.includes(key))
    return [
      { value: 'yes', label: strings.yes },
      { value: 'no', label: strings.no },
    ];
  switch (key) {
    case 'j':
      return ctx.jurisdictions.map(([value, label]) => ({ value, label }));
    case 'prog':
      return (['', 'CoC', 'ESG'] as const).map((value) => ({ value, label: optionWords.prog[value] }));
    case 'comp':
      return Object.entries(optionWords.comp).map(([value, label]) => ({ value, label }));
    case 'night':
      return places.map((value) => {
        const option: { applicant: string; hint?: string } = optionWords.night[value];
        return { value, label: option.applicant, ...(option.hint ? { hint: option.hint } : {}) };
      });
    case 'ibefore':
      return placesBeforeInstitution.map((value) => ({ value, label: optionWords.ibefore[value] }));
    case 'ukind':
      return Object.entries(optionWords.ukind).map(([value, label]) => ({ value, label }));
    case 'statute':
      return Object.entries(optionWords.statute).map(([value, label]) => ({ value, label }));
    case 'lkind':
      return Object.entries(optionWords.lkind).map(([value, label]) => ({ value, label }));
    case 'needs':
      return [...specialNeeds, 'none' as const].map((value) => ({ value, label: optionWords.needs[value] }));
    case 'area':
      return ctx.areas.map(([value, label]) => ({ value, label }));
    default:
      return [];
  }
}

/** The words an answer shows on the check-your-answers page. */
export function answerText(key: AnswerKey, value: string, ctx: QuestionContext): string {
  if (value === '') return '';
  const kind = kindOf(key);
  if (kind === 'radio' || kind === 'select') return optionsOf(key, ctx).find((o) => o.value === value)?.label ?? value;
  if (kind === 'checkboxes')
    return value
      .split(',')
      .map((v) => optionsOf(key, ctx).find((o) => o.value === v)?.label ?? v)
      .join('; ');
  if (kind === 'money') return `$${value.replace(/^\$/, '')}`;
  return value;
}

/** A format problem with one answer (empty, not a number, not a date), before the rules module sees it. */
export function formatProblem(key: AnswerKey, value: string, required: boolean): string | null {
  const kind = kindOf(key);
  const trimmed = value.trim();
  if (trimmed === '') return required ? missingWords[kind] : null;
  if (kind === 'number' && !/^\d+$/.test(trimmed)) return missingWords.number;
  if (kind === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return missingWords.date;
  return null;
}

function Checkboxes({
  id,
  label,
  hint,
  error,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  const chosen = value === '' ? [] : value.split(',');
  const toggle = (option: string) => {
    const next =
      option === 'none'
        ? chosen.includes('none')
          ? []
          : ['none']
        : chosen.includes(option)
          ? chosen.filter((v) => v !== option)
          : [...chosen.filter((v) => v !== 'none'), option];
    onChange(next.join(','));
  };
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <fieldset aria-describedby={describedBy}>
        <legend>{label}</legend>
        {hint && (
          <p class="hint" id={`${id}-hint`}>
            {hint}
          </p>
        )}
        {error && (
          <p class="field-error" id={`${id}-error`}>
            <span class="visually-hidden">Error: </span>
            {error}
          </p>
        )}
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value}`;
          return (
            <div class="choice">
              <input
                type="checkbox"
                id={optionId}
                name={id}
                value={option.value}
                checked={chosen.includes(option.value)}
                onChange={() => toggle(option.value)}
              />
              <label for={optionId}>{option.label}</label>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}

/** One question, rendered the way its answer is given; `heading` makes the label the page's question (applicant steps). */
export function Question({
  answerKey,
  answers,
  onChange,
  error,
  ctx,
}: {
  answerKey: AnswerKey;
  answers: Answers;
  onChange: (key: AnswerKey, value: string) => void;
  error?: string | undefined;
  ctx: QuestionContext;
}) {
  const id = fieldId(answerKey);
  const label = labelOf(answerKey, ctx);
  const hint = hintOf(answerKey, ctx);
  const value = answers[answerKey];
  const set = (v: string) => onChange(answerKey, v);
  switch (kindOf(answerKey)) {
    case 'radio':
      return (
        <RadioGroup id={id} label={label} hint={hint} value={value} onChange={set} error={error} options={optionsOf(answerKey, ctx)} />
      );
    case 'select':
      return (
        <SelectField
          id={id}
          label={label}
          hint={hint}
          value={value}
          onChange={set}
          error={error}
          options={[{ value: '', label: '' }, ...optionsOf(answerKey, ctx)]}
        />
      );
    case 'checkboxes':
      return (
        <Checkboxes id={id} label={label} hint={hint} value={value} onChange={set} error={error} options={optionsOf(answerKey, ctx)} />
      );
    case 'money':
      return (
        <TextField
          id={id}
          label={label}
          hint={hint}
          value={value}
          onInput={set}
          error={error}
          inputMode="decimal"
          prefix="$"
          width="12rem"
        />
      );
    case 'number':
      return <TextField id={id} label={label} hint={hint} value={value} onInput={set} error={error} inputMode="numeric" width="6rem" />;
    case 'date':
      return <TextField id={id} label={label} hint={hint} value={value} onInput={set} error={error} width="10rem" />;
  }
}

/** The link text to the chronic homelessness tool, next to the chronic question. */
export const chronicToolLinkText = strings.chronicToolLink;
