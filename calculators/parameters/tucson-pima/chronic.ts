import type { Parameter } from '../../core/parameters';
import { cited, keyTerms, serviceNeedsParameters } from './spdat';

const documenting = { doc: 'tpch-written-standards', section: 'evaluating-and-documenting-eligibility' } as const;
const psh = { doc: 'tpch-written-standards', section: 'permanent-supportive-housing' } as const;

/** What a complete TPCH documentation packet needs: read by chronic verification and the project check. */
const packet = cited(
  'chronic.packet.minimumThirdPartyMonths',
  "Months of a household's time homeless third-party verification must cover for a complete packet",
  'months',
  9,
  {
    ...documenting,
    quote:
      "A household's documentation packet is considered complete when it verifies disability and third-party verification for at least 9 months of the household's time homeless.",
  },
);

/** Tucson/Pima's numbers for chronic verification (the timeline): counting, the packet and the deadlines. */
export const timelineParameters: Parameter[] = [
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
  packet,
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
];

/** The shares of a project's households the project recordkeeping standard sets. */
const projectShares: Parameter[] = [
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
];

/** Tucson/Pima's project recordkeeping standard: the packet and the shares of a project's households. */
export const projectParameters: Parameter[] = [packet, ...projectShares];

/** chronic parameters for tucson-pima. Each value cites the passage that states it. */
export const parameters: Parameter[] = [...timelineParameters, ...projectShares, ...serviceNeedsParameters];
