/**
 * The performance standards' structure: which measures each framework has, how each is measured,
 * and which way a standard points. The numbers are parameters (performanceParameters.ts); here a
 * cell only says whether the table has a standard, none, an illegible one, or a figure for information.
 */

/** How a measure is entered. */
export type MeasureKind = 'rate' | 'money-rate' | 'days' | 'months' | 'count' | 'money';

/** "at-least": the project meets the standard at or above it; "at-most": at or below it. */
export type Direction = 'at-least' | 'at-most';

/** What a table cell holds. */
export type Cell = 'standard' | 'no-standard' | 'illegible' | 'information-only';

export const TPCH_COLUMNS = ['column-1', 'psh', 'column-3', 'column-4', 'column-5'] as const;
export type TpchColumn = (typeof TPCH_COLUMNS)[number];

/** The 2021 table's column headings: only the second is legible, so the others are named by position and OCR reading. */
export const TPCH_COLUMN_HEADINGS: Record<TpchColumn, { label: string; certain: boolean }> = {
  'column-1': { label: 'Column 1 (heading illegible; the scan reads “Terroras”)', certain: false },
  psh: { label: 'Permanent supportive housing (the scan reads “Pish”)', certain: true },
  'column-3': { label: 'Column 3 (heading illegible; the scan reads “SH Residented”)', certain: false },
  'column-4': { label: 'Column 4 (heading illegible; the scan reads “EH Total Project”)', certain: false },
  'column-5': { label: 'Column 5 (heading illegible; the scan reads “Minigation”)', certain: false },
};

export const TPCH_MEASURES = [
  'fundUtilization',
  'coordinatedEntry',
  'inventoryUtilization',
  'incomeChangeAtExit',
  'incomeChangeAtAnnualAssessment',
  'outsideAssistance',
  'exitsToPermanentHousing',
  'exitOrRetentionOfPermanentHousing',
  'returnsToHomelessness',
  'promptAccessToHousing',
  'costPerSuccessfulExit',
  'hmisRecordsExceedingThreeDays',
  'hmisDataCompleteness',
] as const;
export type TpchMeasure = (typeof TPCH_MEASURES)[number];

export type MeasureDefinition = { label: string; kind: MeasureKind; direction: Direction; note?: string };

const all = (cell: Cell): Cell[] => [cell, cell, cell, cell, cell];

/** TPCH's 2021 measures, and what each of the five columns holds for it. */
export const TPCH_CATALOG: Record<TpchMeasure, MeasureDefinition & { cells: Cell[] }> = {
  fundUtilization: {
    label: 'Fund utilization: share of the grant award expended at the end of the project period',
    kind: 'money-rate',
    direction: 'at-least',
    cells: all('standard'),
  },
  coordinatedEntry: {
    label: 'Coordinated entry: share of households served that were referred through coordinated entry',
    kind: 'rate',
    direction: 'at-least',
    cells: ['standard', 'standard', 'standard', 'no-standard', 'no-standard'],
  },
  inventoryUtilization: {
    label: 'Inventory utilization: share of funded units (or beds) occupied on the night of the quarterly point-in-time counts',
    kind: 'rate',
    direction: 'at-least',
    cells: all('standard'),
  },
  incomeChangeAtExit: {
    label: 'Income change at exit: share of leavers with increased income at exit',
    kind: 'rate',
    direction: 'at-least',
    cells: ['standard', 'standard', 'standard', 'standard', 'no-standard'],
  },
  incomeChangeAtAnnualAssessment: {
    label: 'Income change at annual assessment: share of stayers with increased income',
    kind: 'rate',
    direction: 'at-least',
    cells: ['standard', 'standard', 'standard', 'standard', 'no-standard'],
  },
  outsideAssistance: {
    label:
      'Households receiving outside assistance (cash or non-cash benefits, health insurance, workforce, education, legal services or child care)',
    kind: 'rate',
    direction: 'at-least',
    cells: ['no-standard', 'no-standard', 'no-standard', 'no-standard', 'standard'],
  },
  exitsToPermanentHousing: {
    label: 'Exits to permanent housing: share of leavers who exited to permanent housing destinations',
    kind: 'rate',
    direction: 'at-least',
    cells: ['standard', 'standard', 'standard', 'standard', 'no-standard'],
  },
  exitOrRetentionOfPermanentHousing: {
    label: 'Exit to or retention of permanent housing: share of households served',
    kind: 'rate',
    direction: 'at-least',
    cells: ['no-standard', 'standard', 'no-standard', 'no-standard', 'standard'],
  },
  returnsToHomelessness: {
    label: 'Returns to homelessness: share of leavers to permanent housing who returned to homelessness within 12 months',
    kind: 'rate',
    direction: 'at-most',
    note: 'The table says how this is measured was still to be determined in 2021.',
    cells: ['standard', 'standard', 'standard', 'no-standard', 'no-standard'],
  },
  promptAccessToHousing: {
    label: 'Prompt access to housing: average days from project or referral acceptance to move-in',
    kind: 'days',
    direction: 'at-most',
    cells: ['standard', 'standard', 'standard', 'no-standard', 'standard'],
  },
  costPerSuccessfulExit: {
    label: 'Cost per successful exit: average CoC grant cost per household exiting to permanent housing',
    kind: 'money',
    direction: 'at-most',
    cells: all('information-only'),
  },
  hmisRecordsExceedingThreeDays: {
    label: 'HMIS data quality: project entry or exit records entered more than 3 days late',
    kind: 'count',
    direction: 'at-most',
    cells: all('standard'),
  },
  hmisDataCompleteness: {
    label: 'HMIS data completeness',
    kind: 'rate',
    direction: 'at-least',
    cells: ['standard', 'illegible', 'standard', 'illegible', 'standard'],
  },
};

