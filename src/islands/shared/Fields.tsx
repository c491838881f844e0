import type { ComponentChildren } from 'preact';

/** What every field takes; `Wrapper`, `HintAndError` and `describedBy` build other kinds of field (TextArea.tsx). */
export type Common = { id: string; label: string; hint?: string; error?: string | undefined };

export const describedBy = (id: string, hint?: string, error?: string) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

export function Wrapper({ error, children }: Common & { children: ComponentChildren }) {
  return <div class={`field${error ? ' field--error' : ''}`}>{children}</div>;
}

export function HintAndError({ id, hint, error }: Pick<Common, 'id' | 'hint' | 'error'>) {
  return (
    <>
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
    </>
  );
}

/** A text input with its label, hint and inline error wired for screen readers. */
export function TextField(
  props: Common & {
    value: string;
    onInput: (value: string) => void;
    inputMode?: 'decimal' | 'numeric' | 'text';
    prefix?: string;
    type?: 'text' | 'date';
    width?: string;
  },
) {
  const { id, label, hint, error, value, onInput, inputMode = 'text', prefix, type = 'text', width } = props;
  return (
    <Wrapper {...props}>
      <label for={id}>{label}</label>
      <HintAndError id={id} hint={hint} error={error} />
      {prefix && <span aria-hidden="true">{prefix} </span>}
      <input
        id={id}
        name={id}
        type={type}
        inputMode={inputMode}
        value={value}
        style={width ? { width } : undefined}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? 'true' : undefined}
        onInput={(event) => onInput((event.currentTarget as HTMLInputElement).value)}
        autoComplete="off"
      />
    </Wrapper>
  );
}

/** A group of radio buttons in a fieldset with a legend. */
export function RadioGroup(
  props: Common & { value: string; options: { value: string; label: string; hint?: string }[]; onChange: (value: string) => void },
) {
  const { id, label, hint, error, value, options, onChange } = props;
  return (
    <Wrapper {...props}>
      <fieldset aria-describedby={describedBy(id, hint, error)}>
        <legend>{label}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        {options.map((option, index) => (
          <div class="choice">
            <input
              type="radio"
              id={index === 0 ? id : `${id}-${option.value}`}
              name={id}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <label for={index === 0 ? id : `${id}-${option.value}`}>
              {option.label}
              {option.hint && <span class="hint"> {option.hint}</span>}
            </label>
          </div>
        ))}
      </fieldset>
    </Wrapper>
  );
}

/** A select box with its label, hint and inline error. */
export function SelectField(
  props: Common & { value: string; options: { value: string; label: string }[]; onChange: (value: string) => void },
) {
  const { id, label, hint, error, value, options, onChange } = props;
  return (
    <Wrapper {...props}>
      <label for={id}>{label}</label>
      <HintAndError id={id} hint={hint} error={error} />
      <select
        id={id}
        name={id}
        value={value}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? 'true' : undefined}
        onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value)}
      >
        {options.map((option) => (
          <option value={option.value}>{option.label}</option>
        ))}
      </select>
    </Wrapper>
  );
}
