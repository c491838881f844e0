/**
 * The data calculators receive as props at build time (parameter sets, sample tables, worked examples),
 * shared by the tool pages and the calculators embedded in standards sections. Data files are parsed
 * here, so a bad file fails the build with the field that is wrong.
 */
import { jurisdictionIds, type JurisdictionId } from '../../calculators/core/parameters';
import { parameterSets } from '../../calculators/parameters';
import { eligibilityParameterSet } from '../../calculators/eligibility/parameterSubset';
import { eligibilityExamples } from '../../calculators/eligibility/examples';
import { IncomeLimitTable } from '../../calculators/eligibility/incomeLimitTable';
import { incomeLimitAreas, type IncomeLimitRow } from '../../calculators/eligibility/incomeLimits';
import { eligibilityResources } from '../../calculators/eligibility/resources';
import { chronicExamples } from '../../calculators/chronic/examples';
import { rentExamples } from '../../calculators/rent/rentExamples';
import { FmrTable } from '../../calculators/rent/schemas/fmr';
import { UtilityAllowanceSchedule } from '../../calculators/rent/schemas/utilityAllowance';
import { fromInput } from '../islands/EligibilityExampleAnswers';
import { fromExample as fromChronicExample, type ChronicExampleForm } from '../islands/ChronicTimelineForm';
import { fromExample, type IncomeBasedState } from '../islands/RentIncomeBasedForm';
import { limitsFromExample, type LimitsState } from '../islands/RentLimitsForm';
import type { RentExampleForm } from '../islands/RentParts';
import sampleFmr from '../../content/data/fmr/sample-fy2024.json';
import sampleUtilities from '../../content/data/utility-allowances/sample-pha-2024.json';

// Every income-limits file under content/data/income-limits (sample rows until a CoC adds HUD's figures).
const incomeLimitFiles = import.meta.glob<{ default: unknown }>('../../content/data/income-limits/*.json', { eager: true });

/** Income-limit rows of every area, from content/data/income-limits. */
export const incomeLimitRows = (): IncomeLimitRow[] =>
  Object.values(incomeLimitFiles).flatMap((file) => IncomeLimitTable.parse(file.default).rows);

/**
 * The staff eligibility check's props, for the given jurisdictions (all when none are named): their
 * parameter sets, their worked examples, the recordkeeping tables and the income-limits areas (theirs,
 * or every area when none of them has one).
 */
export function eligibilityStaffData(jurisdictions: readonly JurisdictionId[] = jurisdictionIds) {
  const named = new Set<string>(jurisdictions);
  const rows = incomeLimitRows();
  const local = rows.filter((row) => named.has(row.area));
  const incomeLimits = local.length ? local : rows;
  return {
    sets: jurisdictions.map((id) => eligibilityParameterSet(parameterSets[id])),
    resources: { ...eligibilityResources, incomeLimits },
    areas: incomeLimitAreas(incomeLimits).map((a): [string, string] => [a.area, a.sample ? `${a.areaName} (SAMPLE figures)` : a.areaName]),
    examples: eligibilityExamples.examples
      .filter((e) => named.has(e.jurisdiction))
      .map(({ id, title, rule, jurisdiction, input }) => ({ id, title, rule, answers: fromInput(input, jurisdiction) })),
  };
}

/** The chronic timeline's worked examples, each as the island's form shows it (answers and stays). */
export const chronicExampleForms = (): ChronicExampleForm[] =>
  chronicExamples.examples.map(({ id, title, rule, jurisdiction, input }) => ({
    id,
    title,
    rule,
    ...fromChronicExample(input, jurisdiction),
  }));

/** The rent calculator's worked examples of one mode (income-based, limits, Nashville budget…). */
export const rentExamplesOf = (mode: (typeof rentExamples.examples)[number]['input']['mode']) =>
  rentExamples.examples.filter((e) => e.input.mode === mode);

/** The income-based rent calculator's worked examples, each as the island's form shows it. */
export const incomeBasedRentExamples = (): RentExampleForm<IncomeBasedState>[] =>
  rentExamples.examples.flatMap(({ id, title, rule, jurisdiction, input }) =>
    input.mode === 'income-based' ? [{ id, title, rule, state: fromExample(input, jurisdiction, input.asOf) }] : [],
  );

/** The limits check's worked examples, each as the island's form shows it. */
export const rentLimitsExamples = (): RentExampleForm<LimitsState>[] =>
  rentExamples.examples.flatMap(({ id, title, rule, jurisdiction, input }) =>
    input.mode === 'limits' ? [{ id, title, rule, state: limitsFromExample(input, jurisdiction, input.asOf) }] : [],
  );

/** The SAMPLE Fair Market Rent table offered until a CoC enters HUD's figures. */
export const sampleFmrTable = () => FmrTable.parse(sampleFmr);

/** The SAMPLE utility allowance schedule offered until a CoC enters its PHA's. */
export const sampleUtilitySchedule = () => UtilityAllowanceSchedule.parse(sampleUtilities);
