import type { Parameter } from '../../core/parameters';

/** rent parameters for connecticut (Sustainable CT municipalities). Each value cites the passage that states it. */
export const parameters: Parameter[] = [];

/** The income-based rent and limits questions' numbers (parameters/rentQuestions.ts): the baseline's alone. */
export const incomeBasedRules: Parameter[] = [];
export const limitRules: Parameter[] = [];
