import { defineExampleBook } from '../core/examples';
import { checkProjectRecordkeeping, type ProjectRecordkeepingInput, type ProjectRecordkeepingResult } from './project';

const documenting = { doc: 'tpch-written-standards', section: 'evaluating-and-documenting-eligibility' };
type Household = ProjectRecordkeepingInput['households'][number];

const complete = (label: string, thirdPartyMonths = 12): Household => ({
  label,
  disabilityVerified: true,
  thirdPartyMonths,
  selfCertifiedAllTime: false,
});
const selfCertified = (label: string): Household => ({ label, disabilityVerified: true, thirdPartyMonths: 0, selfCertifiedAllTime: true });

/** Worked examples of TPCH's project-level documentation rule (75% complete packets, at most 25% self-certifying all time). */
export const projectRecordkeepingExamples = defineExampleBook<ProjectRecordkeepingInput, ProjectRecordkeepingResult>({
  calculator: 'chronic',
  title: 'Chronic homelessness: project documentation (TPCH)',
  run: checkProjectRecordkeeping,
  figures: (r) => [
    { label: 'Complete packets', value: `${r.complete} of ${r.total}` },
    { label: 'Self-certifying all time', value: `${r.allSelfCertified} of ${r.total}` },
    { label: 'Meets the project standard', value: r.meetsStandard ? 'Yes' : 'No' },
  ],
  examples: [
    {
      id: 'tpch-project-at-both-limits',
      title: 'Eight households: 6 complete packets and 2 self-certifying all their time',
      rule: 'At least 75% of households need complete packets and at most 25% may self-certify all of their time: 6 of 8 and 2 of 8 sit exactly on both limits.',
      jurisdiction: 'tucson-pima',
      input: {
        asOf: '2024-06-01',
        households: [
          complete('PSH-101'),
          complete('PSH-102', 9),
          complete('PSH-103', 24),
          complete('PSH-104'),
          complete('PSH-105', 10),
          complete('PSH-106'),
          selfCertified('PSH-107'),
          selfCertified('PSH-108'),
        ],
      },
      // 6 / 8 = 75% ≥ 75%; 2 / 8 = 25% ≤ 25%
      expected: { complete: 6, total: 8, allSelfCertified: 2, meetsCompleteShare: true, meetsSelfCertifiedCap: true, meetsStandard: true },
      citations: [documenting],
    },
    {
      id: 'tpch-project-short-packets',
      title: 'Five households: one packet short of 9 months, one disability not verified',
      rule: 'A packet is complete only with verified disability and at least 9 months of third-party evidence; 3 of 5 is 60%, below 75%, so one more complete packet is needed.',
      jurisdiction: 'tucson-pima',
      input: {
        asOf: '2024-06-01',
        households: [
          complete('RRH-201'),
          complete('RRH-202'),
          complete('RRH-203', 9),
          complete('RRH-204', 8),
          { ...complete('RRH-205'), disabilityVerified: false },
        ],
      },
      // 3 / 5 = 60% < 75%; ⌈75% × 5⌉ = 4 needed → 1 more
      expected: {
        complete: 3,
        total: 5,
        meetsCompleteShare: false,
        morePacketsNeeded: 1,
        meetsSelfCertifiedCap: true,
        meetsStandard: false,
      },
      citations: [documenting],
    },
  ],
});
