import type { Parameter } from '../../core/parameters';
import { nashvillePerformanceParameters } from '../../priority/scoring/performanceParameters';
import { orderParameters } from './priorityOrder';

/**
 * priority parameters for nashville-davidson: its priority orders' (./priorityOrder.ts) and its performance
 * standards'. Two modules, so a tool that runs only the orders ships no performance standards.
 */
export const parameters: Parameter[] = [...orderParameters, ...nashvillePerformanceParameters];
