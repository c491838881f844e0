import type { Parameter } from '../../core/parameters';

const scoring = { doc: 'new-bedford-fy2019-local-competition', section: 'appendix-b-scoring-and-ranking' } as const;
const funding = { doc: 'new-bedford-fy2019-local-competition', section: 'funding-availability' } as const;
/** Attachment 1E-4: the evaluation worksheet the committee actually used to score the 2019 renewals. */
const worksheet = { doc: 'new-bedford-fy2019-coc-application', section: 'consolidated-application' } as const;
/** The City of New Bedford issued the FY2019 local competition RFP on July 30, 2019. */
const issued = '2019-07-30';

type Cited = { value: number | boolean | string; quote: string; source?: typeof scoring | typeof funding | typeof worksheet };
const parameter = (
  id: string,
  label: string,
  unit: Parameter['unit'],
  { value, quote, source = scoring }: Cited,
  description?: string,
): Parameter => ({
  id,
  label,
  unit,
  ...(description ? { description } : {}),
  values: [{ value, effective: issued, citation: { ...source, quote } }],
});

const renewal = 'priority.scoring.renewal';
const newProject = 'priority.scoring.newProject';

/**
 * A renewal measure's scale is kept as the table prints it (unit `text`) and read into bands by the
 * rules, so the bands are exactly the document's, overlaps and gaps included.
 */
const measure = (
  key: string,
  name: string,
  scale: string,
  maximumQuote: string,
  maximum: number,
  goal: number,
  goalQuote: string,
): Parameter[] => [
  parameter(
    `${renewal}.${key}.scale`,
    `${name}: scoring scale`,
    'text',
    { value: scale, quote: scale },
    'The bands exactly as Appendix B prints them.',
  ),
  parameter(`${renewal}.${key}.maximum`, `${name}: maximum points`, 'count', { value: maximum, quote: maximumQuote }),
  parameter(`${renewal}.${key}.goal`, `${name}: goal`, 'basis_points', { value: goal, quote: goalQuote }),
];

