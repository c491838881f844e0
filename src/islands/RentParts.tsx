import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { parseMoney } from '../../calculators/core/money';
import type { FieldError } from '../../calculators/core/outcome';
import { jurisdictionIds, type JurisdictionId } from '../../calculators/core/parameters';
import { rentParameterSets } from '../../calculators/parameters/rent';
import type { RentInput } from '../../calculators/rent/schemas/rentInput';
import type { SummaryError } from './shared/ErrorSummary';
import { SelectField } from './shared/Fields';

/**
 * Pieces the rent islands share: field ids derived from rules-module error paths, money and number
 * parsing with field-named messages, the jurisdiction choice, a figures table and the result actions.
 */

const strings = {
  jurisdictionLabel: 'Whose standards apply',
  jurisdictionHint: 'The federal baseline, or a CoC whose written standards differ from it',
  figure: 'Figure',
  amount: 'Amount',
  copyLink: 'Copy a link to this result',
  copied: 'Link copied. It holds the numbers you entered, so share it only on purpose.',
  print: 'Print',
  wholeNumber: (label: string) => `${label}: enter a whole number, like 3`,
  number: (label: string) => `${label}: enter a number, like 37.5`,
  money: (label: string, message: string) => `${label}: ${message}`,
} as const;

/** A worked example as a page passes it to an island (data in the page's HTML, not in the island's JavaScript). */
export type RentExample = { id: string; title: string; rule: string; jurisdiction: JurisdictionId; input: RentInput };

/** The id of the form field for a rules-module error path: `members.0.age` → `rent-ib-members-0-age`. */
export const fieldId = (prefix: string, path: string): string => `${prefix}-${path.replace(/\./g, '-') || 'form'}`;

/** Maps rules-module errors to the nearest field the form shows (the path, then its parents, then `fallback`). */
export function summaryErrors(errors: FieldError[], prefix: string, shown: Set<string>, fallback: string): SummaryError[] {
  return errors.map((error) => {
    const parts = error.path.split('.');
    for (let n = parts.length; n > 0; n -= 1) {
      const id = fieldId(prefix, parts.slice(0, n).join('.'));
      if (shown.has(id)) return { fieldId: id, message: error.message };
    }
    return { fieldId: fallback, message: error.message };
  });
}

/** Collects problems found while turning typed text into rules-module input. */
export class Problems {
  readonly errors: FieldError[] = [];
  add(path: string, message: string): void {
    this.errors.push({ path, message });
  }
  /** Cents from "$1,234.56", or undefined (with a problem unless the field may be empty). */
  money(text: string, path: string, label: string, required = false): number | undefined {
    if (text.trim() === '') {
      if (required) this.add(path, strings.money(label, 'Enter an amount, like 1,250.00'));
      return undefined;
    }
    const parsed = parseMoney(text);
    if (parsed.ok) return parsed.cents;
    this.add(path, strings.money(label, parsed.message));
    return undefined;
  }
  /** A whole number, or undefined with a problem. */
  whole(text: string, path: string, label: string, required = true): number | undefined {
    if (text.trim() === '' && !required) return undefined;
    if (!/^\s*-?\d+\s*$/.test(text)) {
      this.add(path, strings.wholeNumber(label));
      return undefined;
    }
    return Number(text);
  }
  /** A number with decimals, or undefined with a problem. */
  decimal(text: string, path: string, label: string): number | undefined {
    if (!/^\s*\d+(\.\d+)?\s*$/.test(text)) {
      this.add(path, strings.number(label));
      return undefined;
    }
    return Number(text);
  }
}

/** Money as the form shows it: 90000 → "900.00". */
export const moneyText = (cents: number | undefined | null): string =>
  cents === undefined || cents === null ? '' : (cents / 100).toFixed(2);

/** The jurisdiction choice, labelled with each parameter set's name. */
export function JurisdictionField({
  id,
  value,
  onChange,
  only,
}: {
  id: string;
  value: JurisdictionId;
  onChange: (value: JurisdictionId) => void;
  only?: JurisdictionId[];
}) {
  const ids = only ?? [...jurisdictionIds];
  return (
    <SelectField
      id={id}
      label={strings.jurisdictionLabel}
      hint={strings.jurisdictionHint}
      value={value}
      onChange={(v) => onChange(ids.find((j) => j === v) ?? value)}
      options={ids.map((j) => ({ value: j, label: rentParameterSets[j].label }))}
    />
  );
}

/** A two-column table of the figures an answer produced. */
export function Figures({ caption, rows }: { caption: string; rows: { label: string; value: string; strong?: boolean }[] }) {
  return (
    <table class="result-table">
      <caption class="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{strings.figure}</th>
          <th scope="col">{strings.amount}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr>
            <th scope="row">{row.strong ? <strong>{row.label}</strong> : row.label}</th>
            <td>{row.strong ? <strong>{row.value}</strong> : row.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
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

/** A fieldset grouping related questions under a legend. */
export function Group({ legend, children }: { legend: string; children: ComponentChildren }) {
  return (
    <fieldset class="field-group">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

/** A yes/no checkbox with its label. */
export function Checkbox({
  id,
  label,
  checked,
  onChange,
  hint,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
}) {
  return (
    <div class="choice">
      <input
        type="checkbox"
        id={id}
        name={id}
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <label for={id}>
        {label}
        {hint && (
          <span class="hint" id={`${id}-hint`}>
            {' '}
            {hint}
          </span>
        )}
      </label>
    </div>
  );
}
