import type { Citation } from '../../core/citation';

const tpch = (section: string, quote: string): Citation => ({ doc: 'tpch-written-standards', section, quote });

/** Passages of the TPCH standards that reasons rest on where the rule is an order or a definition rather than one number. */
export const tpchPassages = {
  tpchUnsheltered: tpch(
    'key-terms',
    'People are considered homeless, and unsheltered, when they are living in places not meant for human habitation.',
  ),
  tpchSheltered: tpch(
    'key-terms',
    'People are considered homeless, yet sheltered, when they are staying in places meant for human habitation, emergency shelters, transitional housing, or facing imminent homelessness.',
  ),
  tpchPshDisability: tpch('key-terms', 'to assist homeless persons with a disability to live independently and achieve housing stability'),
  tpchHighSeverityCriteria: tpch(
    'key-terms',
    'An individual or family is considered to have a high severity of services needs when at least one of the following is true',
  ),
  tpchCaseConferencing: tpch(
    'permanent-supportive-housing',
    'Case conferencing will be used to further ensure appropriate matching, client choice, and navigation into housing and associated support services offerings.',
  ),
  tpchPshModerateLowNotServed: tpch(
    'permanent-supportive-housing',
    'Families and individuals with moderate and low service needs are not currently served with these beds.',
  ),
  tpchOtherBedsFollowChronicLevels: tpch(
    'permanent-supportive-housing',
    'This community will follow the above prioritization levels for these beds until the community has determined that we have housed families and individuals who meet the definition of chronic homelessness within our geographic boundaries.',
  ),
  tpchOtherBedsHighNeeds: tpch(
    'permanent-supportive-housing',
    'these beds will be prioritized to those with high service needs, a disability, and have experienced at least 2 years of cumulative lifetime homelessness',
  ),
  tpchRrhSpdat: tpch(
    'rapid-rehousing-programs',
    'Rapid Rehousing programs will use SPDAT tools (through the HMIS per Coordinated Entry) to determine and prioritize who will receive RRH assistance.',
  ),
  tpchThSpdat: tpch(
    'transitional-housing',
    'Transitional Housing programs will use SPDAT tools (through the HMIS per Coordinated Entry) to determine and prioritize who will receive assistance.',
  ),
  vashChronicFirst: tpch(
    'prioritization-for-hud-vash-housing',
    'Chronically homeless Veterans will be given the highest priority for admission.',
  ),
  vashAcuity: tpch(
    'prioritization-for-hud-vash-housing',
    "Admission decisions are to be prioritized by highest need for HUD VASH, BASED ON Veteran's acuity per clinical judgment and resources availability.",
  ),
  vashNoChronicVeterans: tpch(
    'prioritization-for-hud-vash-housing',
    'Where there are no chronically homeless Veterans, admissions to HUD-VASH will use the HUD Notice CPD-16-11',
  ),
} as const satisfies Record<string, Citation>;
