import type { IsoDate } from '../core/dates';
import { valueAt, numberParameter, textParameter, type ParameterSet, type Resolved } from '../core/parameters';
import { fail, ok, type Outcome } from '../core/outcome';

/** How a jurisdiction counts time homeless: HUD's calendar months or TPCH's nights. */
export type CountingMethod = 'months' | 'nights';

/** The chronic rules' parameters in force on one date. */
export type ChronicParameters = {
  countingMethod: Resolved<CountingMethod>;
  continuousMonths: Resolved<number>;
  occasionsTotalMonths: Resolved<number>;
  continuousNights: Resolved<number> | null;
  occasionsTotalNights: Resolved<number> | null;
  minimumOccasions: Resolved<number>;
  lookBackYears: Resolved<number>;
  breakNights: Resolved<number>;
  institutionCountsIfFewerThanDays: Resolved<number>;
  currentInstitutionFewerThanDays: Resolved<number>;
  maximumSelfCertifiedMonths: Resolved<number>;
  minimumThirdPartyOccasions: Resolved<number>;
  packetMinimumThirdPartyMonths: Resolved<number> | null;
  disabilityDeadlineDays: Resolved<number> | null;
  writtenVerificationDays: Resolved<number> | null;
};

/**
 * Whether these are TPCH's rules, the one set that counts nights (sources.test.ts pins that only TPCH
 * overrides the federal chronic rules, and that it counts nights): reasons then also cite TPCH's own words.
 */
export const usesTpchStandards = (p: Pick<ChronicParameters, 'countingMethod'>): boolean => p.countingMethod.value === 'nights';

const REQUIRED = [
  'chronic.countingMethod',
  'chronic.continuousMonths',
  'chronic.occasionsTotalMonths',
  'chronic.minimumOccasions',
  'chronic.lookBackYears',
  'chronic.breakNights',
  'chronic.institution.countsIfFewerThanDays',
  'chronic.institution.currentStayFewerThanDays',
  'chronic.recordkeeping.maximumSelfCertifiedMonths',
  'chronic.recordkeeping.minimumThirdPartyOccasions',
] as const;

/** The earliest date on which every required parameter of a set has a value. */
export function earliestDate(set: ParameterSet, ids: readonly string[]): IsoDate | null {
  const firsts = ids.map((id) => set.parameters[id]?.values.map((v) => v.effective).sort()[0]);
  if (firsts.some((d) => d === undefined)) return null;
  return (firsts as IsoDate[]).sort().at(-1) ?? null;
}

/** True when every listed parameter has a value in force on `asOf`. */
export const inForce = (set: ParameterSet, ids: readonly string[], asOf: IsoDate): boolean =>
  ids.every((id) => {
    const parameter = set.parameters[id];
    return parameter !== undefined && valueAt(parameter, asOf) !== undefined;
  });

const optionalNumber = (set: ParameterSet, id: string, asOf: IsoDate): Resolved<number> | null => {
  const parameter = set.parameters[id];
  return parameter && valueAt(parameter, asOf) ? numberParameter(set, id, asOf) : null;
};

/**
 * Reads the chronic parameters in force on `asOf`. A date before the set's rules start is an input
 * problem on `path` (the person can fix the date), not a crash.
 */
export function chronicParameters(set: ParameterSet, asOf: IsoDate, path: string): Outcome<ChronicParameters> {
  if (!inForce(set, REQUIRED, asOf)) {
    const earliest = earliestDate(set, REQUIRED);
    return fail([
      {
        path,
        message: earliest
          ? `The ${set.label} chronic homelessness rules in Hearth start on ${earliest}; enter a date on or after it`
          : `The ${set.label} parameter set has no chronic homelessness rules`,
      },
    ]);
  }
  const n = (id: string) => numberParameter(set, id, asOf);
  const method = textParameter(set, 'chronic.countingMethod', asOf);
  if (method.value !== 'months' && method.value !== 'nights') {
    throw new TypeError(`chronic.countingMethod must be "months" or "nights" (got "${method.value}") in the ${set.id} set`);
  }
  const params: ChronicParameters = {
    countingMethod: method as Resolved<CountingMethod>,
    continuousMonths: n('chronic.continuousMonths'),
    occasionsTotalMonths: n('chronic.occasionsTotalMonths'),
    continuousNights: optionalNumber(set, 'chronic.continuousNights', asOf),
    occasionsTotalNights: optionalNumber(set, 'chronic.occasionsTotalNights', asOf),
    minimumOccasions: n('chronic.minimumOccasions'),
    lookBackYears: n('chronic.lookBackYears'),
    breakNights: n('chronic.breakNights'),
    institutionCountsIfFewerThanDays: n('chronic.institution.countsIfFewerThanDays'),
    currentInstitutionFewerThanDays: n('chronic.institution.currentStayFewerThanDays'),
    maximumSelfCertifiedMonths: n('chronic.recordkeeping.maximumSelfCertifiedMonths'),
    minimumThirdPartyOccasions: n('chronic.recordkeeping.minimumThirdPartyOccasions'),
    packetMinimumThirdPartyMonths: optionalNumber(set, 'chronic.packet.minimumThirdPartyMonths', asOf),
    disabilityDeadlineDays: optionalNumber(set, 'chronic.deadline.disabilityAfterSecondarySourceDays', asOf),
    writtenVerificationDays: optionalNumber(set, 'chronic.deadline.writtenVerificationDays', asOf),
  };
  if (params.countingMethod.value === 'nights' && (!params.continuousNights || !params.occasionsTotalNights)) {
    throw new Error(`The ${set.id} set counts nights but lacks chronic.continuousNights or chronic.occasionsTotalNights`);
  }
  return ok(params);
}
