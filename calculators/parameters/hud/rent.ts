import type { Parameter } from '../../core/parameters';

/** rent parameters for hud. Each value cites the passage that states it. */
export const parameters: Parameter[] = [];
