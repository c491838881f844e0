/**
 * The calculator kit: the hooks and components the calculator islands share (README.md). They live in
 * one module so that a page loads them as one file: as separate small modules Rollup would ship each
 * as a chunk of its own, compressed on its own. `form.ts`, `answers.ts`, `CalculatorForm.tsx`,
 * `Result.tsx` and `Examples.tsx` re-export them under the names the islands import.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Reason } from '../../../calculators/core/citation';
import type { SummaryError } from './ErrorSummary';
import { byField } from './errors';
import { copyResultAddress, formReady, fragmentHasAnswers } from './fragment';
import { Reasons } from './Reasons';
import { Stamp } from './Stamp';

const strings = {
  yes: 'Yes',
  no: 'No',
  copyLink: 'Copy a link to this result',
  copied: (what: string) => `Link copied. It holds ${what} you entered, so share it only on purpose.`,
  print: 'Print',
  examplesHeading: 'Try an example',
} as const;

/* Form state and the URL fragment */

/**
 * What a calculation shows: its problems (for the summary and inline) or its result. `attempt` counts
 * calculations, so the error summary takes focus after each failed one.
 */
export function useOutcome<R>() {
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<R | null>(null);
  return {
    errors,
    attempt,
    result,
    /** The first message for each field id. */
    inline: byField(errors),
    /** Shows the problems and clears the result. */
    fail: (list: SummaryError[]) => {
      setAttempt((n) => n + 1);
      setErrors(list);
      setResult(null);
    },
    /** Shows the result and clears the problems. */
    succeed: (value: R) => {
      setAttempt((n) => n + 1);
      setErrors([]);
      setResult(value);
    },
  };
}

/**
 * A calculator form whose answers are all text (the shape they take in the URL fragment): the values,
 * `set(key)` for a change handler, and `field(key)`, the props that tie a shared field (`TextField`,
 * `RadioGroup`, `SelectField`, `TextArea`) to one value: its id, value, inline error and handler.
 */
export function useCalculatorForm<V extends Record<string, string>, R>(initial: V, fieldId: (key: keyof V & string) => string) {
  const [values, setValues] = useState<V>(initial);
  const outcome = useOutcome<R>();
  const set = (key: keyof V) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const field = (key: keyof V & string) => {
    const id = fieldId(key);
    return { id, value: values[key] as string, error: outcome.inline[id], onInput: set(key), onChange: set(key) };
  };
  return { ...outcome, values, setValues, set, field };
}

/**
 * Applies the URL fragment once `ready` (after hydration, whose HTML keeps the server's values; with a
 * revision, once its data is known), and with `followLinks` again each time the fragment changes (a
 * worked-example link on the page was followed). `apply` is told whether the fragment holds answers;
 * following an anchor (`#p12`, a heading) leaves the form alone.
 */
