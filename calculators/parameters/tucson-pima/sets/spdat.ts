import { defineParameterSet } from '../../../core/parameters';
import { jurisdictionLabels } from '../../build';
import { serviceNeedsParameters } from '../spdat';

/** TPCH's service-needs (SPDAT) table alone: all of Tucson/Pima's chronic parameters TPCH's priority order reads. */
export const spdatParameterSets = {
  'tucson-pima': /* @__PURE__ */ defineParameterSet('tucson-pima', jurisdictionLabels['tucson-pima'], serviceNeedsParameters),
};
