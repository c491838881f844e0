import type { Parameter, Unit } from '../../core/parameters';
import { nashvilleId, TPCH_COLUMNS, tpchId, type NashvilleComponent, type NashvilleMeasure, type TpchMeasure } from './performanceCatalog';

/**
 * The performance standards' numbers, cited cell by cell. Part A owns the Tucson/Pima and Nashville
 * priority parameter files; these arrays are appended there in a marked block.
 */

const tpchTable = { doc: 'tpch-written-standards', section: 'program-performance-standards-2021' } as const;
/** The table is titled "(2021)" and gives no date; it applies from the start of calendar year 2021 ("CY21"). */
const tpchYear = '2021-01-01';

/**
 * One row of the 2021 table: the end of its label and its five cells exactly as the section prints
 * them. A cell's quote is the row from that label up to the cell, so the last figure quoted is its value.
 */
type Row = { measure: TpchMeasure; tail: string; cells: string[]; unit: Unit; values: (number | null)[] };

const rows: Row[] = [
  {
    measure: 'fundUtilization',
    tail: 'expended at end of project period',
    cells: ['90%', '90%', '90%', '90%', '90%'],
    unit: 'basis_points',
    values: [9000, 9000, 9000, 9000, 9000],
  },
  {
    measure: 'coordinatedEntry',
    tail: 'referred through the Coordinated Entry system',
    cells: ['100%', '100%', '100%', 'No standard', 'No standard'],
    unit: 'basis_points',
    values: [10000, 10000, 10000, null, null],
  },
  {
    measure: 'inventoryUtilization',
    tail: 'occupied on the night of quarterly point in time counts.',
    cells: ['95%', '95%', '93%', '80%', '90%'],
    unit: 'basis_points',
    values: [9500, 9500, 9300, 8000, 9000],
  },
  {
    measure: 'incomeChangeAtExit',
    tail: 'Percentage of leavers with increased income at exit',
    cells: ['50%', '50%', '50%', '20%', 'No standard'],
    unit: 'basis_points',
    values: [5000, 5000, 5000, 2000, null],
  },
  {
    measure: 'incomeChangeAtAnnualAssessment',
    tail: 'Percentage of stayers with increased income at annual assessment',
    cells: ['40%', '40%', '40%', '20%', 'No standard'],
    unit: 'basis_points',
    values: [4000, 4000, 4000, 2000, null],
  },
  {
    measure: 'outsideAssistance',
    tail: 'Households Receiving Outside Assistance',
    cells: ['No standard', 'No standard', 'No standard', 'No standard', '80%'],
    unit: 'basis_points',
    values: [null, null, null, null, 8000],
  },
  {
    measure: 'exitsToPermanentHousing',
    tail: 'Percentage of leavers who exited to permanent housing destinations',
    cells: ['80%', '80%', '80%', '35%', 'No standard'],
    unit: 'basis_points',
    values: [8000, 8000, 8000, 3500, null],
  },
  {
    measure: 'exitOrRetentionOfPermanentHousing',
    tail: 'exited to permanent housing destinations or retained permanent housing',
    cells: ['No standard', '90%', 'No standard', 'No standard', '65%'],
    unit: 'basis_points',
    values: [null, 9000, null, null, 6500],
  },
  {
    measure: 'returnsToHomelessness',
    tail: '(measurement processing to be determined in CY21)',
    cells: ['15%', '15%', '15%', 'No standard', 'No standard'],
    unit: 'basis_points',
    values: [1500, 1500, 1500, null, null],
  },
  {
    measure: 'promptAccessToHousing',
    tail: 'acceptance and housing move-in',
    cells: ['30 days', '30 days', '30 days', 'No standard', '60 days'],
    unit: 'days',
    values: [30, 30, 30, null, 60],
  },
  {
    measure: 'hmisRecordsExceedingThreeDays',
    tail: 'Records Exceeding 3 Days',
    cells: ['0', '10', '10', '10', '10'],
    unit: 'count',
    values: [0, 10, 10, 10, 10],
  },
  {
    measure: 'hmisDataCompleteness',
    tail: 'HMIS Data Completeness (Percentage)',
    cells: ['90%', 'illegible (OCR: "1 6014")', '90%', 'illegible (OCR: "190%")', '90%'],
    unit: 'basis_points',
    values: [9000, null, 9000, null, 9000],
  },
];