export function useFragmentLoad(ready: boolean, apply: (fromLink: boolean) => void, followLinks = false): void {
  const latest = useRef(apply);
  latest.current = apply;
  const applied = useRef(false);
  useEffect(() => {
    if (!ready || applied.current) return;
    applied.current = true;
    latest.current(fragmentHasAnswers());
    formReady();
  }, [ready]);
  useEffect(() => {
    if (!followLinks) return;
    const onHash = () => fragmentHasAnswers() && latest.current(true);
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
}

/**
 * Remembers what was last calculated and under which parameters, and calculates it `again` when the
 * parameters change (the reader switched between a proposed revision and the adopted rules) and `when` allows.
 */
export function useRecalculate<T>(parameters: unknown, again: (input: T) => void, when: (input: T) => boolean = () => true) {
  const last = useRef<{ input: T; parameters: unknown } | null>(null);
  useEffect(() => {
    if (last.current && last.current.parameters !== parameters && when(last.current.input)) again(last.current.input);
  }, [parameters]);
  return {
    remember: (input: T) => {
      last.current = { input, parameters };
    },
    last: (): T | undefined => last.current?.input,
  };
}

/* Yes/no questions: radio values "yes" / "no" / "" (not answered) */

/** A radio group's "yes" / "no" / "" as true / false / undefined. */
export const toYesNo = (value: string): boolean | undefined => (value === 'yes' ? true : value === 'no' ? false : undefined);

/** true / false / undefined back as the radio group's "yes" / "no" / "" (worked examples, links). */
export const fromYesNo = (value: boolean | undefined): string => (value === true ? 'yes' : value === false ? 'no' : '');

/** The options of a yes/no radio group. */
export const yesNoOptions = [
  { value: 'yes', label: strings.yes },
  { value: 'no', label: strings.no },
];

/* The form */

/**
 * A calculator's form: the island validates on submit (no browser validation); the submit button comes last, with any `buttons`.
 * Printed only while there is no result: a printed result carries the answers in its reasons (global.css).
 */
export function CalculatorForm({
  class: className,
  submit,
  onSubmit,
  buttons,
  children,
}: {
  class?: string;
  submit: string;
  onSubmit: () => void;
  buttons?: ComponentChildren;
  children: ComponentChildren;
}) {
  return (
    <form
      class={`calculator-form ${className ?? ''}`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
      <div class="button-row">
        <button class="button" type="submit">
          {submit}
        </button>
        {buttons}
      </div>
    </form>
  );
}

/* The result */

export type ResultActionsProps = {
  /** What the link holds, for the copied notice: "the answers", "the numbers"… */
  what?: string;
  copyLabel?: string;
  /** False for a result whose link would hold nothing to share (print only). */
  copy?: boolean;
  /** Hides the copied notice again when this changes (the link no longer holds what was copied). */
  reset?: unknown;
};

/** Copy-link and print buttons under a result, with the copied notice. */
export function ResultActions({ what = 'what', copyLabel = strings.copyLink, copy = true, reset }: ResultActionsProps) {
  const [copied, setCopied] = useState(false);
  useEffect(() => setCopied(false), [reset]);
  return (
    <>
      <div class="button-row no-print">
        {copy && (
          <button
            type="button"
            class="button button--secondary"
            onClick={() => {
              copyResultAddress(() => setCopied(true));
            }}
          >
            {copyLabel}
          </button>
        )}
        <button type="button" class="button button--secondary" onClick={() => window.print()}>
          {strings.print}
        </button>
      </div>
      {copied && <p role="status">{strings.copied(what)}</p>}
    </>
  );
}

/**
 * A calculator's result: a live region under its heading, what the island shows (`children`), the
 * reasons with their citations, the case-file stamp and the copy-link and print buttons.
 */
export function ResultPanel({
  id,
  heading,
  reasons,
  reasonsHeading,
  stamp,
  actions = {},
  children,
}: {
  id: string;
  heading: ComponentChildren;
  reasons: Reason[];
  reasonsHeading?: string;
  /** The parameter set's label names the jurisdiction too unless `parameterSet` is given. */
  stamp: { jurisdiction: string; parameterSet?: string; asOf: string; revision?: string | undefined };
  actions?: ResultActionsProps;
  children?: ComponentChildren;
}) {
  return (
    <section class="result" aria-labelledby={id} aria-live="polite">
      <h2 id={id}>{heading}</h2>
      {children}
      <Reasons reasons={reasons} heading={reasonsHeading} />
      <Stamp {...stamp} parameterSet={stamp.parameterSet ?? stamp.jurisdiction} />
      <ResultActions {...actions} />
    </section>
  );
}

/** A result's table: its caption for screen readers, the column headings, the island's rows and any `foot` rows. */
export function ResultTable({
  caption,
  headings,
  foot,
  children,
}: {
  caption: string;
  headings: ComponentChildren[];
  foot?: ComponentChildren;
  children: ComponentChildren;
}) {
  // Tables scroll sideways when the column is narrow (an embed, a phone): focusable, so the keyboard can scroll them.
  return (
    <table class="result-table" tabIndex={0}>
      <caption class="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {headings.map((heading) => (
            <th scope="col">{heading}</th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
      {foot && <tfoot>{foot}</tfoot>}
    </table>
  );
}

/* Worked examples */

type Example = { title: string; rule: string };

/** "Try an example": a button for each worked example, which loads its answers into the form and calculates. */
export function ExampleButtons<E extends Example>({
  id,
  examples,
  onChoose,
  heading = strings.examplesHeading,
}: {
  id: string;
  examples: E[];
  onChoose: (example: E) => void;
  heading?: string;
}) {
  // A calculator embedded in a standards section gets none: its worked examples are on the tool page.
  if (!examples.length) return null;
  return (
    <section class="no-print" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul>
        {examples.map((example) => (
          <li>
            <button type="button" class="button button--secondary" onClick={() => onChoose(example)}>
              {example.title}
            </button>{' '}
            {example.rule}
          </li>
        ))}
      </ul>
    </section>
  );
}
