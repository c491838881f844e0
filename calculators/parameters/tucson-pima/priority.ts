import type { Parameter } from '../../core/parameters';
import { tpchPerformanceParameters } from '../../priority/scoring/performanceParameters';
import { orderParameters } from './priorityOrder';

/**
 * priority parameters for tucson-pima (TPCH): its priority orders' (./priorityOrder.ts) and its performance
 * standards'. Two modules, so a tool that runs only the orders ships no performance standards.
 */
export const parameters: Parameter[] = [...orderParameters, ...tpchPerformanceParameters];
