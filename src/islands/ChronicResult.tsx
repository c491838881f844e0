import type { ChronicBasis, ChronicResult as Result, CurrentSituation } from '../../calculators/chronic/result';
import type { ChronicInput, StayType } from '../../calculators/chronic/schemas';
import { ChronicTimelineChart } from './ChronicTimelineChart';
import { Reasons } from './shared/Reasons';

const strings = {
  heading: 'Chronic homelessness',
  yes: 'Meets the definition of chronically homeless',
  no: 'Does not meet the definition of chronically homeless',
  figuresCaption: 'The figures behind the answer',
  countedIn: 'Time counted in',
  lastNight: 'The night before the assessment',
  measuredAt: 'Measured as of',
  lookBack: 'Look-back period',
  months: 'Months homeless in the look-back',
  nights: 'Nights homeless in the look-back',
  occasionsCount: 'Separate occasions in the look-back',
  continuous: 'Current episode',
  continuousValue: (since: string | null, months: number, nights: number) =>
    since ? `since ${since}: ${months} months, ${nights} nights` : 'none',
  to: (a: string, b: string) => `${a} to ${b}`,
  occasionsHeading: 'Occasions in the look-back',
  occasionsCaption: 'Each occasion of homelessness in the look-back, with the time that counts and its evidence',
  occasion: 'Occasion',
  dates: 'Dates',
  counted: 'Nights counted',
  inLookBack: 'Nights in look-back',
  monthsCol: 'Months in look-back',
  evidence: 'Evidence',
  documented: 'Third-party or intake records',
  selfCertified: 'Some self-certified',
  straddles: ' (began before the look-back)',
  recordHeading: 'Recordkeeping',
  meets: 'The evidence on file meets the recordkeeping standard.',
  notMet: 'The evidence on file does not meet the recordkeeping standard yet.',
  todoHeading: 'Still needed for the file',
  due: (date: string) => `Due ${date}.`,
  staysHeading: 'Stays entered',
  staysCaption: 'The stays this answer is based on',
  stayNo: 'Stay',
  first: 'First night',
  last: 'Last night',
  where: 'Where',
  ongoing: 'Still there',
  none: 'None',
  reasonsHeading: 'Why',
} as const;

const basisWords = {
  continuous: 'Continuously homeless for long enough',
  four_occasions: 'Enough separate occasions, adding up to enough time, in the look-back',
  institution: 'Now in an institution for a short stay, after meeting the definition before entering',
} satisfies Record<ChronicBasis, string>;

const situationWords = {
  street_shelter_safe_haven: 'Street, emergency shelter or safe haven',
  institution: 'Institution',
  transitional_housing: 'Transitional housing',
  housed_other: 'Housed or other',
  no_stay: 'No stay recorded',
} satisfies Record<CurrentSituation, string>;

const countingWords = { months: 'Calendar months (HUD)', nights: 'Nights (TPCH)' };

const stayTypeWords = {
  street: 'Street',
  emergency_shelter: 'Emergency shelter',
  safe_haven: 'Safe haven',
  institution: 'Institution',
  transitional_housing: 'Transitional housing',
  housed_other: 'Housed or other',
} satisfies Record<StayType, string>;

const evidenceWords = {
  third_party: 'Third-party',
  intake_observation: 'Intake worker observation',
  self_certification: 'Self-certification',
};

/** The determination, the timeline picture, the figures, what the file still needs, and the reasons. */
export function ChronicResult({ result, input }: { result: Result; input: ChronicInput }) {
  const rk = result.recordkeeping;
  return (
    <>
      <h2 id="chronic-result">{strings.heading}</h2>
      <p class={`note ${result.chronic ? 'note--ok' : 'note--warn'}`}>
        <strong>{result.chronic ? strings.yes : strings.no}</strong>
        {result.basis && `: ${basisWords[result.basis]}.`}
      </p>
      <ChronicTimelineChart result={result} stays={input.stays} assessmentDate={input.assessmentDate} />
      <table class="result-table" tabIndex={0}>
        <caption>{strings.figuresCaption}</caption>
        <tbody>
          <tr>
            <th scope="row">{strings.countedIn}</th>
            <td>{countingWords[result.countingMethod]}</td>
          </tr>
          <tr>
            <th scope="row">{strings.lastNight}</th>
            <td>{situationWords[result.currentSituation]}</td>
          </tr>
          <tr>
            <th scope="row">{strings.measuredAt}</th>
            <td>{result.evaluatedAsOf}</td>
          </tr>
          <tr>
            <th scope="row">{strings.lookBack}</th>
            <td>{strings.to(result.lookBack.first, result.lookBack.last)}</td>
          </tr>
          <tr>
            <th scope="row">{strings.continuous}</th>
            <td>{strings.continuousValue(result.continuous.since, result.continuous.months, result.continuous.nights)}</td>
          </tr>
          <tr>
            <th scope="row">{strings.occasionsCount}</th>
            <td>{result.occasions.length}</td>
          </tr>
          <tr>
            <th scope="row">{strings.months}</th>
            <td>{result.monthsHomeless}</td>
          </tr>
          <tr>
            <th scope="row">{strings.nights}</th>
            <td>{result.nightsHomeless}</td>
          </tr>
        </tbody>
      </table>
      {result.occasions.length > 0 && (
        <>
          <h3>{strings.occasionsHeading}</h3>
          <table class="result-table" tabIndex={0}>
            <caption class="visually-hidden">{strings.occasionsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{strings.occasion}</th>
                <th scope="col">{strings.dates}</th>
                <th scope="col">{strings.counted}</th>
                <th scope="col">{strings.inLookBack}</th>
                <th scope="col">{strings.monthsCol}</th>
                <th scope="col">{strings.evidence}</th>
              </tr>
            </thead>
            <tbody>
              {result.occasions.map((o, i) => (
                <tr>
                  <th scope="row">{i + 1}</th>
                  <td>
                    {strings.to(o.first, o.last)}
                    {o.straddlesLookBackStart && strings.straddles}
                  </td>
                  <td>{o.countedNights}</td>
                  <td>{o.nightsInLookBack}</td>
                  <td>{o.monthsInLookBack.length}</td>
                  <td>{o.documented ? strings.documented : strings.selfCertified}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <h3>{strings.recordHeading}</h3>
      <p>{rk.meetsStandard ? strings.meets : strings.notMet}</p>
      {rk.todo.length > 0 && (
        <>
          <h4>{strings.todoHeading}</h4>
          <ul>
            {rk.todo.map((item) => (
              <li data-todo={item.code}>
                {item.text} {item.dueDate && <strong>{strings.due(item.dueDate)}</strong>}
              </li>
            ))}
          </ul>
        </>
      )}
      <Reasons reasons={result.reasons} heading={strings.reasonsHeading} />
      <h3>{strings.staysHeading}</h3>
      <table class="result-table" tabIndex={0}>
        <caption class="visually-hidden">{strings.staysCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.stayNo}</th>
            <th scope="col">{strings.first}</th>
            <th scope="col">{strings.last}</th>
            <th scope="col">{strings.where}</th>
            <th scope="col">{strings.evidence}</th>
          </tr>
        </thead>
        <tbody>
          {input.stays.map((s, i) => (
            <tr>
              <th scope="row">{i + 1}</th>
              <td>{s.start}</td>
              <td>{s.end ?? strings.ongoing}</td>
              <td>{stayTypeWords[s.type]}</td>
              <td>{s.evidence ? evidenceWords[s.evidence] : strings.none}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
