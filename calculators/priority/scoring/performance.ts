import { reason, type Reason } from '../../core/citation';
import { componentNames } from '../../core/components';
import { formatBasisPoints, formatCents } from '../../core/money';
import { ok, parseInput, type Outcome } from '../../core/outcome';
import type { RuleOptions } from '../../core/options';
import type { ParameterSet, Unit } from '../../core/parameters';
import { choosePriorityParameters } from '../../parameters/priority';
import * as passages from './passages/performance';
import {
  NASHVILLE_BENCHMARKS,
  NASHVILLE_CATALOG,
  NASHVILLE_MEASURES,
  nashvilleId,
  TPCH_CATALOG,
  TPCH_COLUMN_HEADINGS,
  TPCH_COLUMNS,
  TPCH_MEASURES,
  tpchId,
  type Cell,
  type Direction,
  type MeasureDefinition,
} from './performanceCatalog';
import { PerformanceInput, type NashvillePerformanceInput, type TpchPerformanceInput } from './performanceSchema';
import { compareRate, describeRate, moneyRate, toRate, type MoneyRateInput, type RateInput } from './rates';
import { cite, guarded, requireRules, ruleReader, type RuleReader, type UsedParameter } from './rules';

export type PerformanceStatus = 'met' | 'not-met' | 'no-standard' | 'illegible' | 'information-only' | 'not-entered';

/** One standard and how the project's measure compares with it. */
export type PerformanceCheck = {
  measure: string;
  label: string;
  status: PerformanceStatus;
  direction: Direction;
  /** The standard in words ("at least 80%"), when there is one. */
  standard: string | null;
  /** The project's measure in words, when entered. */
  entered: string | null;
};

/** A project's measures checked against its standards. */
export type PerformanceResult = {
  framework: 'tpch-2021' | 'nashville';
  projectName: string | null;
  /** The column or component the standards are for. */
  appliesTo: string;
  /** False when the column heading is illegible in the source, so which projects it covers is uncertain. */
  headingCertain: boolean;
  checks: PerformanceCheck[];
  met: number;
  notMet: number;
  notEntered: number;
  reasons: Reason[];
};

type MeasureValue = RateInput | MoneyRateInput | number | undefined;

const shown = (unit: Unit, value: number): string =>
  unit === 'basis_points'
    ? formatBasisPoints(value)
    : unit === 'days'
      ? `${value} days`
      : unit === 'months'
        ? `${value} months`
        : String(value);

const enteredText = (definition: MeasureDefinition, value: Exclude<MeasureValue, undefined>): string => {
  switch (definition.kind) {
    case 'rate':
      return describeRate(toRate(value as RateInput));
    case 'money-rate':
      return describeRate(moneyRate(value as MoneyRateInput));
    case 'days':
      return `${value as number} days`;
    case 'months':
      return `${value as number} months`;
    case 'count':
      return String(value as number);
    case 'money':
      return formatCents(value as number);
  }
};

/** Compares exactly (no rounding): negative below the standard, zero on it, positive above. */
function compare(definition: MeasureDefinition, value: Exclude<MeasureValue, undefined>, standard: number): number {
  switch (definition.kind) {
    case 'rate':
      return compareRate(toRate(value as RateInput), standard);
    case 'money-rate':
      return compareRate(moneyRate(value as MoneyRateInput), standard);
    case 'days':
    case 'months':
      return Math.round((value as number) * 100) - standard * 100;
    case 'count':
    case 'money':
      return (value as number) - standard;
  }
}

function judge(
  measure: string,
  definition: MeasureDefinition,
  value: MeasureValue,
  standard: UsedParameter<number>,
): { check: PerformanceCheck; reason: Reason | null } {
  const words = `${definition.direction === 'at-least' ? 'at least' : 'at most'} ${shown(standard.unit, standard.value)}`;
  const base = { measure, label: definition.label, direction: definition.direction, standard: words };
  if (value === undefined) return { check: { ...base, status: 'not-entered', entered: null }, reason: null };
  const entered = enteredText(definition, value);
  const difference = compare(definition, value, standard.value);
  const met = definition.direction === 'at-least' ? difference >= 0 : difference <= 0;
  const position = difference === 0 ? 'exactly on' : difference > 0 ? 'above' : 'below';
  return {
    check: { ...base, status: met ? 'met' : 'not-met', entered },
    reason: reason(
      met ? 'performance-met' : 'performance-not-met',
      `${definition.label}: ${entered}, ${position} the standard of ${words}: ${met ? 'met' : 'not met'}.${definition.note ? ` ${definition.note}` : ''}`,
      cite(standard),
    ),
  };
}

function unjudged(
  measure: string,
  definition: MeasureDefinition,
  status: Exclude<Cell, 'standard'>,
  value: MeasureValue,
): PerformanceCheck {
  return {
    measure,
    label: definition.label,
    status,
    direction: definition.direction,
    standard: null,
    entered: value === undefined ? null : enteredText(definition, value),
  };
}

const tally = (checks: PerformanceCheck[]) => ({
  met: checks.filter((c) => c.status === 'met').length,
  notMet: checks.filter((c) => c.status === 'not-met').length,
  notEntered: checks.filter((c) => c.status === 'not-entered').length,
});

const summary = (t: ReturnType<typeof tally>, citation: Reason['citations'][number]): Reason =>
  reason('performance-summary', `Standards met: ${t.met} of ${t.met + t.notMet} judged; ${t.notEntered} with no figure entered.`, citation);

