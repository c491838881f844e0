import type { IsoDate } from '../core/dates';
import type { FieldError } from '../core/outcome';
import { valueAt, type ParameterSet, type ValueCitation, type Resolved, type Unit } from '../core/parameters';
import {
  homelessCategories,
  placesBeforeInstitution,
  type Component,
  type HomelessCategory,
  type PlaceBeforeInstitution,
  type Program,
} from './vocabulary';

/** A category a component serves; `withCategory` limits it to households that also meet that category ("4:1"). */
export type CategoryRule = { category: HomelessCategory; withCategory?: HomelessCategory };

/** How CoC projects treat category 3: only with HUD approval, or never. */
export type Category3Rule = 'hud-approval' | 'never';
/** How bonus projects treat people now in transitional housing. */
export type TransitionalHousingRule = 'excluded' | 'excluded-unless-category-4';

/** A parameter as the rules read it, with the value parsed from its text where needed. */
export type Param<T> = Resolved<T>;

type ComponentKey = `${Program}:${Component}`;

/** Every eligibility parameter in force on the assessment date, parsed and typed. */
export type EligibilityParameters = {
  set: ParameterSet;
  institutionMaxDays: Param<number>;
  institutionPriorPlaces: Param<PlaceBeforeInstitution[]>;
  category2Days: Param<number>;
  youthAgeBelow: Param<number>;
  category3LookbackDays: Param<number>;
  category3MinimumMoves: Param<number>;
  category3MinimumBarriers: Param<number>;
  atRiskIncomeShare: Param<number>;
  atRiskEconomicMoves: Param<number>;
  atRiskEconomicMovesDays: Param<number>;
  atRiskNoticeDays: Param<number>;
  atRiskSroMaxPersons: Param<number>;
  atRiskPersonsPerRoom: Param<number>;
  categories: Partial<Record<ComponentKey, Param<CategoryRule[]>>>;
  esgOutreachUnshelteredAndRefused: Param<boolean>;
  cocOutreachUnshelteredOnly: Param<boolean>;
  esgRrhAnnualIncomeShare: Param<number>;
  preventionAtRiskServed: Param<boolean>;
  preventionIncomeShare: Param<number>;
  preventionReevaluationMonths: Param<number>;
  pshRequiresDisability: Param<boolean>;
  pshDedicatedRequiresChronic: Param<boolean>;
  cocCategory3: Param<Category3Rule>;
  verificationDays: Partial<Record<Program, Param<number>>>;
  shelterNoBarriers?: Param<boolean>;
  bonusPshRequiresChronic?: Param<boolean>;
  bonusRrhCategories?: Param<CategoryRule[]>;
  bonusTransitionalHousing?: Param<TransitionalHousingRule>;
};

/** Parses "1,2,4" or "1,4:1" (category 4 only together with category 1); null when the text is not such a list. */
export function parseCategoryRules(text: string): CategoryRule[] | null {
  const asCategory = (token: string): HomelessCategory | null => homelessCategories.find((c) => String(c) === token) ?? null;
  const rules: CategoryRule[] = [];
  for (const token of text.split(',').map((t) => t.trim())) {
    const [main, withToken, ...rest] = token.split(':');
    const category = asCategory(main ?? '');
    if (category === null || rest.length > 0) return null;
    if (withToken === undefined) {
      rules.push({ category });
      continue;
    }
    const withCategory = asCategory(withToken);
    if (withCategory === null || withCategory === category) return null;
    rules.push({ category, withCategory });
  }
  return rules.length ? rules : null;
}

function parsePlaces(text: string): PlaceBeforeInstitution[] | null {
  const tokens = text.split(',').map((t) => t.trim());
  const known = tokens.filter((t): t is PlaceBeforeInstitution => (placesBeforeInstitution as readonly string[]).includes(t));
  return known.length === tokens.length && known.length > 0 ? known : null;
}

const oneOf =
  <T extends string>(allowed: readonly T[]) =>
  (text: string): T | null =>
    (allowed as readonly string[]).includes(text) ? (text as T) : null;

