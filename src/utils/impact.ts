import type { ExampleBook, WorkedExample } from '../../calculators/core/examples';
import type { ParameterSet } from '../../calculators/core/parameters';

/**
 * The impact of a proposed revision: every worked example of every calculator run under the adopted
 * parameter set and under the proposed overlay, compared by each book's `figures`. Pure: the caller
 * passes the books and both sets, so tests can use small books of their own.
 */

export type Figure = { label: string; value: string };
export type ExampleRun = { ok: true; figures: Figure[] } | { ok: false; message: string };
export type FigureChange = { label: string; adopted: string; proposed: string };

export type ChangedExample = {
  calculator: string;
  book: string;
  id: string;
  title: string;
  jurisdiction: string;
  changes: FigureChange[];
};

export type BookImpact = { calculator: string; book: string; examples: number; changed: number; unchanged: number; notApplicable: number };

export type Impact = {
  /** The date every example was run on (the latest effective date of the changes), or null to keep each example's own date. */
  asOf: string | null;
  changed: ChangedExample[];
  books: BookImpact[];
  total: number;
  unchanged: number;
  /** Examples that cannot run under this jurisdiction's rules at all (e.g. TPCH tiers under Nashville): the same error both ways. */
  notApplicable: number;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- books differ in input and result types
type AnyBook = ExampleBook<any, any>;

/** An example's input run on `asOf` when that is later than its own date, so a future proposed value is in force. */
export function inputOn(input: unknown, asOf: string | null): unknown {
  if (!asOf || typeof input !== 'object' || input === null || !('asOf' in input)) return input;
  const own = (input as { asOf: unknown }).asOf;
  return typeof own === 'string' && own < asOf ? { ...input, asOf } : input;
}

/** Runs one example under a parameter set and reads its figures; a thrown error counts as "not calculated". */
export function runExample(
  book: AnyBook,
  example: WorkedExample<unknown, unknown>,
  parameters: ParameterSet,
  asOf: string | null,
): ExampleRun {
  try {
    const outcome = book.run(inputOn(example.input, asOf), { parameters });
    if (!outcome.ok) return { ok: false, message: outcome.errors.map((e) => e.message).join('; ') };
    return { ok: true, figures: book.figures(outcome.value) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

const notCalculated = (message: string) => `Not calculated: ${message}`;

/** The figures that differ between two runs, by label; a run that fails shows why on its side. */
export function compareRuns(adopted: ExampleRun, proposed: ExampleRun): FigureChange[] {
  if (!adopted.ok && !proposed.ok) {
    return adopted.message === proposed.message
      ? []
      : [{ label: 'Result', adopted: notCalculated(adopted.message), proposed: notCalculated(proposed.message) }];
  }
  if (!adopted.ok || !proposed.ok) {
    const figures = adopted.ok ? adopted.figures : (proposed as { figures: Figure[] }).figures;
    const reason = notCalculated(adopted.ok ? (proposed as { message: string }).message : adopted.message);
    return figures.map((f) =>
      adopted.ok ? { label: f.label, adopted: f.value, proposed: reason } : { label: f.label, adopted: reason, proposed: f.value },
    );
  }
  const labels = [...new Set([...adopted.figures, ...proposed.figures].map((f) => f.label))];
  const value = (figures: Figure[], label: string) => figures.find((f) => f.label === label)?.value ?? '—';
  return labels
    .map((label) => ({ label, adopted: value(adopted.figures, label), proposed: value(proposed.figures, label) }))
    .filter((c) => c.adopted !== c.proposed);
}

/** Runs every example of every book under both sets and lists what changes; unchanged examples are only counted. */
export function computeImpact(books: AnyBook[], adopted: ParameterSet, proposed: ParameterSet, asOf: string | null): Impact {
  const changed: ChangedExample[] = [];
  const summaries: BookImpact[] = [];
  for (const book of books) {
    const summary: BookImpact = { calculator: book.calculator, book: book.title, examples: 0, changed: 0, unchanged: 0, notApplicable: 0 };
    for (const example of book.examples) {
      summary.examples += 1;
      const before = runExample(book, example, adopted, asOf);
      const after = runExample(book, example, proposed, asOf);
      const changes = compareRuns(before, after);
      if (changes.length) {
        summary.changed += 1;
        changed.push({
          calculator: book.calculator,
          book: book.title,
          id: example.id,
          title: example.title,
          jurisdiction: example.jurisdiction,
          changes,
        });
      } else if (!before.ok) summary.notApplicable += 1;
      else summary.unchanged += 1;
    }
    summaries.push(summary);
  }
  const sum = (k: 'examples' | 'unchanged' | 'notApplicable') => summaries.reduce((n, s) => n + s[k], 0);
  return { asOf, changed, books: summaries, total: sum('examples'), unchanged: sum('unchanged'), notApplicable: sum('notApplicable') };
}
