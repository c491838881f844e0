import type { Parameter } from '../../core/parameters';

/** priority parameters for nashville-davidson. Each value cites the passage that states it. */
export const parameters: Parameter[] = [];
