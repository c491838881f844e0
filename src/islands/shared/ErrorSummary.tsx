import { useLayoutEffect, useRef } from 'preact/hooks';

export type SummaryError = { fieldId: string; message: string };

/** "There is a problem": takes focus when shown, each item links to its field (GOV.UK pattern). */
export function ErrorSummary({ errors, attempt }: { errors: SummaryError[]; attempt: number }) {
  const ref = useRef<HTMLDivElement>(null);
  // A layout effect: focus moves as the summary appears, before the next key is handled.
  useLayoutEffect(() => {
    if (errors.length) ref.current?.focus();
  }, [attempt]);
  if (!errors.length) return null;
  return (
    <div class="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">There is a problem</h2>
      <ul>
        {errors.map((error) => (
          <li>
            <a
              href={`#${error.fieldId}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(error.fieldId)?.focus();
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
