import type { Parameter, QuotedCitation, Unit } from '../../core/parameters';

const keyTerms = { doc: 'tpch-written-standards', section: 'key-terms' } as const;
const documenting = { doc: 'tpch-written-standards', section: 'evaluating-and-documenting-eligibility' } as const;
const psh = { doc: 'tpch-written-standards', section: 'permanent-supportive-housing' } as const;
const amended = '2023-03-28';

const cited = (id: string, label: string, unit: Unit, value: number | string, citation: QuotedCitation): Parameter => ({
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

const serviceNeeds: Parameter[] = tools.flatMap((tool) => [
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

/** chronic parameters for tucson-pima. Each value cites the passage that states it. */
export const parameters: Parameter[] = [
  cited('chronic.countingMethod', 'How time homeless is counted (nights)', 'text', 'nights', {
    ...keyTerms,
    quote: 'These episodes, when added together, total 365 nights or more of literal homelessness.',
  }),
  cited('chronic.continuousNights', 'Nights of the current episode, up to the night before assessment, without a break', 'nights', 365, {
    ...keyTerms,
    quote:
      'The current episode of homeless has lasted at least the past 365 nights, including the night before assessment, without breaks in homelessness.',
  }),
  cited('chronic.occasionsTotalNights', 'Nights the four or more episodes must add up to', 'nights', 365, {
    ...keyTerms,
    quote: 'These episodes, when added together, total 365 nights or more of literal homelessness.',
  }),
  cited(
    'chronic.packet.minimumThirdPartyMonths',
    "Months of a household's time homeless third-party verification must cover for a complete packet",
    'months',
    9,
    {
      ...documenting,
      quote:
        "A household's documentation packet is considered complete when it verifies disability and third-party verification for at least 9 months of the household's time homeless.",
    },
  ),
  cited(
    'chronic.project.minimumCompletePacketShare',
    "Share of a project's households that must have complete packets",
    'basis_points',
    7500,
    {
      ...documenting,
      quote: "75% of the project's households must have complete documentation packets on file.",
    },
  ),
  cited(
    'chronic.project.maximumAllSelfCertifiedShare',
    "Share of a project's households that may self-certify all of their time homeless",
    'basis_points',
    2500,
    {
      ...documenting,
      quote: "25% of the project's households may self-certify all of their time homeless.",
    },
  ),
  cited(
    'chronic.deadline.disabilityAfterSecondarySourceDays',
    'Days after a secondary source of disability evidence to obtain third-party verification',
    'days',
    45,
    {
      ...psh,
      quote: 'allows the program to take up to 45 days to obtain direct third-party disability verification',
    },
  ),
  cited(
    'chronic.deadline.writtenVerificationDays',
    'Days a project has to obtain written verification of chronic homeless status',
    'days',
    180,
    {
      ...psh,
      quote: 'Projects are given up to 180 days to obtain written verification of chronic homeless status',
    },
  ),
  ...serviceNeeds,
];
