import type { Citation } from './citation';
import { compareDates, isIsoDate, type IsoDate } from './dates';
import { fail, ok, type Outcome } from './outcome';

/**
 * Parameters are data, never edits of code: each value has an effective date and a citation whose
 * quote must appear in the cited section and state that value (test/unit/citations.test.ts proves it).
 * A proposed revision is an overlay of new dated values on a set, never an edit of the baseline.
 */

export const jurisdictionIds = ['hud', 'nashville-davidson', 'tucson-pima', 'lowell', 'new-bedford', 'connecticut'] as const;
export type JurisdictionId = (typeof jurisdictionIds)[number];

/** How a value reads: `basis_points` are hundredths of a percent; `cents` are money. */
export type Unit = 'basis_points' | 'cents' | 'days' | 'nights' | 'months' | 'years' | 'count' | 'ratio' | 'boolean' | 'text';

export type QuotedCitation = Citation & { quote: string };

/** Where a value comes from: the adopted passage that states it, or the revision that proposes it (quoting its words when it gives them). */
export type ValueCitation = QuotedCitation | (Citation & { revision: string });

export type ParameterValue = { value: number | boolean | string; effective: IsoDate; citation: ValueCitation };

export type Parameter = { id: string; label: string; unit: Unit; description?: string; values: ParameterValue[] };

export type ParameterSet = {
  id: JurisdictionId;
  label: string;
  /** Names the overlay when this set is a proposal run on top of an adopted set. */
  revision?: string;
  parameters: Record<string, Parameter>;
};

/** Declares a parameter with one or more dated values. */
export const defineParameter = (parameter: Parameter): Parameter => parameter;

/** Builds a set from parameter definitions, keyed by id. */
export function defineParameterSet(id: JurisdictionId, label: string, parameters: Parameter[]): ParameterSet {
  return { id, label, parameters: Object.fromEntries(parameters.map((p) => [p.id, p])) };
}

/** A jurisdiction's set: the baseline with the jurisdiction's own parameters replacing baseline ones. */
export function extendParameterSet(baseline: ParameterSet, id: JurisdictionId, label: string, overrides: Parameter[]): ParameterSet {
  const own = defineParameterSet(id, label, overrides);
  return { id, label, parameters: { ...baseline.parameters, ...own.parameters } };
}

/** The value in force on `asOf`: the latest value whose effective date is on or before it. */
export function valueAt(parameter: Parameter, asOf: IsoDate): ParameterValue | undefined {
  // On the same effective date the later-listed value wins: an overlay appends its values.
  return parameter.values.reduce<ParameterValue | undefined>(
    (best, v) => (compareDates(v.effective, asOf) <= 0 && (!best || compareDates(v.effective, best.effective) >= 0) ? v : best),
    undefined,
  );
}

/** A resolved numeric parameter: its value on the date and where the standards say it. */
export type Resolved<T> = { id: string; label: string; unit: Unit; value: T; effective: IsoDate; citation: ValueCitation };

function resolve(set: ParameterSet, id: string, asOf: IsoDate): Resolved<ParameterValue['value']> {
  const parameter = set.parameters[id];
  if (!parameter) throw new Error(`Parameter "${id}" is not in the "${set.id}" parameter set`);
  const found = valueAt(parameter, asOf);
  if (!found) {
    throw new Error(`Parameter "${id}" has no value in force on ${asOf} in the "${set.id}" set`, {
      cause: { earliest: parameter.values.map((v) => v.effective).sort()[0] },
    });
  }
  return { id, label: parameter.label, unit: parameter.unit, value: found.value, effective: found.effective, citation: found.citation };
}

/** Reads a number parameter on a date; a missing or non-number value is a programming error. */
export function numberParameter(set: ParameterSet, id: string, asOf: IsoDate): Resolved<number> {
  const r = resolve(set, id, asOf);
  if (typeof r.value !== 'number') throw new TypeError(`Parameter "${id}" is not a number`);
  return r as Resolved<number>;
}

/** Reads a true/false parameter on a date. */
export function booleanParameter(set: ParameterSet, id: string, asOf: IsoDate): Resolved<boolean> {
  const r = resolve(set, id, asOf);
  if (typeof r.value !== 'boolean') throw new TypeError(`Parameter "${id}" is not true/false`);
  return r as Resolved<boolean>;
}

/** Reads a text (enumerated) parameter on a date. */
export function textParameter(set: ParameterSet, id: string, asOf: IsoDate): Resolved<string> {
  const r = resolve(set, id, asOf);
  if (typeof r.value !== 'string') throw new TypeError(`Parameter "${id}" is not text`);
  return r as Resolved<string>;
}

/** A revision's proposed value; `quote` is the words of the proposed text that state it, when the revision gives them. */
export type ParameterChange = { parameter: string; value: number | boolean | string; effective: IsoDate; quote?: string };

const valueKind = (unit: Unit): 'number' | 'boolean' | 'string' => (unit === 'boolean' ? 'boolean' : unit === 'text' ? 'string' : 'number');

/**
 * Overlays proposed values on a set (how a revision's impact is computed). Unknown parameters, values
 * of the wrong kind and bad dates are reported, never ignored. Each new value cites the section of the
 * value it replaces, names the revision (the proposed text is on its page, not adopted yet) and quotes the
 * proposed words if the revision gives them, never the adopted words, which state the number replaced.
 */
export function overlayParameters(set: ParameterSet, revision: string, changes: ParameterChange[]): Outcome<ParameterSet> {
  const errors: { path: string; message: string }[] = [];
  const parameters = { ...set.parameters };
  changes.forEach((change, index) => {
    const parameter = parameters[change.parameter];
    if (!parameter) {
      errors.push({ path: `parameterChanges.${index}.parameter`, message: `Unknown parameter "${change.parameter}" in the ${set.id} set` });
      return;
    }
    if (typeof change.value !== valueKind(parameter.unit)) {
      errors.push({
        path: `parameterChanges.${index}.value`,
        message: `"${change.parameter}" is measured in ${parameter.unit}; ${JSON.stringify(change.value)} is not a ${valueKind(parameter.unit)}`,
      });
      return;
    }
    if (
      (parameter.unit === 'cents' || parameter.unit === 'basis_points' || parameter.unit === 'days' || parameter.unit === 'count') &&
      !Number.isInteger(change.value)
    ) {
      errors.push({ path: `parameterChanges.${index}.value`, message: `"${change.parameter}" takes a whole number of ${parameter.unit}` });
      return;
    }
    if (!isIsoDate(change.effective)) {
      errors.push({ path: `parameterChanges.${index}.effective`, message: 'The effective date must be written YYYY-MM-DD' });
      return;
    }
    const replaced = valueAt(parameter, change.effective) ?? parameter.values[0];
    if (!replaced) return;
    parameters[change.parameter] = {
      ...parameter,
      values: [
        ...parameter.values,
        {
          value: change.value,
          effective: change.effective,
          citation: {
            doc: replaced.citation.doc,
            section: replaced.citation.section,
            revision,
            ...(change.quote ? { quote: change.quote } : {}),
          },
        },
      ],
    };
  });
  return errors.length ? fail(errors) : ok({ ...set, revision, parameters });
}
