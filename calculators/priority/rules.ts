import type { Citation } from '../core/citation';
import type { IsoDate } from '../core/dates';
import type { FieldError } from '../core/outcome';
import { valueAt, type ParameterSet, type ValueCitation } from '../core/parameters';

/** A parameter value a priority rule used. */
export type Used<T> = { id: string; label: string; value: T; citation: ValueCitation };

/** The chosen set lacks a rule on the date: reported to the person on `path`, never a crash. */
export class MissingPriorityRule extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
    this.name = 'MissingPriorityRule';
  }
}

/** Reads priority parameters of one set on one date. */
export type PriorityRules = {
  set: ParameterSet;
  asOf: IsoDate;
  has: (id: string) => boolean;
  number: (id: string) => Used<number>;
  boolean: (id: string) => Used<boolean>;
  text: (id: string) => Used<string>;
};

/** Builds a reader; a missing parameter or value throws MissingPriorityRule naming what is missing. */
export function priorityRules(set: ParameterSet, asOf: IsoDate, path = 'asOf'): PriorityRules {
  const cache = new Map<string, Used<number | boolean | string>>();
  const read = (id: string): Used<number | boolean | string> => {
    const hit = cache.get(id);
    if (hit) return hit;
    const used = lookUp(id);
    cache.set(id, used);
    return used;
  };
  const lookUp = (id: string): Used<number | boolean | string> => {
    const parameter = set.parameters[id];
    if (!parameter) throw new MissingPriorityRule(`The ${set.label} parameter set has no rule "${id}".`, path);
    const found = valueAt(parameter, asOf);
    if (!found) {
      const earliest = parameter.values.map((v) => v.effective).sort()[0];
      throw new MissingPriorityRule(
        `${set.label} has no value for "${parameter.label}" in force on ${asOf}${earliest ? `: the earliest is from ${earliest}. Choose a later date` : ''}.`,
        'asOf',
      );
    }
    return { id, label: parameter.label, value: found.value, citation: found.citation };
  };
  const typed =
    <T extends number | boolean | string>(kind: 'number' | 'boolean' | 'string') =>
    (id: string): Used<T> => {
      const used = read(id);
      if (typeof used.value !== kind) throw new TypeError(`The priority rule "${id}" in ${set.label} is not a ${kind}`);
      return used as Used<T>;
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

/** Turns a missing rule into the field error a person sees; anything else is a programming error and rethrown. */
export function ruleGapErrors(error: unknown): FieldError[] {
  if (error instanceof MissingPriorityRule) return [{ path: error.path, message: error.message }];
  throw error;
}

/** The citation of a parameter value, for a reason that rests on it. */
export const cite = (used: Used<unknown>): Citation => used.citation;
