// Kept apart from Fields.tsx so that only the islands with a text box load it.
import { describedBy, HintAndError, Wrapper, type Common } from './Fields';

/** A multi-line text box (a pasted list, one item a line), wired like `TextField`; `monospace` keeps columns aligned. */
export function TextArea(props: Common & { value: string; onInput: (value: string) => void; rows?: number; monospace?: boolean }) {
  const { id, label, hint, error, value, onInput, rows = 10, monospace } = props;
  return (
    <Wrapper {...props}>
      <label for={id}>{label}</label>
      <HintAndError id={id} hint={hint} error={error} />
      <textarea
        id={id}
        name={id}
        rows={rows}
        value={value}
        spellcheck={false}
        autoComplete="off"
        style={monospace ? { width: '100%', fontFamily: 'ui-monospace, monospace', fontSize: '0.95rem' } : { width: '100%' }}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? 'true' : undefined}
        onInput={(event) => onInput((event.currentTarget as HTMLTextAreaElement).value)}
      />
    </Wrapper>
  );
}
