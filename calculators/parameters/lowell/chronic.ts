import type { Parameter } from '../../core/parameters';

/** chronic parameters for lowell. Each value cites the passage that states it. */
export const parameters: Parameter[] = [];
