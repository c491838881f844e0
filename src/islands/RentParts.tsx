import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { parseMoney } from '../../calculators/core/money';
import type { FieldError } from '../../calculators/core/outcome';
import { jurisdictionIds, type JurisdictionId, type ParameterSet } from '../../calculators/core/parameters';
import { jurisdictionLabels } from '../../calculators/parameters/build';
import type { RentResult } from '../../calculators/rent/result';
import type { RentInput } from '../../calculators/rent/schemas/rentInput';
import type { SummaryError } from './shared/ErrorSummary';
import { SelectField, TextField } from './shared/Fields';
import { useFragmentLoad, useOutcome } from './shared/form';
import { readFragmentJson, todayIso, writeFragment } from './shared/fragment';
import { ResultPanel, ResultTable } from './shared/Result';
import { defaultAsOf, revisionFragment, useRevisionParameters } from './shared/revision';

/**
 * Pieces the rent islands share: field ids derived from rules-module error paths, money and number
 * parsing with field-named messages, the jurisdiction choice, money fields, a figures table and the result panel.
 */

const strings = {
  jurisdictionLabel: 'Whose standards apply',
  jurisdictionHint: 'The federal baseline, or a CoC whose written standards differ from it',
  figure: 'Figure',
  amount: 'Amount',
  linkHolds: 'the numbers',
  currency: '$',
  wholeNumber: (label: string) => `${label}: enter a whole number, like 3`,
  money: (label: string, message: string) => `${label}: ${message}`,
} as const;

/** A worked example as a page passes it to an island (data in the page's HTML, not in the island's JavaScript). */
export type RentExample = { id: string; title: string; rule: string; jurisdiction: JurisdictionId; input: RentInput };

/**
 * A worked example already turned into the island's form state, on the server (src/utils/toolData.ts), so
 * the island loads it as it is and ships no code to convert rules-module input back into form text.
 */
export type RentExampleForm<S> = { id: string; title: string; rule: string; state: S };

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

type Outcome<R> = { ok: true; value: R } | { ok: false; errors: FieldError[] };
type TextKey<S> = { [K in keyof S]: S[K] extends string ? K : never }[keyof S] & string;

/**
 * A rent island's form: its state kept as JSON under one fragment key, the parameter set (under a
 * proposed revision when the address names one), and `calculate`, which runs `run` and shows its
 * problems on the fields the form shows or its result. `bind(key, path)` gives a text field's props.
 */
export function useRentForm<S extends { asOf: string }, R>({
  prefix,
  fragmentKey,
  isState,
  fresh,
  sets,
  jurisdiction,
  shown,
  run,
}: {
  prefix: string;
  fragmentKey: string;
  isState: (value: unknown) => value is S;
  /** The form a reader starts with, the rules in force on `asOf`. */
  fresh: (asOf: string) => S;
  /** Each jurisdiction's adopted set of the numbers this question reads (parameters/rentQuestions.ts). */
  sets: Record<JurisdictionId, ParameterSet>;
  jurisdiction: (state: S) => JurisdictionId;
  /** The ids of the fields the form shows for this state (errors go to the nearest one). */
  shown: (state: S) => Set<string>;
  run: (state: S, parameters: ParameterSet) => Outcome<R> | Promise<Outcome<R>>;
}) {
  const id = (path: string) => fieldId(prefix, path);
  const [state, setState] = useState<S>(() => fresh(''));
  const { errors, inline, attempt, result, fail, succeed } = useOutcome<R>();
  const revision = useRevisionParameters(sets[jurisdiction(state)]);
  /** Merges a change, or a change worked out from the latest state (so changes made before a render all count). */
  const update = (change: Partial<S> | ((s: S) => Partial<S>)) =>
    setState((s) => ({ ...s, ...(typeof change === 'function' ? change(s) : change) }));

  const calculate = async (s: S = state) => {
    const outcome = await run(s, revision.parameters);
    if (!outcome.ok) return fail(summaryErrors(outcome.errors, prefix, shown(s), id('asOf')));
    succeed(outcome.value);
    writeFragment({ ...revisionFragment(revision), [fragmentKey]: JSON.stringify(s) });
  };

  useFragmentLoad(revision.ready, () => {
    const fromLink = readFragmentJson<S | null>(fragmentKey, null, (v): v is S | null => isState(v));
    setState(fromLink ?? fresh(defaultAsOf(revision, todayIso())));
    if (fromLink) void calculate(fromLink);
  });

  const err = (path: string) => inline[id(path)];
  const bind = (key: TextKey<S>, path: string = key) => ({
    id: id(path),
    value: state[key] as string,
    error: err(path),
    onInput: (value: string) => update({ [key]: value } as Partial<S>),
  });
  /** Fills in the form (a worked example) and calculates it. */
  const load = (next: S) => {
    setState(next);
    void calculate(next);
  };
  return { state, setState, update, load, revision, errors, attempt, result, calculate, id, err, bind };
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
}

/** Money as the form shows it: 90000 → "900.00". */
export const moneyText = (cents: number | undefined | null): string =>
  cents === undefined || cents === null ? '' : (cents / 100).toFixed(2);

/** The jurisdiction choice, labelled with each jurisdiction's name (its parameter sets' label). */
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
      options={ids.map((j) => ({ value: j, label: jurisdictionLabels[j] }))}
    />
  );
}

/** A two-column table of the figures an answer produced. */
export function Figures({ caption, rows }: { caption: string; rows: { label: string; value: string; strong?: boolean }[] }) {
  return (
    <ResultTable caption={caption} headings={[strings.figure, strings.amount]}>
      {rows.map((row) => (
        <tr>
          <th scope="row">{row.strong ? <strong>{row.label}</strong> : row.label}</th>
          <td>{row.strong ? <strong>{row.value}</strong> : row.value}</td>
        </tr>
      ))}
    </ResultTable>
  );
}

/** A rent answer under its heading, with the stamp of the parameter set it used and the copy-link and print buttons. */
export function RentResultPanel({
  id,
  heading,
  result,
  revision,
  children,
}: {
  id: string;
  heading: string;
  result: RentResult;
  revision: string | undefined;
  children: ComponentChildren;
}) {
  return (
    <ResultPanel
      id={id}
      heading={heading}
      reasons={result.reasons}
      stamp={{ jurisdiction: result.parameterSet.label, asOf: result.asOf, revision }}
      actions={{ what: strings.linkHolds }}
    >
      {children}
    </ResultPanel>
  );
}

/** An amount in dollars. */
export function MoneyField(props: {
  id: string;
  label: string;
  hint?: string | undefined;
  value: string;
  onInput: (value: string) => void;
  error?: string | undefined;
}) {
  return <TextField {...props} inputMode="decimal" prefix={strings.currency} width="10rem" />;
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
