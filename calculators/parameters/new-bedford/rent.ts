import type { Parameter } from '../../core/parameters';

/** rent parameters for new-bedford. Each value cites the passage that states it. */
export const parameters: Parameter[] = [];
