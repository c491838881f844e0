import type { Citation } from '../../../core/citation';

// Passages of the TPCH performance standards that reasons cite for the structure of a rule (each quote is checked by a test).

const tpch = (quote: string): Citation => ({ doc: 'tpch-written-standards', section: 'program-performance-standards-2021', quote });
const tpchOld = (quote: string): Citation => ({ doc: 'tpch-written-standards', section: 'performance-standards', quote });

export const tpchHeadings = tpch('in the source scan only the second column heading is legible');
export const tpchOlderThresholds = tpchOld('only the three rows below survive, and their column headings are lost');
