import { useEffect, useRef, useState } from 'preact/hooks';
import { calculateRrhTiers, TIER_NUMBERS, type RrhTierResult } from '../../calculators/rent/tiers';
import { formatCents, formatBasisPoints, parseMoney } from '../../calculators/core/money';
import { rentParameterSets as parameterSets } from '../../calculators/parameters/rent';
import { rrhTierExamples } from '../../calculators/rent/examples';
import { TextField, RadioGroup } from './shared/Fields';
import { ErrorSummary, type SummaryError } from './shared/ErrorSummary';
import { byField, toSummaryErrors } from './shared/errors';
import { Reasons } from './shared/Reasons';
import { Stamp } from './shared/Stamp';
import { applyFragmentOnMount, todayIso, writeFragment } from './shared/fragment';
import { defaultAsOf, revisionFragment, useRevisionParameters } from './shared/revision';
import { RevisionBanner } from './shared/RevisionBanner';

const strings = {
  rentLabel: 'Monthly contract rent',
  rentHint: 'The rent on the lease, in dollars, for example 900.00',
  tierLabel: 'Tier chosen by staff (optional)',
  tierHint: 'Leave as “Show all tiers” to compare them side by side.',
  tierAll: 'Show all tiers',
  tierOption: (n: number) => `Tier ${n}`,
  asOfLabel: 'Calculate under the rules in force on',
  asOfHint: 'A date written YYYY-MM-DD',
  submit: 'Calculate',
  examplesHeading: 'Try an example',
  resultHeading: 'Program and household shares',
  tableCaption: 'What the program and the household pay each month at each tier',
  tier: 'Tier',
  programShare: 'Program share',
  programPays: 'Program pays',
  participantPays: 'Household pays',
  chosen: '(chosen)',
  copyLink: 'Copy a link to this result',
  copied: 'Link copied. It holds the numbers you entered, so share it only on purpose.',
  print: 'Print',
} as const;

const jurisdiction = 'tucson-pima' as const;
const fields = { contractRent: 'rrh-rent', tier: 'rrh-tier', asOf: 'rrh-as-of' };
type Values = { rent: string; tier: string; asOf: string };

/** TPCH rapid re-housing tiers: what the program and the household pay at each tier. */
export default function RrhTiers() {
  const [rent, setRent] = useState('');
  const [tier, setTier] = useState('');
  const [asOf, setAsOf] = useState('');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<RrhTierResult | null>(null);
  const [copied, setCopied] = useState(false);
  // A tool page opened with #revision=<id> calculates under that proposed revision (src/islands/shared/revision.ts).
  const revision = useRevisionParameters(parameterSets[jurisdiction]);
  const applied = useRef(false);
  const last = useRef<{ values: Values; parameters: unknown } | null>(null);

  const calculate = (values: Values = { rent, tier, asOf }) => {
    setAttempt((n) => n + 1);
    last.current = { values, parameters: revision.parameters };
    const money = parseMoney(values.rent);
    if (!money.ok) {
      setErrors([{ fieldId: fields.contractRent, message: `${strings.rentLabel}: ${money.message}` }]);
      setResult(null);
      return;
    }
    const outcome = calculateRrhTiers(
      { contractRent: money.cents, tier: values.tier ? Number(values.tier) : undefined, asOf: values.asOf },
      { parameters: revision.parameters },
    );
    if (!outcome.ok) {
      setErrors(toSummaryErrors(outcome.errors, fields, fields.contractRent));
      setResult(null);
      return;
    }
    setErrors([]);
    setResult(outcome.value);
    writeFragment({ ...revisionFragment(revision), rent: values.rent, tier: values.tier, asOf: values.asOf });
  };

  useEffect(() => {
    if (!revision.ready || applied.current) return;
    applied.current = true;
    applyFragmentOnMount({ rent: '', tier: '', asOf: defaultAsOf(revision, todayIso()) }, (values, fromLink) => {
      setRent(values.rent);
      setTier(values.tier);
      setAsOf(values.asOf);
      if (fromLink && values.rent) calculate(values);
    })();
  }, [revision.ready]);

  useEffect(() => {
    if (last.current && last.current.parameters !== revision.parameters) calculate(last.current.values);
  }, [revision.parameters]);

  const inline = byField(errors);
  return (
    <div>
      <RevisionBanner state={revision} />
      <ErrorSummary errors={errors} attempt={attempt} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          calculate();
        }}
      >
        <TextField
          id={fields.contractRent}
          label={strings.rentLabel}
          hint={strings.rentHint}
          value={rent}
          onInput={setRent}
          inputMode="decimal"
          prefix="$"
          error={inline[fields.contractRent]}
          width="10rem"
        />
        <RadioGroup
          id={fields.tier}
          label={strings.tierLabel}
          hint={strings.tierHint}
          value={tier}
          onChange={setTier}
          error={inline[fields.tier]}
          options={[
            { value: '', label: strings.tierAll },
            ...TIER_NUMBERS.map((n) => ({ value: String(n), label: strings.tierOption(n) })),
          ]}
        />
        <TextField
          id={fields.asOf}
          label={strings.asOfLabel}
          hint={strings.asOfHint}
          value={asOf}
          onInput={setAsOf}
          error={inline[fields.asOf]}
          width="10rem"
        />
        <div class="button-row">
          <button class="button" type="submit">
            {strings.submit}
          </button>
        </div>
      </form>
      <section class="no-print" aria-labelledby="rrh-examples">
        <h2 id="rrh-examples">{strings.examplesHeading}</h2>
        <ul>
          {rrhTierExamples.examples.map((example) => (
            <li>
              <button
                type="button"
                class="button button--secondary"
                onClick={() => {
                  const values = {
                    rent: (example.input.contractRent / 100).toFixed(2),
                    tier: example.input.tier ? String(example.input.tier) : '',
                    asOf: example.input.asOf,
                  };
                  setRent(values.rent);
                  setTier(values.tier);
                  setAsOf(values.asOf);
                  calculate(values);
                }}
              >
                {example.title}
              </button>{' '}
              {example.rule}
            </li>
          ))}
        </ul>
      </section>
      {result && (
        <section class="result" aria-labelledby="rrh-result" aria-live="polite">
          <h2 id="rrh-result">{strings.resultHeading}</h2>
          <table class="result-table">
            <caption class="visually-hidden">{strings.tableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{strings.tier}</th>
                <th scope="col">{strings.programShare}</th>
                <th scope="col">{strings.programPays}</th>
                <th scope="col">{strings.participantPays}</th>
              </tr>
            </thead>
            <tbody>
              {result.tiers.map((split) => (
                <tr>
                  <th scope="row">
                    {strings.tierOption(split.tier)} {result.chosen?.tier === split.tier && strings.chosen}
                  </th>
                  <td>{formatBasisPoints(split.programShareBasisPoints)}</td>
                  <td>{formatCents(split.programPays)}</td>
                  <td>{formatCents(split.participantPays)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Reasons reasons={result.reasons} />
          <Stamp
            jurisdiction="Tucson/Pima County CoC (AZ-501)"
            parameterSet={parameterSets[jurisdiction].label}
            asOf={asOf}
            revision={revision.revision?.title}
          />
          <div class="button-row">
            <button
              type="button"
              class="button button--secondary"
              onClick={() => {
                void navigator.clipboard?.writeText(location.href).then(() => setCopied(true));
              }}
            >
              {strings.copyLink}
            </button>
            <button type="button" class="button button--secondary" onClick={() => window.print()}>
              {strings.print}
            </button>
          </div>
          {copied && <p role="status">{strings.copied}</p>}
        </section>
      )}
    </div>
  );
}
