import type { Parameter } from '../../core/parameters';

/** priority parameters for connecticut (Sustainable CT municipalities). Each value cites the passage that states it. */
export const parameters: Parameter[] = [];
