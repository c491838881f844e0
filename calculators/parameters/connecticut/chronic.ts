import type { Parameter } from '../../core/parameters';

/** chronic parameters for connecticut (Sustainable CT municipalities): none, as it sets no chronic standards (the hud baseline applies). */
export const parameters: Parameter[] = [];
