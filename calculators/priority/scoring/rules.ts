import type { Citation } from '../../core/citation';
import type { IsoDate } from '../../core/dates';
import { type FieldError, type Outcome } from '../../core/outcome';
import { valueAt, type ParameterSet, type ValueCitation, type Unit } from '../../core/parameters';

/** A parameter value a score used, with the passage that states it. */
export type UsedParameter<T = number | boolean | string> = {
  id: string;
  label: string;
  unit: Unit;
  value: T;
  effective: IsoDate;
  citation: ValueCitation;
};

/** The chosen set lacks a rule or a value on the date: reported to the person as a field error, never a crash. */
export class MissingRuleData extends Error {
  constructor(
    message: string,
    readonly path: string = 'asOf',
  ) {
    super(message);
    this.name = 'MissingRuleData';
  }
}

/** Reads one set's parameters on one date. */
export type RuleReader = {
  set: ParameterSet;
  asOf: IsoDate;
  has: (id: string) => boolean;
  number: (id: string) => UsedParameter<number>;
  boolean: (id: string) => UsedParameter<boolean>;
  text: (id: string) => UsedParameter<string>;
};

/** Builds a reader; a missing parameter or value throws MissingRuleData naming what is missing. */
export function ruleReader(set: ParameterSet, asOf: IsoDate): RuleReader {
  const read = (id: string): UsedParameter => {
    const parameter = set.parameters[id];
    if (!parameter) throw new MissingRuleData(`The ${set.label} parameter set has no rule "${id}".`, 'jurisdiction');
    const found = valueAt(parameter, asOf);
    if (!found) {
      const earliest = parameter.values.map((v) => v.effective).sort()[0];
      throw new MissingRuleData(
        `${set.label} has no value for "${parameter.label}" in force on ${asOf}${earliest ? `: the earliest is from ${earliest}` : ''}. Choose a later date.`,
      );
    }
    return { id, label: parameter.label, unit: parameter.unit, value: found.value, effective: found.effective, citation: found.citation };
  };
  const typed =
    <T extends number | boolean | string>(kind: 'number' | 'boolean' | 'string') =>
    (id: string): UsedParameter<T> => {
      const used = read(id);
      if (typeof used.value !== kind) throw new MissingRuleData(`The rule "${id}" in ${set.label} is not a ${kind}.`, 'jurisdiction');
      return used as UsedParameter<T>;
    };
  return {
    set,
    asOf,
    has: (id) => {
      const parameter = set.parameters[id];
      return parameter !== undefined && valueAt(parameter, asOf) !== undefined;
    },
    number: typed<number>('number'),
    boolean: typed<boolean>('boolean'),
    text: typed<string>('string'),
  };
}

/** The citation of a parameter value, for a reason that rests on it. */
export const cite = (parameter: UsedParameter): Citation => parameter.citation;

/** Runs a rule body, turning MissingRuleData into a field error. */
export function guarded<T>(body: () => Outcome<T>): Outcome<T> {
  try {
    return body();
  } catch (error) {
    if (error instanceof MissingRuleData) return { ok: false, errors: [{ path: error.path, message: error.message }] };
    throw error;
  }
}

/** Fails with a message naming the jurisdiction to choose when the set has none of a framework's rules. */
export function requireRules(reader: RuleReader, probeId: string, what: string, where: string): { ok: false; errors: FieldError[] } | null {
  if (reader.set.parameters[probeId]) return null;
  return {
    ok: false,
    errors: [{ path: 'jurisdiction', message: `${reader.set.label} has no ${what}. They are in ${where}: choose that jurisdiction.` }],
  };
}
