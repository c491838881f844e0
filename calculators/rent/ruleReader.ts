import type { ValueCitation } from '../core/parameters';
import { valueAt, type ParameterSet, type ParameterValue, type Unit } from '../core/parameters';
import type { IsoDate } from '../core/dates';

/** A parameter value a calculation used, for the result's "parameters used" list. */
export type UsedParameter = {
  id: string;
  label: string;
  unit: Unit;
  value: ParameterValue['value'];
  effective: IsoDate;
  citation: ValueCitation;
};

/** A rule needs a parameter the chosen set does not hold on the date: reported to the person, never a crash. */
export class MissingRuleData extends Error {
  constructor(
    message: string,
    readonly path: string = 'asOf',
  ) {
    super(message);
    this.name = 'MissingRuleData';
  }
}

/** Reads parameters of one set on one date and remembers each value used. */
export type RuleReader = {
  set: ParameterSet;
  asOf: IsoDate;
  has: (id: string) => boolean;
  number: (id: string) => UsedParameter & { value: number };
  boolean: (id: string) => UsedParameter & { value: boolean };
  text: (id: string) => UsedParameter & { value: string };
  used: () => UsedParameter[];
};

/** Builds a reader; a missing parameter or value throws MissingRuleData with a message naming what is missing. */
export function ruleReader(set: ParameterSet, asOf: IsoDate): RuleReader {
  const used = new Map<string, UsedParameter>();
  const read = (id: string): UsedParameter => {
    const parameter = set.parameters[id];
    if (!parameter) throw new MissingRuleData(`The ${set.label} parameter set has no rule "${id}".`);
    const found = valueAt(parameter, asOf);
    if (!found) {
      const earliest = parameter.values.map((v) => v.effective).sort()[0];
      throw new MissingRuleData(
        `${set.label} has no value for "${parameter.label}" in force on ${asOf}${earliest ? `: the earliest is from ${earliest}` : ''}. Choose a later date.`,
      );
    }
    const value: UsedParameter = {
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
    <K extends 'number' | 'boolean' | 'string'>(kind: K) =>
    (id: string) => {
      const value = read(id);
      if (typeof value.value !== kind) throw new MissingRuleData(`The rule "${id}" in ${set.label} is not a ${kind}.`);
      return value as UsedParameter & { value: K extends 'number' ? number : K extends 'boolean' ? boolean : string };
    };
  return {
    set,
    asOf,
    has: (id) => {
      const parameter = set.parameters[id];
      return parameter !== undefined && valueAt(parameter, asOf) !== undefined;
    },
    number: typed('number'),
    boolean: typed('boolean'),
    text: typed('string'),
    used: () => [...used.values()],
  };
}
