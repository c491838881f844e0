import { buildParameterSets } from './build';
import * as hud from './hud/rent';
import * as nashvilleDavidson from './nashville-davidson/rent';
import * as tucsonPima from './tucson-pima/rent';
import * as lowell from './lowell/rent';
import * as newBedford from './new-bedford/rent';
import * as connecticut from './connecticut/rent';

/**
 * One rent question's parameters per jurisdiction: each set is that jurisdiction's entry in
 * `parameters/rent.ts` holding only the numbers the question's rules read (parameters/sets.test.ts
 * checks both, and that every worked example is answered as under the whole set). An island asking one
 * question ships these and no other question's numbers. Each set names every jurisdiction's list outright:
 * handing the modules to a helper would make Rollup keep every list they export.
 */
export const incomeBasedRentParameterSets = /* @__PURE__ */ buildParameterSets({
  hud: hud.incomeBasedRules,
  'nashville-davidson': nashvilleDavidson.incomeBasedRules,
  'tucson-pima': tucsonPima.incomeBasedRules,
  lowell: lowell.incomeBasedRules,
  'new-bedford': newBedford.incomeBasedRules,
  connecticut: connecticut.incomeBasedRules,
});

export const rentLimitParameterSets = /* @__PURE__ */ buildParameterSets({
  hud: hud.limitRules,
  'nashville-davidson': nashvilleDavidson.limitRules,
  'tucson-pima': tucsonPima.limitRules,
  lowell: lowell.limitRules,
  'new-bedford': newBedford.limitRules,
  connecticut: connecticut.limitRules,
});
