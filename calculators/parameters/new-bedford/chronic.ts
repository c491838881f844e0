import type { Parameter } from '../../core/parameters';

/** chronic parameters for new-bedford: none of its own, because its standards restate the federal definition (the hud baseline applies). */
export const parameters: Parameter[] = [];
