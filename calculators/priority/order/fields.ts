import * as z from 'zod/mini';
import { LIST_LIMIT, type OrderMethod } from './list';

/** The households to order: at least one, at most the list limit. */
export const householdList = <T extends z.ZodMiniType>(household: T) =>
  z
    .array(household, { error: 'Add the households as a list' })
    .check(
      z.minLength(1, 'Add at least one household to order'),
      z.maxLength(LIST_LIMIT, `Order at most ${LIST_LIMIT.toLocaleString('en-US')} households at a time`),
      z.describe('The households to order, one entry each'),
    );

/** The order a list uses. */
export const methodField = <M extends OrderMethod>(method: M, description: string) => z.literal(method).check(z.describe(description));
