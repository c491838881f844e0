import type { Parameter } from '../../core/parameters';

/** match parameters for connecticut (Sustainable CT municipalities). Each value cites the passage that states it. */
export const parameters: Parameter[] = [];