type Reader = {
  required: <T>(id: string, kind: 'number' | 'boolean' | 'string', parse?: (raw: never) => T | null) => Param<T> | undefined;
  optional: <T>(id: string, kind: 'number' | 'boolean' | 'string', parse?: (raw: never) => T | null) => Param<T> | undefined;
  errors: FieldError[];
  /** First effective dates of required parameters with no value in force on the assessment date. */
  startDates: IsoDate[];
};

function reader(set: ParameterSet, asOf: IsoDate): Reader {
  const errors: FieldError[] = [];
  const startDates: IsoDate[] = [];
  const read = <T>(
    id: string,
    kind: 'number' | 'boolean' | 'string',
    parse: ((raw: never) => T | null) | undefined,
    required: boolean,
  ): Param<T> | undefined => {
    const parameter = set.parameters[id];
    if (!parameter) {
      if (required)
        errors.push({
          path: `parameters.${id}`,
          message: `The "${set.label}" parameter set has no "${id}"; the eligibility rules need it`,
        });
      return undefined;
    }
    const found = valueAt(parameter, asOf);
    if (!found) {
      const earliest = parameter.values.map((v) => v.effective).sort()[0];
      if (required && earliest) startDates.push(earliest);
      return undefined;
    }
    if (typeof found.value !== kind) {
      errors.push({
        path: `parameters.${id}`,
        message: `"${id}" must be a ${kind}; the ${set.label} set has ${JSON.stringify(found.value)}`,
      });
      return undefined;
    }
    const value = parse ? parse(found.value as never) : (found.value as T);
    if (value === null) {
      errors.push({ path: `parameters.${id}`, message: `"${id}" has a value the rules cannot read: ${JSON.stringify(found.value)}` });
      return undefined;
    }
    return {
      id,
      label: parameter.label,
      unit: parameter.unit as Unit,
      value,
      effective: found.effective,
      citation: found.citation,
    };
  };
  return {
    required: (id, kind, parse) => read(id, kind, parse, true),
    optional: (id, kind, parse) => read(id, kind, parse, false),
    errors,
    startDates,
  };
}

const componentParameterIds: Record<ComponentKey, string | null> = {
  'ESG:street-outreach': 'eligibility.esg.streetOutreach.categories',
  'ESG:emergency-shelter': 'eligibility.esg.emergencyShelter.categories',
  'ESG:rapid-rehousing': 'eligibility.esg.rapidRehousing.categories',
  'ESG:homelessness-prevention': 'eligibility.esg.prevention.categories',
  'ESG:transitional-housing': null,
  'ESG:permanent-supportive-housing': null,
  'CoC:street-outreach': 'eligibility.coc.streetOutreach.categories',
  'CoC:transitional-housing': 'eligibility.coc.transitionalHousing.categories',
  'CoC:rapid-rehousing': 'eligibility.coc.rapidRehousing.categories',
  'CoC:permanent-supportive-housing': 'eligibility.coc.permanentSupportiveHousing.categories',
  'CoC:emergency-shelter': null,
  'CoC:homelessness-prevention': null,
};