export const NASHVILLE_COMPONENTS = [
  'emergency-shelter',
  'homelessness-prevention',
  'permanent-supportive-housing',
  'rapid-rehousing',
  'street-outreach',
  'transitional-housing',
] as const;
export type NashvilleComponent = (typeof NASHVILLE_COMPONENTS)[number];

export const NASHVILLE_MEASURES = [
  'exitsToPermanentHousing',
  'housingStability',
  'increasedIncome',
  'successfulExits',
  'averageStayDays',
  'averageStayMonths',
  'medianDaysToHousing',
  'hmisNullRate',
] as const;
export type NashvilleMeasure = (typeof NASHVILLE_MEASURES)[number];

const ceiling =
  'The standard names a target length, not a direction; Hearth reads it as a ceiling, since a shorter stay or wait is the aim.';

/** Nashville's measures; the section of each component names the ones it sets. */
export const NASHVILLE_CATALOG: Record<NashvilleMeasure, MeasureDefinition> = {
  exitsToPermanentHousing: { label: 'Exits to permanent housing', kind: 'rate', direction: 'at-least' },
  housingStability: { label: 'Housing stability (stayed in or exited to permanent housing)', kind: 'rate', direction: 'at-least' },
  increasedIncome: { label: 'Increased income', kind: 'rate', direction: 'at-least' },
  successfulExits: {
    label: 'Successful exits (any exit other than jail or the street, and/or exit with increased income)',
    kind: 'rate',
    direction: 'at-least',
  },
  averageStayDays: { label: 'Average length of stay, in days', kind: 'days', direction: 'at-most', note: ceiling },
  averageStayMonths: { label: 'Average length of stay, in months', kind: 'months', direction: 'at-most', note: ceiling },
  medianDaysToHousing: { label: 'Median days from program entry to housing', kind: 'days', direction: 'at-most', note: ceiling },
  hmisNullRate: { label: 'HMIS client data blank, not reported or null', kind: 'rate', direction: 'at-most' },
};

/** Which measures each Nashville component's benchmarks set (HMIS completeness applies to every CoC and ESG program). */
export const NASHVILLE_BENCHMARKS: Record<NashvilleComponent, NashvilleMeasure[]> = {
  'emergency-shelter': ['averageStayDays', 'exitsToPermanentHousing', 'hmisNullRate'],
  'homelessness-prevention': ['exitsToPermanentHousing', 'hmisNullRate'],
  'permanent-supportive-housing': ['housingStability', 'increasedIncome', 'hmisNullRate'],
  'rapid-rehousing': ['medianDaysToHousing', 'increasedIncome', 'exitsToPermanentHousing', 'hmisNullRate'],
  'street-outreach': ['successfulExits', 'hmisNullRate'],
  'transitional-housing': ['housingStability', 'averageStayMonths', 'increasedIncome', 'hmisNullRate'],
};

/** The parameter id of a TPCH 2021 cell. */
export const tpchId = (measure: TpchMeasure, column: TpchColumn): string => `priority.performance.tpch2021.${measure}.${column}`;

/** The parameter id of a Nashville benchmark (HMIS completeness is one standard for all components). */
export const nashvilleId = (component: NashvilleComponent, measure: NashvilleMeasure): string =>
  measure === 'hmisNullRate' ? 'priority.performance.nashville.hmisNullRate' : `priority.performance.nashville.${component}.${measure}`;
