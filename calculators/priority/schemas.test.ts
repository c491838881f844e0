import { expect, test } from 'vitest';
import * as z from 'zod/mini';
import { Cpd14012Person, Cpd1611Person } from './cpd/schema';
import { NashvillePshHousehold, NashvilleRrhHousehold, NashvilleRrhScoreInput } from './nashville/schema';
import { TpchPriorityInput, TpchHousehold } from './tpch/schema';

const objects = {
  TpchPriorityInput,
  TpchHousehold,
  NashvilleRrhScoreInput,
  NashvilleRrhHousehold,
  NashvillePshHousehold,
  Cpd1611Person,
  Cpd14012Person,
};

/** The description of a field, looking through `optional`. */
function description(schema: z.ZodMiniType): string | undefined {
  const own = z.globalRegistry.get(schema)?.description;
  if (own) return own;
  const inner = (schema as unknown as { _zod: { def: { innerType?: z.ZodMiniType } } })._zod.def.innerType;
  return inner ? description(inner) : undefined;
}

test.each(Object.entries(objects))('every field of %s has a description for forms and docs', (_name, schema) => {
  const shape = (schema as unknown as { _zod: { def: { shape: Record<string, z.ZodMiniType> } } })._zod.def.shape;
  const missing = Object.entries(shape)
    .filter(([, field]) => !description(field))
    .map(([key]) => key);
  expect(missing).toEqual([]);
});
