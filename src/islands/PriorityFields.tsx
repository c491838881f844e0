import { useEffect, useState } from 'preact/hooks';
import { applyFragmentOnMount } from './shared/fragment';

/** Reads a typed number: empty is "not answered", whole numbers become numbers, anything else goes to the rules as typed so they name the problem. */
export const toNumber = (text: string): number | string | undefined => {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
};

/** Reads a yes/no radio value: '' is not answered. */
export const toYesNo = (value: string): boolean | undefined => (value === 'yes' ? true : value === 'no' ? false : undefined);

/** Empty text is "not answered". */
export const orUndefined = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());

/** A multi-line text field with its label, hint and inline error wired like the shared fields. */
export function TextArea(props: {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  rows: number;
  onInput: (value: string) => void;
}) {
  const { id, label, hint, error, value, rows, onInput } = props;
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <label for={id}>{label}</label>
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
      <textarea
        id={id}
        name={id}
        rows={rows}
        value={value}
        spellcheck={false}
        autoComplete="off"
        style={{ width: '100%', fontFamily: 'ui-monospace, monospace', fontSize: '0.95rem' }}
        aria-describedby={describedBy}
        aria-invalid={error ? 'true' : undefined}
        onInput={(event) => onInput((event.currentTarget as HTMLTextAreaElement).value)}
      />
    </div>
  );
}

/** Copy-link and print buttons under a result, with the copied notice. */
export function ResultActions({ copyLabel, copiedText, printLabel }: { copyLabel: string; copiedText: string; printLabel: string }) {
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
          {copyLabel}
        </button>
        <button type="button" class="button button--secondary" onClick={() => window.print()}>
          {printLabel}
        </button>
      </div>
      {copied && <p role="status">{copiedText}</p>}
    </>
  );
}

/** Applies the URL fragment after hydration, and again when it changes (an example link was followed). */
export function useFragment<T extends Record<string, string>>(defaults: T, apply: (values: T, fromLink: boolean) => void): void {
  useEffect(() => {
    const load = applyFragmentOnMount(defaults, apply);
    load();
    addEventListener('hashchange', load);
    return () => removeEventListener('hashchange', load);
  }, []);
}
