import { reason } from '../../core/citation';
import { tpchPassages } from '../passages/tpch';

const psh = (quote: string) => ({ doc: 'tpch-written-standards', section: 'permanent-supportive-housing', quote });

/** Inconsistencies in the TPCH standards that a placement rests on (content/inconsistencies/<code without prefix>.yaml). */
export const inconsistencies = {
  nonDedicatedHighVsSevere: reason(
    'inconsistency-tpch-psh-nondedicated-high-vs-severe',
    'Inconsistency: the paragraph before this list says these beds go to "those with high service needs, a disability, and … at least 2 years" of homelessness, but the numbered list starts with severe service needs. Hearth follows the numbered list.',
    tpchPassages.tpchOtherBedsHighNeeds,
    psh('Severe Service Needs, with a disability, with 2 or more years homeless'),
  ),
  nonDedicatedDisability: reason(
    'inconsistency-tpch-psh-nondedicated-disability',
    'Inconsistency: levels 3, 4, 7 and 8 of this list do not mention a disability, but PSH assists homeless persons with a disability. Hearth requires a household member with a disability for any PSH level, so a household reaches level 1, 2, 5 or 6.',
    psh('Severe Service Needs, 2 or more years homeless.'),
    tpchPassages.tpchPshDisability,
  ),
  highSeverityDefinition: reason(
    'inconsistency-tpch-high-severity-definition',
    'Note: TPCH also lists criteria for a "high severity of service needs" (high use of crisis services, significant health challenges, high risk for youth and victims of violence). Hearth takes the band from the SPDAT score table and shows those criteria as context, not as a second test.',
    tpchPassages.tpchHighSeverityCriteria,
  ),
} as const;
