import { parseMoney } from '../../calculators/core/money';
import type { FieldError, Outcome } from '../../calculators/core/outcome';
import type { ParameterSet } from '../../calculators/core/parameters';
import type { SummaryError } from './shared/ErrorSummary';
import { useCalculatorForm, useFragmentLoad, useRecalculate } from './shared/form';
import { readFragment, todayIso, writeFragment } from './shared/fragment';
import { defaultAsOf, revisionFragment, useRevisionParameters } from './shared/revision';

export { exampleHref } from './shared/Examples';

const strings = {
  rateFormat: 'Enter a percentage like 87.5, or a count like 14 of 16',
  moneyRateFormat: 'Enter a percentage like 2.5, or amounts like $1,200 of $260,920',
  number: 'Enter a number, like 12 or 7.5',
} as const;

/** A rate as the rules module takes it. */
export type RateValue = { percent?: number; count?: number; outOf?: number };
export type MoneyRateValue = { percent?: number; amount?: number; total?: number };
type Parsed<T> = { ok: true; value: T | undefined } | { ok: false; message: string };

const PERCENT = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/;
const COUNT = /^\s*([\d,]+)\s*(?:of|\/|out of)\s*([\d,]+)\s*$/i;

/** Reads "87.5", "87.5%", "14 of 16" or "14/16"; blank is no answer (the rules module names what is missing). */
export function parseRate(text: string, label: string): Parsed<RateValue> {
  if (text.trim() === '') return { ok: true, value: undefined };
  const count = COUNT.exec(text);
  if (count) return { ok: true, value: { count: Number(count[1]?.replace(/,/g, '')), outOf: Number(count[2]?.replace(/,/g, '')) } };
  const percent = PERCENT.exec(text);
  if (percent) return { ok: true, value: { percent: Number(percent[1]) } };
  return { ok: false, message: `${label}: ${strings.rateFormat}` };
}

/** Reads a percentage, or "$1,200 of $260,920" as amounts in cents. */
export function parseMoneyRate(text: string, label: string): Parsed<MoneyRateValue> {
  if (text.trim() === '') return { ok: true, value: undefined };
  const percent = PERCENT.exec(text);
  if (percent) return { ok: true, value: { percent: Number(percent[1]) } };
  const parts = text.split(/\s+(?:of|out of)\s+|\s*\/\s*/i);
  if (parts.length === 2) {
    const [amount, total] = parts.map((p) => parseMoney(p));
    if (amount?.ok && total?.ok) return { ok: true, value: { amount: amount.cents, total: total.cents } };
    const bad = amount && !amount.ok ? amount : total && !total.ok ? total : null;
    if (bad && !bad.ok) return { ok: false, message: `${label}: ${bad.message}` };
  }
  return { ok: false, message: `${label}: ${strings.moneyRateFormat}` };
}

/** Reads a plain number (points, days, months, counts); blank is no answer. */
export function parseNumber(text: string, label: string): Parsed<number> {
  if (text.trim() === '') return { ok: true, value: undefined };
  const value = Number(text.trim().replace(/,/g, ''));
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, message: `${label}: ${strings.number}` };
}

/** Reads a money field; blank is no answer. */
export function parseMoneyField(text: string, label: string): Parsed<number> {
  if (text.trim() === '') return { ok: true, value: undefined };
  const money = parseMoney(text);
  return money.ok ? { ok: true, value: money.cents } : { ok: false, message: `${label}: ${money.message}` };
}

/** Writes a rate back as the text a person would type ("14 of 16", "87.5"). */
export function rateText(rate: RateValue | MoneyRateValue | undefined): string {
  if (!rate) return '';
  if (rate.percent !== undefined) return String(rate.percent);
  if ('count' in rate && rate.count !== undefined) return `${rate.count} of ${rate.outOf ?? ''}`;
  if ('amount' in rate && rate.amount !== undefined)
    return `${((rate.amount ?? 0) / 100).toFixed(2)} of ${((rate.total ?? 0) / 100).toFixed(2)}`;
  return '';
}

/** Collects field problems found while reading a form. */
export class FormProblems {
  readonly list: SummaryError[] = [];
  /** Keeps a parsed value, or records its message against the field. */
  take<T>(parsed: Parsed<T>, fieldId: string): T | undefined {
    if (parsed.ok) return parsed.value;
    this.list.push({ fieldId, message: parsed.message });
    return undefined;
  }
}

/** Sends each rules-module error to the field with the longest matching path, else to `fallback`. */
export function errorsToFields(errors: FieldError[], fieldIds: Record<string, string>, fallback: string): SummaryError[] {
  const paths = Object.keys(fieldIds).sort((a, b) => b.length - a.length);
  return errors.map((error) => {
    const match = paths.find((p) => error.path === p || error.path.startsWith(`${p}.`));
    return { fieldId: match ? (fieldIds[match] ?? fallback) : fallback, message: error.message };
  });
}

/**
 * A scoring island's form: text answers kept in the fragment (with the revision the address names),
 * loaded again when a worked-example link on the page sets it, and scored again under a new revision.
 * `read` turns the answers into the rules' input (or problems), `rule` scores it, and `errors` sends
 * the rules' errors to the fields.
 */
export function useScoringForm<V extends { asOf: string } & Record<string, string>, R>({
  empty,
  id,
  adopted,
  required,
  read,
  rule,
  errors,
  sameRules = () => true,
}: {
  /** The answers a reader starts with (all blank but an embed's defaults). */
  empty: V;
  id: (key: keyof V & string) => string;
  /** The adopted parameter set (for the answers, when they choose it). */
  adopted: ParameterSet | ((values: V) => ParameterSet);
  /** A link is scored only when it holds this answer. */
  required: keyof V;
  read: (values: V) => { input: unknown; problems: SummaryError[] };
  rule: (input: unknown, parameters: ParameterSet, values: V) => Outcome<R>;
  errors: (errors: FieldError[], values: V) => SummaryError[];
  /** Whether the last answers scored still belong to the set the current answers choose (score them again only then). */
  sameRules?: (last: V, current: V) => boolean;
}) {
  const form = useCalculatorForm<V, R>(empty, id);
  const revision = useRevisionParameters(typeof adopted === 'function' ? adopted(form.values) : adopted);
  const { remember, last } = useRecalculate<V>(
    revision.parameters,
    (v) => calculate(v),
    (v) => sameRules(v, form.values),
  );

  const calculate = (current: V = form.values) => {
    remember(current);
    const { input, problems } = read(current);
    const outcome = problems.length ? null : rule(input, revision.parameters, current);
    if (!outcome || !outcome.ok) return form.fail(outcome ? errors(outcome.errors, current) : problems);
    form.succeed(outcome.value);
    writeFragment({ ...revisionFragment(revision), ...current });
  };

  useFragmentLoad(
    revision.ready,
    (fromLink) => {
      const loaded = readFragment({ ...empty, asOf: defaultAsOf(revision, todayIso()) });
      form.setValues(loaded);
      // Score a link that holds the answers, not one that names only a revision (or an embed's defaults).
      if (fromLink && new URLSearchParams(location.hash.slice(1)).get(String(required))) calculate(loaded);
    },
    true,
  );

  /** The stamp's date: the one the shown result was scored under. */
  const asOf = last()?.asOf ?? form.values.asOf;
  return { ...form, revision, calculate, asOf };
}
