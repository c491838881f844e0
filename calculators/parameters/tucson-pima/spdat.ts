import type { Parameter, QuotedCitation, Unit } from '../../core/parameters';

/** TPCH's key terms, where the service-needs table is (and much of the chronic definition: ./chronic.ts). */
export const keyTerms = { doc: 'tpch-written-standards', section: 'key-terms' } as const;
const amended = '2023-03-28';

/** A TPCH parameter with one value, in force since the 2023 amendment, citing its passage. */
// Declared free of side effects, so a tool whose set leaves a list out ships none of it.
export const cited = /* @__NO_SIDE_EFFECTS__ */ (
  id: string,
  label: string,
  unit: Unit,
  value: number | string,
  citation: QuotedCitation,
): Parameter => ({
  id,
  label,
  unit,
  values: [{ value, effective: amended, citation }],
});

const tools = [
  { key: 'viSpdat.individual', label: 'VI-SPDAT, individuals', column: 0 },
  { key: 'viSpdat.youth', label: 'VI-SPDAT, youth', column: 1 },
  { key: 'viSpdat.family', label: 'VI-SPDAT, families', column: 2 },
  { key: 'fullSpdat.individualYouth', label: 'Full SPDAT, individuals and youth', column: 3 },
  { key: 'fullSpdat.family', label: 'Full SPDAT, families', column: 4 },
] as const;

// The rows of TPCH's "Severity of Service Needs" table, as [lowest, highest] score per column.
const rows = {
  severe: {
    quote: 'Severe Service Needs | 12-17 | 12-17 | 12-22 | 45-60 | 66-80',
    bands: [
      [12, 17],
      [12, 17],
      [12, 22],
      [45, 60],
      [66, 80],
    ],
  },
  high: {
    quote: 'High Service Needs | 8-11 | 8-11 | 9-11 | 35-44 | 54-65',
    bands: [
      [8, 11],
      [8, 11],
      [9, 11],
      [35, 44],
      [54, 65],
    ],
  },
  moderate: {
    quote: 'Moderate Service Needs | 4-7 | 4-7 | 4-8 | 20-34 | 27-53',
    bands: [
      [4, 7],
      [4, 7],
      [4, 8],
      [20, 34],
      [27, 53],
    ],
  },
  low: {
    quote: 'Low Service Needs | 0-3 | 0-3 | 0-3 | 0-19 | 0-26',
    bands: [
      [0, 3],
      [0, 3],
      [0, 3],
      [0, 19],
      [0, 26],
    ],
  },
} as const;

/**
 * TPCH's service-needs table (SPDAT score bands): part of Tucson/Pima's chronic parameters (./chronic.ts),
 * and on its own the set TPCH's priority entry point reads (./sets/spdat.ts).
 */
export const serviceNeedsParameters: Parameter[] = /* @__PURE__ */ tools.flatMap((tool) => [
  ...(['severe', 'high', 'moderate', 'low'] as const).map((level) =>
    cited(
      `serviceNeeds.${tool.key}.${level}Minimum`,
      `${tool.label}: lowest score of ${level} service needs`,
      'count',
      rows[level].bands[tool.column][0],
      {
        ...keyTerms,
        quote: rows[level].quote,
      },
    ),
  ),
  cited(`serviceNeeds.${tool.key}.maximumScore`, `${tool.label}: highest score`, 'count', rows.severe.bands[tool.column][1], {
    ...keyTerms,
    quote: rows.severe.quote,
  }),
]);
