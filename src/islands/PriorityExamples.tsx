/**
 * Worked examples as plain links to a result's URL fragment, rendered on the server (no client:
 * directive), so trying an example costs the page no JavaScript: the island recalculates on
 * `hashchange`. The fragment keys here are the ones each island writes.
 */
import { tpchPriorityExamples } from '../../calculators/priority/examples/tpch';
import { orderOfPriorityExamples } from '../../calculators/priority/examples/orderOfPriority';
import { nashvilleListExamples } from '../../calculators/priority/examples/nashvilleList';
import { nashvilleRows } from './PriorityNashvilleRows';
import { fromYesNo } from './shared/answers';
import { exampleHref } from './shared/Examples';

export { ExampleLinks } from './shared/Examples';

type Link = { href: string; title: string; rule: string };

/** The TPCH examples as links to the TPCH tool's fragment. */
export const tpchExampleLinks = (): Link[] =>
  tpchPriorityExamples.examples.map(({ input: i, title, rule }) => ({
    title,
    rule,
    href: exampleHref({
      program: i.program,
      bed: i.bedType ?? '',
      housed: fromYesNo(i.chronicHouseholdsHoused),
      tool: i.spdatTool,
      pop: i.spdatPopulation,
      score: String(i.spdatScore),
      sleep: i.sleepingSituation,
      ch: fromYesNo(i.chronicallyHomeless),
      dis: fromYesNo(i.hasDisability),
      months: i.lifetimeMonthsHomeless === undefined ? '' : String(i.lifetimeMonthsHomeless),
      asOf: i.asOf,
    }),
  }));

/** The HUD-VASH and CPD-14-012 examples as links to the orders-of-priority tool's fragment. */
export const cpdExampleLinks = (): Link[] =>
  orderOfPriorityExamples.examples.map(({ input: i, title, rule }) => ({
    title,
    rule,
    href:
      i.notice === 'cpd-14-012'
        ? exampleHref({
            notice: i.notice,
            ch: fromYesNo(i.chronicallyHomeless),
            sev: fromYesNo(i.severeServiceNeeds),
            cont: String(i.continuousMonths),
            occ: String(i.occasionsInLookBack),
            total: String(i.monthsInLookBack),
            asOf: i.asOf,
          })
        : exampleHref({
            notice: i.notice,
            ch: fromYesNo(i.chronicallyHomeless),
            sev: fromYesNo(i.severeServiceNeeds),
            dis: fromYesNo(i.hasDisability),
            ep: fromYesNo(i.longEpisodicHistory),
            from: i.comingFrom,
            cm: fromYesNo(i.needsOngoingCaseManagement),
            asOf: i.asOf,
          }),
  }));

/** The Nashville list examples as links to the By-Name List tool's fragment. */
export const nashvilleExampleLinks = (): Link[] =>
  nashvilleListExamples.examples.map(({ input, title, rule }) => ({
    title,
    rule,
    href: exampleHref({ method: input.method, rows: nashvilleRows(input.method, input.households), asOf: input.asOf }),
  }));
