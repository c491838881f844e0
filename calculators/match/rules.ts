import type { IsoDate } from '../core/dates';
import { valueAt, type ParameterSet, type ParameterValue, type ValueCitation, type Unit } from '../core/parameters';

/** A parameter value a calculation used, listed in the result so a reader can check it. */
export type UsedParameter = {
  id: string;
  label: string;
  unit: Unit;
  value: ParameterValue['value'];
  effective: IsoDate;
  citation: ValueCitation;
};

/** A rule needs a value the set does not hold on the date: reported against `asOf`, never a crash. */
export class MissingRuleValue extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MissingRuleValue';
  }
}

/** Reads one parameter set on one date, remembering each value used. */
export type RuleReader = {
  set: ParameterSet;
  asOf: IsoDate;
  /** True when the set holds the parameter with a value in force on the date (a jurisdiction's own check). */
  has: (id: string) => boolean;
  number: (id: string) => UsedParameter & { value: number };
  text: (id: string) => UsedParameter & { value: string };
  boolean: (id: string) => UsedParameter & { value: boolean };
  used: () => UsedParameter[];
};

/** Builds a reader over `set` on `asOf`. */
export function ruleReader(set: ParameterSet, asOf: IsoDate): RuleReader {
  const used = new Map<string, UsedParameter>();
  const read = (id: string): UsedParameter => {
    const parameter = set.parameters[id];
    if (!parameter) throw new MissingRuleValue(`${set.label} has no rule "${id}".`);
    const found = valueAt(parameter, asOf);
    if (!found) {
      const earliest = parameter.values.map((v) => v.effective).sort()[0];
      throw new MissingRuleValue(
        `${set.label} has no value for "${parameter.label}" in force on ${asOf}${earliest ? `: the earliest is from ${earliest}` : ''}. Choose a later application date.`,
      );
    }
    const value = {
      id,
      label: parameter.label,
      unit: parameter.unit,
      value: found.value,
      effective: found.effective,
      citation: found.citation,
    };
    used.set(id, value);
    return value;
  };
  const typed =
    <K extends 'number' | 'string' | 'boolean'>(kind: K) =>
    (id: string) => {
      const value = read(id);
      if (typeof value.value !== kind) throw new MissingRuleValue(`The rule "${id}" in ${set.label} is not a ${kind}.`);
      return value as UsedParameter & { value: K extends 'number' ? number : K extends 'string' ? string : boolean };
    };
  return {
    set,
    asOf,
    has: (id) => {
      const parameter = set.parameters[id];
      return parameter !== undefined && valueAt(parameter, asOf) !== undefined;
    },
    number: typed('number'),
    text: typed('string'),
    boolean: typed('boolean'),
    used: () => [...used.values()],
  };
}
