import { chooseAmong } from '../../parameters/build';
import { priorityParameterSets } from '../../parameters/nashville-davidson/sets/priority';
import { nashvilleListOrderer } from './nashvilleList';

export { priorityParameterSets };

/**
 * `orderNashvilleList` holding Nashville-Davidson's priority set alone, so the Nashville list tool ships
 * no other jurisdiction's numbers. Same results as `orderNashvilleList` for Nashville-Davidson or an
 * explicit set (parameters/sets.test.ts).
 */
export const orderNashvilleList = nashvilleListOrderer(chooseAmong(priorityParameterSets));
