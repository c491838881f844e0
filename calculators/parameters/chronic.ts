import type { RuleOptions } from '../core/options';
import { buildParameterSets, chooseFrom } from './build';
import { parameters as hud, definitionParameters as hudDefinition, hmisScreenParameters as hudHmisScreen } from './hud/chronic';
import { parameters as nashvilleDavidson } from './nashville-davidson/chronic';
import {
  parameters as tucsonPima,
  projectParameters as tucsonPimaProject,
  timelineParameters as tucsonPimaTimeline,
} from './tucson-pima/chronic';
import { parameters as lowell } from './lowell/chronic';
import { parameters as newBedford } from './new-bedford/chronic';
import { parameters as connecticut } from './connecticut/chronic';

/**
 * The chronic calculator's parameters only, per jurisdiction. Rules read these (not the combined sets)
 * so an island ships only its own calculator's numbers.
 */
export const chronicParameterSets = /* @__PURE__ */ buildParameterSets({
  hud,
  'nashville-davidson': nashvilleDavidson,
  'tucson-pima': tucsonPima,
  lowell,
  'new-bedford': newBedford,
  connecticut,
});

/*
 * Each chronic tool's own sets: the whole chronic sets restricted to the numbers its rules read
 * (parameters/sets.test.ts proves both, and that the three with the SPDAT table make up the whole), so a
 * tool ships no other tool's numbers and a revision's banner lists only changes that concern it. Only HUD
 * and Tucson/Pima have chronic parameters of their own; every jurisdiction is listed so each set is whole.
 */
const only = (hudList: typeof hud, tucsonList: typeof tucsonPima) =>
  buildParameterSets({
    hud: hudList,
    'nashville-davidson': nashvilleDavidson,
    'tucson-pima': tucsonList,
    lowell,
    'new-bedford': newBedford,
    connecticut,
  });

/** Chronic verification from a timeline of stays: the definition, recordkeeping, TPCH packet and deadlines. */
export const chronicTimelineParameterSets = /* @__PURE__ */ only(hudDefinition, tucsonPimaTimeline);

/** The HMIS Data Standards' chronic homelessness screen. */
export const chronicScreenParameterSets = /* @__PURE__ */ only(hudHmisScreen, []);

/** TPCH's project recordkeeping check (the packet and the shares of a project's households). */
export const chronicProjectParameterSets = /* @__PURE__ */ only([], tucsonPimaProject);

/** The set a chronic rule runs under (a proposal's overlay set wins over the jurisdiction). */
export const chooseChronicParameters = (options: RuleOptions = {}) => chooseFrom(chronicParameterSets, options);

/** The same for chronic verification, the HMIS screen and the project check, over each one's own sets. */
export const chooseChronicTimelineParameters = (options: RuleOptions = {}) => chooseFrom(chronicTimelineParameterSets, options);
export const chooseChronicScreenParameters = (options: RuleOptions = {}) => chooseFrom(chronicScreenParameterSets, options);
export const chooseChronicProjectParameters = (options: RuleOptions = {}) => chooseFrom(chronicProjectParameterSets, options);
