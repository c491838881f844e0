/**
 * Worked examples as plain links to a result's URL fragment, rendered on the server (no client:
 * directive), so trying an example costs the page no JavaScript: the island recalculates on
 * `hashchange`. The fragment keys here are the ones each island writes.
 */
import { tpchPriorityExamples } from '../../calculators/priority/examples/tpch';
import { orderOfPriorityExamples } from '../../calculators/priority/examples/orderOfPriority';
import { nashvilleListExamples } from '../../calculators/priority/examples/nashvilleList';
import { nashvilleRows } from './PriorityNashvilleRows';

type Link = { href: string; title: string; rule: string };

const yesNo = (value: boolean | undefined) => (value === undefined ? '' : value ? 'yes' : 'no');
const hash = (fields: Record<string, string>) =>
  `#${new URLSearchParams(Object.entries(fields).filter(([, value]) => value !== '')).toString()}`;

/** The TPCH examples as links to the TPCH tool's fragment. */
export const tpchExampleLinks = (): Link[] =>
  tpchPriorityExamples.examples.map(({ input: i, title, rule }) => ({
    title,
    rule,
    href: hash({
      program: i.program,
      bed: i.bedType ?? '',
      housed: yesNo(i.chronicHouseholdsHoused),
      tool: i.spdatTool,
      pop: i.spdatPopulation,
      score: String(i.spdatScore),
      sleep: i.sleepingSituation,
      ch: yesNo(i.chronicallyHomeless),
      dis: yesNo(i.hasDisability),
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
        ? hash({
            notice: i.notice,
            ch: yesNo(i.chronicallyHomeless),
            sev: yesNo(i.severeServiceNeeds),
            cont: String(i.continuousMonths),
            occ: String(i.occasionsInLookBack),
            total: String(i.monthsInLookBack),
            asOf: i.asOf,
          })
        : hash({
            notice: i.notice,
            ch: yesNo(i.chronicallyHomeless),
            sev: yesNo(i.severeServiceNeeds),
            dis: yesNo(i.hasDisability),
            ep: yesNo(i.longEpisodicHistory),
            from: i.comingFrom,
            cm: yesNo(i.needsOngoingCaseManagement),
            asOf: i.asOf,
          }),
  }));

/** The Nashville list examples as links to the By-Name List tool's fragment. */
export const nashvilleExampleLinks = (): Link[] =>
  nashvilleListExamples.examples.map(({ input, title, rule }) => ({
    title,
    rule,
    href: hash({ method: input.method, rows: nashvilleRows(input.method, input.households), asOf: input.asOf }),
  }));

/** "Try an example": each example a link that loads its answers into the tool above. */
export function ExampleLinks({ id, heading, links }: { id: string; heading: string; links: Link[] }) {
  return (
    <section class="no-print" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul>
        {links.map((link) => (
          <li>
            <a href={link.href}>{link.title}</a>: {link.rule}
          </li>
        ))}
      </ul>
    </section>
  );
}
