import * as z from 'zod/mini';
import { ceilings, countField, decimalField, labelField, moneyField } from './fields';
import {
  NASHVILLE_CATALOG,
  NASHVILLE_COMPONENTS,
  NASHVILLE_MEASURES,
  TPCH_CATALOG,
  TPCH_COLUMNS,
  TPCH_MEASURES,
  type MeasureDefinition,
} from './performanceCatalog';
import { asOfField, choiceField } from './fields';
import { moneyRateField, rateField } from './rates';

/** The input schema for one measure, by how it is measured. */
function measureField(measure: string, { label, kind }: MeasureDefinition) {
  const short = label.split(':')[0]?.toLowerCase() ?? measure;
  switch (kind) {
    case 'rate':
      return rateField({ label: short, count: 'counted', outOf: 'in all' }, label);
    case 'money-rate':
      return moneyRateField(short, 'amount expended', 'grant award', label);
    case 'days':
      return decimalField(`the ${short} in days`, `${label}, in days (at most two decimals)`, { max: ceilings.duration });
    case 'months':
      return decimalField(`the ${short} in months`, `${label}, in months (at most two decimals)`, { max: ceilings.duration });
    case 'count':
      return countField(`the number of ${short}`, label);
    case 'money':
      return moneyField(`the ${short}`, `${label}, in cents`);
  }
}

const measuresObject = <M extends string>(measures: readonly M[], catalog: Record<M, MeasureDefinition>) =>
  z.object(
    Object.fromEntries(measures.map((m) => [m, z.optional(measureField(m, catalog[m]))])) as Record<
      M,
      z.ZodMiniOptional<ReturnType<typeof measureField>>
    >,
  );

/** TPCH's 2021 CoC Program Performance Standards: the column the project is measured against and its measures. */
export const TpchPerformanceInput = z.object({
  framework: z.literal('tpch-2021'),
  asOf: asOfField,
  projectName: z.optional(labelField('the project name', 'The project’s name, shown on the printed check')),
  column: choiceField(
    'the column of the 2021 table the project is measured against',
    TPCH_COLUMNS,
    'Which of the table’s five columns applies: only the PSH heading is legible in the source, the others are named by position',
    'column 1, PSH, column 3, column 4 or column 5',
  ),
  measures: measuresObject(TPCH_MEASURES, TPCH_CATALOG).check(z.describe('The project’s measures; leave out any not measured')),
});
export type TpchPerformanceInput = z.infer<typeof TpchPerformanceInput>;

/** Nashville-Davidson's target performance benchmarks: the project's component and its measures. */
export const NashvillePerformanceInput = z.object({
  framework: z.literal('nashville'),
  asOf: asOfField,
  projectName: z.optional(labelField('the project name', 'The project’s name, shown on the printed check')),
  component: choiceField(
    'the project’s component',
    NASHVILLE_COMPONENTS,
    'The program component whose benchmarks apply',
    'emergency shelter, homelessness prevention, permanent supportive housing, rapid re-housing, street outreach or transitional housing',
  ),
  measures: measuresObject(NASHVILLE_MEASURES, NASHVILLE_CATALOG).check(z.describe('The project’s measures; leave out any not measured')),
});
export type NashvillePerformanceInput = z.infer<typeof NashvillePerformanceInput>;

/** Input for a performance check under TPCH's 2021 table or Nashville's benchmarks. */
export const PerformanceInput = z.discriminatedUnion('framework', [TpchPerformanceInput, NashvillePerformanceInput], {
  error: 'Choose the performance standards: TPCH’s 2021 table ("tpch-2021") or Nashville’s benchmarks ("nashville")',
});
export type PerformanceInput = z.infer<typeof PerformanceInput>;
