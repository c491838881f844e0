import * as z from 'zod/mini';
import { Cpd14012ListInput, Cpd1611ListInput } from './cpdList';
import { NashvillePshListInput, NashvilleRrhListInput } from './nashvilleList';
import { TpchListInput } from './tpchList';

export { ORDER_METHODS, type OrderMethod } from './list';

/** Input for ordering a list of households under one jurisdiction's or notice's order of priority. */
export const OrderHouseholdsInput = z.discriminatedUnion(
  'method',
  [TpchListInput, NashvilleRrhListInput, NashvillePshListInput, Cpd1611ListInput, Cpd14012ListInput],
  {
    error: 'Choose the order: TPCH, Nashville RRH, Nashville PSH, HUD-VASH with CPD-16-11, or CPD-14-012',
  },
);
export type OrderHouseholdsInput = z.infer<typeof OrderHouseholdsInput>;
