import { useEffect, useMemo, useState } from 'preact/hooks';
import { checkProjectRecordkeeping, type ProjectRecordkeepingResult } from '../../calculators/chronic/project';
import { formatBasisPoints } from '../../calculators/core/money';
import { chronicProjectParameterSets } from '../../calculators/parameters/chronic';
import {
  ChronicProjectRows,
  addHouseholdId,
  emptyHousehold,
  householdFieldIds,
  isHouseholdRows,
  type HouseholdRow,
} from './ChronicProjectRows';
import { ErrorSummary } from './shared/ErrorSummary';
import { TextField } from './shared/Fields';
import { byField, toSummaryErrors } from './shared/errors';
import { readFragment, readFragmentJson, todayIso, writeFragment } from './shared/fragment';
import { Reasons } from './shared/Reasons';
import { Stamp } from './shared/Stamp';
import { toNumber } from './PriorityFields';
import { toYesNo } from './shared/answers';
import { CalculatorForm } from './shared/CalculatorForm';
import { useFragmentLoad } from './shared/form';
import { ResultActions } from './shared/Result';

const strings = {
  asOf: 'Check under the standards in force on',
  asOfHint: 'A date written YYYY-MM-DD',
  submit: 'Check the project',
  resultHeading: 'Project documentation under the TPCH standards',
  meets: 'The project meets the documentation standard.',
  notMet: 'The project does not meet the documentation standard yet.',
  waiting: 'The result appears here once every household has a label and an answer to each question.',
  figuresCaption: 'The two project limits',
  limit: 'Limit',
  project: 'This project',
  required: 'Required',
  status: 'Status',
  completeRow: 'Households with complete packets',
  selfRow: 'Households self-certifying all of their time',
  ofTotal: (n: number, total: number, bp: number) => `${n} of ${total} (${formatBasisPoints(bp)})`,
  atLeast: (bp: number) => `at least ${formatBasisPoints(bp)}`,
  atMost: (bp: number) => `at most ${formatBasisPoints(bp)}`,
  met: 'Met',
  notMetShort: 'Not met',
  householdsCaption: 'Each household’s packet and what it still needs',
  household: 'Household',
  packet: 'Packet',
  complete: 'Complete',
  incomplete: 'Incomplete',
  needs: 'Still needed',
  nothing: 'Nothing',
  announce: (r: ProjectRecordkeepingResult) =>
    `${r.meetsStandard ? 'Meets' : 'Does not meet'} the standard: ${r.complete} of ${r.total} packets complete, ${r.allSelfCertified} self-certifying all of their time.`,
  linkHolds: 'the labels and answers',
} as const;

const jurisdiction = 'tucson-pima' as const;
const set = chronicProjectParameterSets[jurisdiction];
const ids = { asOf: 'project-as-of' } as const;

/** The rules-module input from the form; blanks become absent so the rules name what is missing. */
const toInput = (asOf: string, rows: HouseholdRow[]) => ({
  asOf: asOf.trim(),
  households: rows.map((r) => ({
    label: r.label.trim() || undefined,
    disabilityVerified: toYesNo(r.dis),
    thirdPartyMonths: toNumber(r.months),
    selfCertifiedAllTime: toYesNo(r.self),
  })),
});

/** TPCH's project-level documentation check over a list of households, recalculated as the list changes. */
export default function ChronicProject() {
  const [asOf, setAsOf] = useState('');
  const [rows, setRows] = useState<HouseholdRow[]>([emptyHousehold]);
  const [submitted, setSubmitted] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const outcome = useMemo(() => checkProjectRecordkeeping(toInput(asOf, rows), { jurisdiction }), [asOf, rows]);
  const result = outcome.ok ? outcome.value : null;
  // Field messages appear once the person asks for the check, then follow their edits.
  const errors =
    submitted && !outcome.ok
      ? toSummaryErrors(outcome.errors, { asOf: ids.asOf, households: addHouseholdId, ...householdFieldIds(rows.length) }, ids.asOf)
      : [];

  // Follows the page's worked-example links too.
  useFragmentLoad(
    true,
    (fromLink) => {
      const households = readFragmentJson('households', [emptyHousehold], isHouseholdRows);
      setAsOf(readFragment({ asOf: todayIso() }).asOf);
      setRows(households.length ? households : [emptyHousehold]);
      if (fromLink) setSubmitted(true);
    },
    true,
  );

  useEffect(() => {
    if (result) writeFragment({ asOf: asOf.trim(), households: JSON.stringify(rows) });
  }, [result]);

  const inline = byField(errors);
  return (
    <div>
      <ErrorSummary errors={errors} attempt={attempt} />
      <CalculatorForm
        submit={strings.submit}
        onSubmit={() => {
          setSubmitted(true);
          setAttempt((n) => n + 1);
        }}
      >
        <TextField
          id={ids.asOf}
          label={strings.asOf}
          hint={strings.asOfHint}
          value={asOf}
          onInput={setAsOf}
          error={inline[ids.asOf]}
          width="10rem"
        />
        <ChronicProjectRows rows={rows} onChange={setRows} errors={inline} />
      </CalculatorForm>
      <p class="visually-hidden" role="status">
        {result ? strings.announce(result) : ''}
      </p>
      <section class="result" aria-labelledby="project-result">
        <h2 id="project-result">{strings.resultHeading}</h2>
        {result ? (
          <>
            <p class={`note ${result.meetsStandard ? 'note--ok' : 'note--warn'}`}>
              <strong>{result.meetsStandard ? strings.meets : strings.notMet}</strong>
            </p>
            <table class="result-table" tabIndex={0}>
              <caption>{strings.figuresCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{strings.limit}</th>
                  <th scope="col">{strings.project}</th>
                  <th scope="col">{strings.required}</th>
                  <th scope="col">{strings.status}</th>
                </tr>
              </thead>
              <tbody>
                <Limit
                  name={strings.completeRow}
                  value={strings.ofTotal(result.complete, result.total, result.completeShareBasisPoints)}
                  required={strings.atLeast(result.limits.minimumCompleteShareBasisPoints)}
                  met={result.meetsCompleteShare}
                />
                <Limit
                  name={strings.selfRow}
                  value={strings.ofTotal(result.allSelfCertified, result.total, result.allSelfCertifiedShareBasisPoints)}
                  required={strings.atMost(result.limits.maximumAllSelfCertifiedShareBasisPoints)}
                  met={result.meetsSelfCertifiedCap}
                />
              </tbody>
            </table>
            <table class="result-table" tabIndex={0}>
              <caption>{strings.householdsCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{strings.household}</th>
                  <th scope="col">{strings.packet}</th>
                  <th scope="col">{strings.needs}</th>
                </tr>
              </thead>
              <tbody>
                {result.households.map((h) => (
                  <tr>
                    <th scope="row">{h.label}</th>
                    <td>{h.complete ? strings.complete : strings.incomplete}</td>
                    <td>{h.todo.length ? h.todo.join('; ') : strings.nothing}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Reasons reasons={result.reasons} />
            <Stamp jurisdiction={set.label} parameterSet={set.label} asOf={asOf.trim()} />
            <ResultActions what={strings.linkHolds} reset={result} />
          </>
        ) : (
          <p>{strings.waiting}</p>
        )}
      </section>
    </div>
  );
}

function Limit({ name, value, required, met }: { name: string; value: string; required: string; met: boolean }) {
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>{value}</td>
      <td>{required}</td>
      <td>{met ? strings.met : strings.notMetShort}</td>
    </tr>
  );
}
