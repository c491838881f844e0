import { TIER_NUMBERS, type RrhTierResult } from '../../calculators/rent/tiers';
import { formatCents, formatBasisPoints, parseMoney } from '../../calculators/core/money';
import { calculateRrhTiers, rentParameterSets as parameterSets, rrhTierExamples } from '../../calculators/rent/tucsonPimaOnly';
import { jurisdictionLabels } from '../../calculators/parameters/build';
import { CalculatorForm } from './shared/CalculatorForm';
import { ErrorSummary } from './shared/ErrorSummary';
import { ExampleButtons } from './shared/Examples';
import { TextField, RadioGroup } from './shared/Fields';
import { toSummaryErrors } from './shared/errors';
import { useCalculatorForm, useFragmentLoad, useRecalculate } from './shared/form';
import { readFragment, todayIso, writeFragment } from './shared/fragment';
import { ResultPanel, ResultTable } from './shared/Result';
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
  resultHeading: 'Program and household shares',
  tableCaption: 'What the program and the household pay each month at each tier',
  tier: 'Tier',
  programShare: 'Program share',
  programPays: 'Program pays',
  participantPays: 'Household pays',
  chosen: '(chosen)',
  linkHolds: 'the numbers',
} as const;

const jurisdiction = 'tucson-pima' as const;
/** Each answer's key in the URL fragment, and the id of its field. */
const ids = { rent: 'rrh-rent', tier: 'rrh-tier', asOf: 'rrh-as-of' } as const;
/** Rules-module error paths → field ids. */
const fieldIds = { contractRent: ids.rent, tier: ids.tier, asOf: ids.asOf };
type Values = Record<keyof typeof ids, string>;

/**
 * TPCH rapid re-housing tiers: what the program and the household pay at each tier. `showExamples` is
 * false where the calculator is embedded in a section (its worked examples are on the tool page).
 */
export default function RrhTiers({ showExamples = true }: { showExamples?: boolean }) {
  const { values, setValues, field, errors, attempt, result, fail, succeed } = useCalculatorForm<Values, RrhTierResult>(
    { rent: '', tier: '', asOf: '' },
    (key) => ids[key],
  );
  // A tool page opened with #revision=<id> calculates under that proposed revision (src/islands/shared/revision.ts).
  const revision = useRevisionParameters(parameterSets[jurisdiction]);
  // The reader can switch back to the adopted rules: calculate the same numbers again.
  const { remember } = useRecalculate<Values>(revision.parameters, (last) => calculate(last));

  const calculate = (v: Values = values) => {
    remember(v);
    const money = parseMoney(v.rent);
    if (!money.ok) return fail([{ fieldId: ids.rent, message: `${strings.rentLabel}: ${money.message}` }]);
    const outcome = calculateRrhTiers(
      { contractRent: money.cents, tier: v.tier ? Number(v.tier) : undefined, asOf: v.asOf },
      { parameters: revision.parameters },
    );
    if (!outcome.ok) return fail(toSummaryErrors(outcome.errors, fieldIds, ids.rent));
    succeed(outcome.value);
    writeFragment({ ...revisionFragment(revision), ...v });
  };

  useFragmentLoad(revision.ready, (fromLink) => {
    const v = readFragment({ rent: '', tier: '', asOf: defaultAsOf(revision, todayIso()) });
    setValues(v);
    if (fromLink && v.rent) calculate(v);
  });

  return (
    <div>
      <RevisionBanner state={revision} />
      <ErrorSummary errors={errors} attempt={attempt} />
      <CalculatorForm submit={strings.submit} onSubmit={() => calculate()}>
        <TextField {...field('rent')} label={strings.rentLabel} hint={strings.rentHint} inputMode="decimal" prefix="$" width="10rem" />
        <RadioGroup
          {...field('tier')}
          label={strings.tierLabel}
          hint={strings.tierHint}
          options={[
            { value: '', label: strings.tierAll },
            ...TIER_NUMBERS.map((n) => ({ value: String(n), label: strings.tierOption(n) })),
          ]}
        />
        <TextField {...field('asOf')} label={strings.asOfLabel} hint={strings.asOfHint} width="10rem" />
      </CalculatorForm>
      <ExampleButtons
        id="rrh-examples"
        examples={showExamples ? rrhTierExamples.examples : []}
        onChoose={(example) => {
          const v = {
            rent: (example.input.contractRent / 100).toFixed(2),
            tier: example.input.tier ? String(example.input.tier) : '',
            asOf: example.input.asOf,
          };
          setValues(v);
          calculate(v);
        }}
      />
      {result && (
        <ResultPanel
          id="rrh-result"
          heading={strings.resultHeading}
          reasons={result.reasons}
          stamp={{
            jurisdiction: jurisdictionLabels[jurisdiction],
            parameterSet: parameterSets[jurisdiction].label,
            asOf: values.asOf,
            revision: revision.revision?.title,
          }}
          actions={{ what: strings.linkHolds }}
        >
          <ResultTable
            caption={strings.tableCaption}
            headings={[strings.tier, strings.programShare, strings.programPays, strings.participantPays]}
          >
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
          </ResultTable>
        </ResultPanel>
      )}
    </div>
  );
}
