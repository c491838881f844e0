import type { MeasureKind } from '../../calculators/priority/scoring/performanceCatalog';
import type { PerformanceInput } from '../../calculators/priority/scoring/performanceSchema';
import { rateText, type MoneyRateValue, type RateValue } from './ScoringParts';
import { type Values, empty, fieldKey, kindOf } from './PerformanceStandards';

const measureText = (kind: MeasureKind, value: unknown): string =>
  typeof value === 'number'
    ? kind === 'money'
      ? (value / 100).toFixed(2)
      : String(value)
    : rateText(value as RateValue | MoneyRateValue | undefined);

/** A worked example's answers as the island's fields, for the example links on the tool page (kept out of the island's bundle). */
export const fromExample = (input: PerformanceInput): Values => {
  const measures = input.measures as Record<string, unknown>;
  return {
    ...empty,
    framework: input.framework,
    asOf: input.asOf,
    name: input.projectName ?? '',
    column: input.framework === 'tpch-2021' ? input.column : '',
    component: input.framework === 'nashville' ? input.component : '',
    ...Object.fromEntries(
      Object.entries(measures).map(([m, v]) => [fieldKey(input.framework, m), measureText(kindOf(input.framework, m), v)]),
    ),
  };
};
