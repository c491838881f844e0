import type { z } from 'zod/mini';

/** A problem with one input field: `path` is dotted (`sources.2.amount`), `message` is for people. */
export type FieldError = { path: string; message: string };

/** Either a value, or every input problem found, never both. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** Wraps a successful value. */
export const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });

/** Wraps one or more input problems. */
export const fail = <T = never>(errors: FieldError[]): Outcome<T> => ({ ok: false, errors });

/** Turns zod issues into field errors with dotted paths. */
export function issuesToErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/** Validates unknown input against a schema at the module boundary. */
export function parseInput<S extends z.ZodMiniType>(schema: S, input: unknown): Outcome<z.infer<S>> {
  const result = schema.safeParse(input);
  return result.success ? ok(result.data) : fail(issuesToErrors(result.error.issues));
}