/** priority parameters for new-bedford: the FY2019 local competition's scoring and ranking. Each value cites the passage that states it. */
export const parameters: Parameter[] = [
  ...measure(
    'exitsToPermanentHousing',
    'Exits to permanent housing',
    '≥85%=20; 80%-84%= 15; 65%-79%= 10; 55%-64%= 5; ≤54%= 0',
    '55%-64%= 5; ≤54%= 0 | 20',
    20,
    8500,
    'exited to another form of a permanent housing destination. Goal 85%',
  ),
  ...measure(
    'earnedIncomeStayers',
    'Earned income, stayers',
    '≥20%= 5; 14%-19%= 4; 7%-13%= 3; 2%-6%= 2; ≤1%= 0',
    '2%-6%= 2; ≤1%= 0 | 5',
    5,
    2000,
    'Persons or stayers who increased earned income. Goal 20%',
  ),
  ...measure(
    'otherIncomeStayers',
    'Non-employment income, stayers',
    '≥85%= 5; 80%-84%= 4; 65%-79%= 3; 55%-64%= 2; ≤54%= 0',
    '55%-64%= 2; ≤54%= 0 | 5',
    5,
    8500,
    'Persons or stayers who maintained or obtained non-employment income. Goal 85%',
  ),
  ...measure(
    'earnedIncomeLeavers',
    'Earned income, leavers',
    '≥20%= 5; 14%-19%= 4; 7%-13%= 3; 2%-6%= 2; ≤1%= 0',
    '2%-6%= 2; ≤1%= 0 | 5',
    5,
    2000,
    'Persons or leavers who increased earned income. Goal 20%',
  ),
  ...measure(
    'otherIncomeLeavers',
    'Non-employment income, leavers',
    '≥85%= 5; 80%-84%= 4; 65%-79%= 3; 55%-64%= 2; ≤54%= 0',
    '55%-64%= 2; ≤54%= 0 | 5',
    5,
    8500,
    'Persons or leavers who maintained or obtained non-employment income. Goal 85%',
  ),
  ...measure(
    'bedUtilization',
    'Bed utilization',
    '≥90%= 15; 70%-89%= 10; 51%-69%= 5; ≤50%= 0',
    '51%-69%= 5; ≤50%= 0 | 15',
    15,
    9000,
    'Program beds at full capacity, with low vacancy rate. Goal 90%',
  ),
  parameter(`${renewal}.chronicHomeless.maximum`, 'Chronic homelessness: maximum points (prorated)', 'count', {
    value: 15,
    quote: 'Prorated up to 15 points for 100% of CH Beds.',
  }),
  parameter(`${renewal}.chronicHomeless.fullCreditShare`, 'Chronic homelessness: share that earns the full points', 'basis_points', {
    value: 10000,
    quote: 'Prorated up to 15 points for 100% of CH Beds.',
  }),
  parameter(`${renewal}.chronicHomeless.goal`, 'Chronic homelessness: goal', 'basis_points', {
    value: 5400,
    quote: 'Persons who are chronically homeless by household Goal 54%',
  }),
  parameter(`${renewal}.performanceMaximum`, 'Renewal performance measures 1 to 7: maximum points', 'count', {
    value: 70,
    quote: 'Performance (70 point maximum)',
  }),
  parameter(`${renewal}.dataQuality.scale`, 'Data quality: scoring scale', 'text', {
    value: '0 oms= 10; 1%-10%= 6; 11%-20%= 4; 21%>= 0',
    quote: '0 oms= 10; 1%-10%= 6; 11%-20%= 4; 21%>= 0',
  }),
  parameter(`${renewal}.dataQuality.maximum`, 'Data quality: maximum points', 'count', {
    value: 10,
    quote: 'Data Quality (10 point maximum)',
  }),
  parameter(
    `${renewal}.dataQuality.goal`,
    'Data quality: goal',
    'text',
    { value: 'no-omissions', quote: 'Goal = No Omissions' },
    '"no-omissions": the goal is met only with no omissions at all.',
  ),
  parameter(`${renewal}.fiscalManagement.scale`, 'Fiscal management (share of funds returned): scoring scale', 'text', {
    value: '0%= 15; 1%-5%= 10; 6%-10%= 5; 10%>= 0',
    quote: '0%= 15; 1%-5%= 10; 6%-10%= 5; 10%>= 0',
  }),
  parameter(`${renewal}.fiscalManagement.maximum`, 'Fiscal management: maximum points', 'count', {
    value: 20,
    quote: 'Fiscal Management (20 point maximum)',
  }),
  parameter(`${renewal}.fiscalManagement.goal`, 'Fiscal management: goal (share of funds drawn down)', 'basis_points', {
    value: 10000,
    quote: 'Complete and timely drawdown of funds. Goal = 100% Drawdown',
  }),
  parameter(`${renewal}.maximum`, 'Renewal projects: maximum points', 'count', {
    value: 100,
    quote: 'Renewal projects may score up to 100 points maximum',
  }),
  parameter(
    `${renewal}.percentRounding`,
    'How a measured percentage is rounded to the whole percentages the scales are written in',
    'text',
    {
      value: 'half-up',
      quote: '88% | ≥85%= 20; 80%-84%= 15; 65%-79%= 10; 55%-64%= 5; ≤55%= 0 | 14 out of 16 persons either remained or exited to PH',
      source: worksheet,
    },
    'Neither document says how to round; the 2019 worksheet recorded 14 of 16 (87.5%) as 88%, i.e. half-up to a whole percent.',
  ),
  parameter(
    `${renewal}.worksheet.exitsToPermanentHousing.scale`,
    'Exits to permanent housing: scoring scale on the 2019 evaluation worksheet',
    'text',
    {
      value: '≥85%= 20; 80%-84%= 15; 65%-79%= 10; 55%-64%= 5; ≤55%= 0',
      quote: '≥85%= 20; 80%-84%= 15; 65%-79%= 10; 55%-64%= 5; ≤55%= 0',
      source: worksheet,
    },
  ),
  parameter(
    `${renewal}.worksheet.fiscalManagement.scale`,
    'Fiscal management: scoring scale on the 2019 evaluation worksheet',
    'text',
    // The section writes the last band "10%&gt;= 0"; the quote stops before it until the citation check reads entities.
    { value: '0%= 20; 1%-5%= 15; 6%-10%= 10; 10%>= 0', quote: '0%= 20; 1%-5%= 15; 6%-10%= 10', source: worksheet },
  ),

  parameter(`${newProject}.experience.points`, 'New projects: points for extensive experience and capacity', 'count', {
    value: 20,
    quote: 'serving the proposed population will receive 20 points.',
  }),
  parameter(`${newProject}.housingFirst.maximum`, 'New projects: Housing First, at most', 'count', {
    value: 15,
    quote: 'Housing First (15 points): Applicants may receive up to 15 points',
  }),
  parameter(`${newProject}.chronicHomeless.points`, 'New projects: points for beds dedicated to chronic homelessness', 'count', {
    value: 15,
    quote: 'Projects serving at least 100% of beds dedicated to chronic homeless will receive 15 points.',
  }),
  parameter(
    `${newProject}.chronicHomeless.dedicatedShare`,
    'New projects: share of beds dedicated to chronic homelessness needed for the points',
    'basis_points',
    {
      value: 10000,
      quote: 'Projects serving at least 100% of beds dedicated to chronic homeless will receive 15 points.',
    },
  ),
  parameter(`${newProject}.mainstream.maximum`, 'New projects: mainstream services, at most', 'count', {
    value: 5,
    quote: 'Mainstream Services (5 points): Applicants may receive up to 5 points',
  }),
  parameter(`${newProject}.lowBarrier.points`, 'New projects: points for low barriers to admission', 'count', {
    value: 5,
    quote: 'Low Barrier (5 points): Projects demonstrating low barriers',
  }),
  parameter(`${newProject}.quality.maximum`, 'New projects: project quality, at most', 'count', {
    value: 40,
    quote: 'Project Quality (40 point maximum)',
  }),
  parameter(`${newProject}.match.points`, 'New projects: points for the required match', 'count', {
    value: 20,
    quote: 'Projects demonstrating ability to match the required HUD 25% match will receive 20 points.',
  }),
  parameter(`${newProject}.match.share`, 'New projects: required match as a share of the request excluding leasing', 'basis_points', {
    value: 2500,
    quote: 'Projects demonstrating ability to match the required HUD 25% match will receive 20 points.',
  }),
  parameter(`${newProject}.fiscal.maximum`, 'New projects: fiscal management, at most', 'count', {
    value: 20,
    quote: 'no outstanding audit or HUD monitoring findings. | 20',
  }),
  parameter(`${newProject}.maximum`, 'New projects: maximum points', 'count', {
    value: 100,
    quote: 'New projects may score up to 100 points maximum',
  }),

  parameter('priority.scoring.ranking.tier1Share', 'Tier 1 as a share of the Annual Renewal Demand', 'basis_points', {
    value: 9400,
    quote: "Tier 1 will be equal to 94% of the CoC's Annual Renewal Demand (ARD)",
    source: funding,
  }),
  parameter(
    'priority.scoring.ranking.tier1Rounding',
    'How the Tier 1 amount is rounded',
    'text',
    {
      value: 'whole-dollar-half-up',
      quote: "Tier 1 will be equal to 94% of the CoC's Annual Renewal Demand (ARD) or roughly $1,653,382",
      source: funding,
    },
    '94% of $1,758,917 is $1,653,381.98; the RFP and the ranking sheet use $1,653,382, i.e. half-up to the whole dollar.',
  ),
];
