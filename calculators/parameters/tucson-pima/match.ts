import type { Parameter } from '../../core/parameters';

/** match parameters for tucson-pima. Each value cites the passage that states it. */
export const parameters: Parameter[] = [];
