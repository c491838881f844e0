import type { FieldError } from '../../../calculators/core/outcome';
import type { SummaryError } from './ErrorSummary';

/** Maps rules-module error paths to form field ids; unmatched paths go to `fallbackField`. */
export function toSummaryErrors(errors: FieldError[], fieldIds: Record<string, string>, fallbackField: string): SummaryError[] {
  return errors.map((error) => ({
    fieldId: fieldIds[error.path] ?? fieldIds[error.path.split('.')[0] ?? ''] ?? fallbackField,
    message: error.message,
  }));
}

/** The first message for each field, for inline display. */
export function byField(errors: SummaryError[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const error of errors) out[error.fieldId] ??= error.message;
  return out;
}
