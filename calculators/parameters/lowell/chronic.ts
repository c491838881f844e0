import type { Parameter } from '../../core/parameters';

/** chronic parameters for lowell: none of its own, because its standards restate the federal definition (the hud baseline applies). */
export const parameters: Parameter[] = [];
