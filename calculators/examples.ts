import type { ExampleBook } from './core/examples';
import { rrhTierExamples } from './rent';

/** Every calculator's worked examples: unit tests, tool pages and revision-impact tables read this list. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- books differ in input and result types
export const exampleBooks: ExampleBook<any, any>[] = [rrhTierExamples];
