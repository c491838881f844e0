import type { Parameter } from '../../core/parameters';

/** eligibility parameters for nashville-davidson. Each value cites the passage that states it. */
export const parameters: Parameter[] = [];
