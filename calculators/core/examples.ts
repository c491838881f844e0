import type { Citation } from './citation';
import type { Outcome } from './outcome';
import type { JurisdictionId, ParameterSet } from './parameters';

type DeepPartial<T> = T extends readonly (infer U)[]
  ? readonly DeepPartial<U>[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/**
 * A worked example: one input, the answer the standards give for it, and the rule it shows.
 * Unit tests assert `expected` is a subset of the result, tool pages offer it as "try an example",
 * and revision pages run it under adopted and proposed parameters to show the impact of a change.
 */
export type WorkedExample<Input, Result> = {
  id: string;
  title: string;
  /** The rule the example shows, in a sentence a committee member can read. */
  rule: string;
  jurisdiction: JurisdictionId;
  input: Input;
  expected: DeepPartial<Result>;
  citations: Citation[];
};

export type CalculatorId = 'eligibility' | 'chronic' | 'rent' | 'match' | 'priority';

/** A calculator's examples together with the function that runs them. */
export type ExampleBook<Input, Result> = {
  calculator: CalculatorId;
  title: string;
  run: (input: unknown, options?: { jurisdiction?: JurisdictionId; parameters?: ParameterSet }) => Outcome<Result>;
  /** The figures a revision-impact table compares (e.g. program share), each as a label and a formatted value. */
  figures: (result: Result) => { label: string; value: string }[];
  examples: WorkedExample<Input, Result>[];
};

/** Declares an example book; a helper so each book's types are checked against its calculator. */
export const defineExampleBook = <Input, Result>(book: ExampleBook<Input, Result>): ExampleBook<Input, Result> => book;