/** Reads every eligibility parameter in force on `asOf`; a missing, early or unreadable value is reported, never guessed. */
export function resolveEligibilityParameters(
  set: ParameterSet,
  asOf: IsoDate,
): { ok: true; value: EligibilityParameters } | { ok: false; errors: FieldError[] } {
  const r = reader(set, asOf);
  const num = (id: string) => r.required<number>(id, 'number');
  const bool = (id: string) => r.required<boolean>(id, 'boolean');
  const categories: Partial<Record<ComponentKey, Param<CategoryRule[]>>> = {};
  for (const [key, id] of Object.entries(componentParameterIds) as [ComponentKey, string | null][]) {
    if (id) categories[key] = r.required<CategoryRule[]>(id, 'string', parseCategoryRules as (raw: never) => CategoryRule[] | null);
  }
  const verificationDays: Partial<Record<Program, Param<number>>> = {};
  const cocVerification = r.optional<number>('eligibility.coc.rapidRehousing.verificationDays', 'number');
  const esgVerification = r.optional<number>('eligibility.esg.rapidRehousing.verificationDays', 'number');
  if (cocVerification) verificationDays.CoC = cocVerification;
  if (esgVerification) verificationDays.ESG = esgVerification;

  const values = {
    set,
    institutionMaxDays: num('eligibility.category1.institutionMaxDays'),
    institutionPriorPlaces: r.required<PlaceBeforeInstitution[]>(
      'eligibility.category1.institutionPriorPlaces',
      'string',
      parsePlaces as (raw: never) => PlaceBeforeInstitution[] | null,
    ),
    category2Days: num('eligibility.category2.daysUntilLoss'),
    youthAgeBelow: num('eligibility.category3.youthAgeBelow'),
    category3LookbackDays: num('eligibility.category3.lookbackDays'),
    category3MinimumMoves: num('eligibility.category3.minimumMoves'),
    category3MinimumBarriers: num('eligibility.category3.minimumBarriersToEmployment'),
    atRiskIncomeShare: num('eligibility.atRisk.incomeLimitShare'),
    atRiskEconomicMoves: num('eligibility.atRisk.economicMoves'),
    atRiskEconomicMovesDays: num('eligibility.atRisk.economicMovesLookbackDays'),
    atRiskNoticeDays: num('eligibility.atRisk.writtenNoticeDays'),
    atRiskSroMaxPersons: num('eligibility.atRisk.sroMaxPersons'),
    atRiskPersonsPerRoom: num('eligibility.atRisk.personsPerRoom'),
    categories,
    esgOutreachUnshelteredAndRefused: bool('eligibility.esg.streetOutreach.unshelteredAndShelterRefused'),
    cocOutreachUnshelteredOnly: bool('eligibility.coc.streetOutreach.unshelteredOnly'),
    esgRrhAnnualIncomeShare: num('eligibility.esg.rapidRehousing.annualReviewIncomeLimitShare'),
    preventionAtRiskServed: bool('eligibility.esg.prevention.atRiskServed'),
    preventionIncomeShare: num('eligibility.esg.prevention.incomeLimitShare'),
    preventionReevaluationMonths: num('eligibility.esg.prevention.reevaluationMonths'),
    pshRequiresDisability: bool('eligibility.coc.permanentSupportiveHousing.requiresDisability'),
    pshDedicatedRequiresChronic: bool('eligibility.coc.permanentSupportiveHousing.dedicatedRequiresChronic'),
    cocCategory3: r.required<Category3Rule>(
      'eligibility.coc.category3',
      'string',
      oneOf<Category3Rule>(['hud-approval', 'never']) as (raw: never) => Category3Rule | null,
    ),
    verificationDays,
    shelterNoBarriers: r.optional<boolean>('eligibility.esg.emergencyShelter.noBarrierRequirements', 'boolean'),
    bonusPshRequiresChronic: r.optional<boolean>('eligibility.coc.bonus.permanentSupportiveHousing.requiresChronic', 'boolean'),
    bonusRrhCategories: r.optional<CategoryRule[]>(
      'eligibility.coc.bonus.rapidRehousing.categories',
      'string',
      parseCategoryRules as (raw: never) => CategoryRule[] | null,
    ),
    bonusTransitionalHousing: r.optional<TransitionalHousingRule>(
      'eligibility.coc.bonus.transitionalHousingResidents',
      'string',
      oneOf<TransitionalHousingRule>(['excluded', 'excluded-unless-category-4']) as (raw: never) => TransitionalHousingRule | null,
    ),
  };
  const start = r.startDates.sort().at(-1);
  if (start) {
    r.errors.unshift({
      path: 'assessmentDate',
      message: `The ${set.label} eligibility rules used here are in force from ${start}; choose an assessment date on or after ${start}`,
    });
  }
  if (r.errors.length) return { ok: false, errors: dedupe(r.errors) };
  return { ok: true, value: values as EligibilityParameters };
}

function dedupe(errors: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((e) => (seen.has(`${e.path}|${e.message}`) ? false : (seen.add(`${e.path}|${e.message}`), true)));
}

/** The citation of a parameter, for a reason. */
export const cite = (param: Param<unknown>): ValueCitation => param.citation;