/** TPCH's 2021 CoC Program Performance Standards, one parameter per legible cell. */
export const tpchPerformanceParameters: Parameter[] = rows.flatMap((row) =>
  TPCH_COLUMNS.flatMap((column, index) => {
    const value = row.values[index];
    if (value === null || value === undefined) return [];
    const quote = [row.tail, ...row.cells.slice(0, index + 1)].join(' | ');
    return [
      {
        id: tpchId(row.measure, column),
        label: `TPCH 2021 performance standard: ${row.measure} (${column})`,
        unit: row.unit,
        values: [{ value, effective: tpchYear, citation: { ...tpchTable, quote } }],
      },
    ];
  }),
);

const nashvilleAdopted = '2021-06-29';
const section: Record<NashvilleComponent | 'system', string> = {
  'emergency-shelter': 'emergency-shelter-standards',
  'homelessness-prevention': 'homelessness-prevention-standards',
  'permanent-supportive-housing': 'permanent-supportive-housing-standards',
  'rapid-rehousing': 'rapid-re-housing-standards',
  'street-outreach': 'street-outreach-standards',
  'transitional-housing': 'transitional-housing-standards',
  system: 'system-level-standards',
};

const benchmark = (component: NashvilleComponent, measure: NashvilleMeasure, unit: Unit, value: number, quote: string): Parameter => ({
  id: nashvilleId(component, measure),
  label: `Nashville ${component} benchmark: ${measure}`,
  unit,
  values: [
    { value, effective: nashvilleAdopted, citation: { doc: 'nashville-davidson-standards-of-care', section: section[component], quote } },
  ],
});

/** Nashville-Davidson's target performance benchmarks for each component, and the HMIS completeness standard. */
export const nashvillePerformanceParameters: Parameter[] = [
  benchmark('emergency-shelter', 'averageStayDays', 'days', 90, 'Average length of stay 90 days'),
  benchmark('emergency-shelter', 'exitsToPermanentHousing', 'basis_points', 8500, 'Exits to permanent housing 85%'),
  benchmark('homelessness-prevention', 'exitsToPermanentHousing', 'basis_points', 9000, 'Exits from program to permanent housing – 90%'),
  benchmark(
    'permanent-supportive-housing',
    'housingStability',
    'basis_points',
    8000,
    'Housing stability (stayed/exited to perm. housing) 80%',
  ),
  benchmark('permanent-supportive-housing', 'increasedIncome', 'basis_points', 7000, 'Increased income 70%'),
  benchmark('rapid-rehousing', 'medianDaysToHousing', 'days', 45, 'Median length from program entry to housing (45 days)'),
  benchmark(
    'rapid-rehousing',
    'increasedIncome',
    'basis_points',
    4000,
    'Increased income from program entry to annual assessment or exit (40%)',
  ),
  benchmark('rapid-rehousing', 'exitsToPermanentHousing', 'basis_points', 9000, 'Exits to permanent housing (90%)'),
  benchmark('street-outreach', 'successfulExits', 'basis_points', 5000, 'Successful Exits from program – 50%'),
  benchmark('transitional-housing', 'housingStability', 'basis_points', 7000, 'Housing stability (stayed/exited to perm. housing) 70%'),
  benchmark('transitional-housing', 'averageStayMonths', 'months', 9, 'Average length of stay 9 months'),
  benchmark('transitional-housing', 'increasedIncome', 'basis_points', 4000, 'Increased income 40%'),
  {
    id: 'priority.performance.nashville.hmisNullRate',
    label: 'Nashville HMIS standard: share of client data blank, not reported or null, at most',
    unit: 'basis_points',
    values: [
      {
        value: 500,
        effective: nashvilleAdopted,
        citation: {
          doc: 'nashville-davidson-standards-of-care',
          section: section.system,
          quote: 'no more than 5% of all client data "blank/not reported/null" value rate',
        },
      },
    ],
  },
];