/** Checks a project against TPCH's 2021 table, cell by cell. */
export function tpchRules(rules: RuleReader, input: TpchPerformanceInput): PerformanceResult {
  const column = TPCH_COLUMNS.indexOf(input.column);
  const heading = TPCH_COLUMN_HEADINGS[input.column];
  const reasons: Reason[] = [];
  const checks = TPCH_MEASURES.map((measure) => {
    const definition = TPCH_CATALOG[measure];
    const value = input.measures[measure] as MeasureValue;
    const cell = definition.cells[column] ?? 'no-standard';
    if (cell === 'standard') {
      const judged = judge(measure, definition, value, rules.number(tpchId(measure, input.column)));
      if (judged.reason) reasons.push(judged.reason);
      return judged.check;
    }
    if (cell === 'illegible') {
      reasons.push(
        reason(
          'performance-illegible',
          `${definition.label}: the standard in this column is illegible in the source scan, so it cannot be checked.`,
          passages.tpchHeadings,
        ),
      );
    } else if (cell === 'information-only' && value !== undefined) {
      reasons.push(
        reason(
          'performance-information-only',
          `${definition.label}: ${enteredText(definition, value)}. The table sets no standard: it is measured and reported for information.`,
          passages.tpchHeadings,
        ),
      );
    } else if (cell === 'no-standard' && value !== undefined) {
      reasons.push(
        reason(
          'performance-no-standard',
          `${definition.label}: ${enteredText(definition, value)}. The 2021 table sets no standard for it in this column.`,
          passages.tpchHeadings,
        ),
      );
    }
    return unjudged(measure, definition, cell, value);
  });
  const t = tally(checks);
  reasons.unshift(summary(t, passages.tpchHeadings));
  if (!heading.certain) {
    reasons.push(
      reason(
        'performance-heading-uncertain',
        `${heading.label}: the column heading did not survive the scan, so Hearth cannot say which project type this column is for. Only the PSH heading is legible; check with TPCH that this is the project’s column.`,
        passages.tpchHeadings,
      ),
    );
  }
  if (checks.some((c) => (c.measure === 'exitsToPermanentHousing' || c.measure === 'incomeChangeAtExit') && c.entered !== null)) {
    reasons.push(
      reason(
        'performance-older-thresholds',
        'The surviving rows of the older Performance Standards section set different thresholds for exits to permanent housing and for leavers’ income; Hearth follows the 2021 table.',
        passages.tpchOlderThresholds,
      ),
    );
  }
  return {
    framework: 'tpch-2021',
    projectName: input.projectName ?? null,
    appliesTo: heading.label,
    headingCertain: heading.certain,
    checks,
    ...t,
    reasons,
  };
}

/** Checks a project against Nashville's benchmarks for its component. */
export function nashvilleRules(rules: RuleReader, input: NashvillePerformanceInput): PerformanceResult {
  const set = NASHVILLE_BENCHMARKS[input.component];
  const reasons: Reason[] = [];
  const checks = NASHVILLE_MEASURES.flatMap((measure) => {
    const definition = NASHVILLE_CATALOG[measure];
    const value = input.measures[measure] as MeasureValue;
    if (set.includes(measure)) {
      const judged = judge(measure, definition, value, rules.number(nashvilleId(input.component, measure)));
      if (judged.reason) reasons.push(judged.reason);
      return [judged.check];
    }
    if (value === undefined) return [];
    reasons.push(
      reason(
        'performance-no-standard',
        `${definition.label}: ${enteredText(definition, value)}. Nashville’s ${componentNames[input.component].toLowerCase()} benchmarks set no standard for it.`,
      ),
    );
    return [unjudged(measure, definition, 'no-standard', value)];
  });
  const t = tally(checks);
  const first = rules.number(nashvilleId(input.component, set[0] ?? 'hmisNullRate'));
  reasons.unshift(summary(t, cite(first)));
  return {
    framework: 'nashville',
    projectName: input.projectName ?? null,
    appliesTo: componentNames[input.component],
    headingCertain: true,
    checks,
    ...t,
    reasons,
  };
}

/** The jurisdictions whose standards the performance check knows. */
export type PerformanceJurisdiction = 'tucson-pima' | 'nashville-davidson';

/** Checks performance under the set `choose` gives for the framework's jurisdiction (an island passes its own slim sets). */
export function checkPerformanceUnder(
  input: unknown,
  choose: (jurisdiction: PerformanceJurisdiction) => ParameterSet,
): Outcome<PerformanceResult> {
  const parsed = parseInput(PerformanceInput, input);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  if (value.framework === 'tpch-2021') {
    const rules = ruleReader(choose('tucson-pima'), value.asOf);
    const missing = requireRules(rules, tpchId('fundUtilization', 'psh'), 'TPCH 2021 performance standards', 'the TPCH written standards');
    return missing ?? guarded(() => ok(tpchRules(rules, value)));
  }
  const rules = ruleReader(choose('nashville-davidson'), value.asOf);
  const missing = requireRules(
    rules,
    nashvilleId(value.component, 'hmisNullRate'),
    'Nashville performance benchmarks',
    'the Nashville-Davidson standards of care',
  );
  return missing ?? guarded(() => ok(nashvilleRules(rules, value)));
}

/** Checks a project's measures against TPCH's 2021 standards or Nashville's benchmarks: met or not met, standard by standard. */
export const checkPerformance = (input: unknown, options: RuleOptions = {}): Outcome<PerformanceResult> =>
  checkPerformanceUnder(input, (jurisdiction) => choosePriorityParameters({ jurisdiction, ...options }));
