import { defineParameterSet, extendParameterSet, type JurisdictionId, type Parameter, type ParameterSet } from '../core/parameters';
import type { RuleOptions } from '../core/options';

export const jurisdictionLabels: Record<JurisdictionId, string> = {
  hud: 'HUD federal baseline',
  'nashville-davidson': 'Nashville-Davidson County CoC (TN-504)',
  'tucson-pima': 'Tucson/Pima County CoC (AZ-501)',
  lowell: 'Lowell CoC (MA-508)',
  'new-bedford': 'New Bedford CoC (MA-505)',
  connecticut: 'Connecticut municipalities (Sustainable CT)',
};

/** One jurisdiction's set from the baseline's list and the jurisdiction's own (overriding) list. */
export function buildParameterSet(id: Exclude<JurisdictionId, 'hud'>, baseline: Parameter[], own: Parameter[]): ParameterSet {
  return extendParameterSet(defineParameterSet('hud', jurisdictionLabels.hud, baseline), id, jurisdictionLabels[id], own);
}

/** Builds every jurisdiction's set from per-jurisdiction parameter lists: the baseline plus overrides. */
export function buildParameterSets(groups: Record<JurisdictionId, Parameter[]>): Record<JurisdictionId, ParameterSet> {
  const hud = defineParameterSet('hud', jurisdictionLabels.hud, groups.hud);
  const extend = (id: Exclude<JurisdictionId, 'hud'>) => extendParameterSet(hud, id, jurisdictionLabels[id], groups[id]);
  return {
    hud,
    'nashville-davidson': extend('nashville-davidson'),
    'tucson-pima': extend('tucson-pima'),
    lowell: extend('lowell'),
    'new-bedford': extend('new-bedford'),
    connecticut: extend('connecticut'),
  };
}

/**
 * A chooser over some jurisdictions' sets only (an entry point bound to them): an explicit set wins; a
 * jurisdiction the entry point does not hold is a programming error, reported as such.
 */
export const chooseAmong =
  (sets: Partial<Record<JurisdictionId, ParameterSet>>) =>
  (options: RuleOptions = {}): ParameterSet => {
    const set = options.parameters ?? sets[options.jurisdiction ?? 'hud'];
    if (!set)
      throw new Error(`This entry point holds only ${Object.keys(sets).join(', ')}'s parameters, not ${options.jurisdiction ?? 'hud'}'s`);
    return set;
  };

/** The set a rule runs under: an explicit set (e.g. a proposal) wins over a jurisdiction id (default `hud`). */
export function chooseFrom(sets: Record<JurisdictionId, ParameterSet>, options: RuleOptions = {}): ParameterSet {
  return options.parameters ?? sets[options.jurisdiction ?? 'hud'];
}
