import { useEffect, useRef, useState } from 'preact/hooks';
import { parseMoney } from '../../calculators/core/money';
import type { FieldError } from '../../calculators/core/outcome';
import type { SummaryError } from './shared/ErrorSummary';

const strings = {
  rateFormat: 'Enter a percentage like 87.5, or a count like 14 of 16',
  moneyRateFormat: 'Enter a percentage like 2.5, or amounts like $1,200 of $260,920',
  number: 'Enter a number, like 12 or 7.5',
  copyLink: 'Copy a link to this result',
  copied: 'Link copied. It holds what you entered, so share it only on purpose.',
  print: 'Print',
  yes: 'Yes',
  no: 'No',
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

/** "yes" / "no" / "" from a radio group, as the rules module's true / false / missing. */
export const yesNo = (value: string): boolean | undefined => (value === 'yes' ? true : value === 'no' ? false : undefined);
export const fromYesNo = (value: boolean | undefined): string => (value === true ? 'yes' : value === false ? 'no' : '');
export const yesNoOptions = [
  { value: 'yes', label: strings.yes },
  { value: 'no', label: strings.no },
];

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

/** Copy-link and print buttons under a result. */
export function ResultActions() {
  const [copied, setCopied] = useState(false);
  return (
    <>
      <div class="button-row no-print">
        <button
          type="button"
          class="button button--secondary"
          onClick={() => {
            void navigator.clipboard?.writeText(location.href).then(() => setCopied(true));
          }}
        >
          {strings.copyLink}
        </button>
        <button type="button" class="button button--secondary" onClick={() => window.print()}>
          {strings.print}
        </button>
      </div>
      {copied && <p role="status">{strings.copied}</p>}
    </>
  );
}

/**
 * The page lists worked examples as links whose fragment holds the example's answers (no example data
 * ships as JavaScript); following one changes the fragment, and this runs `load` with the latest state.
 */
export function useExampleLinks(load: () => void): void {
  const latest = useRef(load);
  latest.current = load;
  useEffect(() => {
    const onHash = () => latest.current();
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
}

/** The fragment of a worked example's link: its answers as the island's fields. */
export const exampleHref = (values: Record<string, string>): string =>
  `#${new URLSearchParams(Object.entries(values).filter(([, v]) => v !== '')).toString()}`;
