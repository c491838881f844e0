import type { Rounding } from '../../core/money';
import type { RenewalMeasure, RenewalScales } from './renewalSchema';
import { MissingRuleData, type RuleReader, type UsedParameter } from './rules';

/** How each renewal measure is named in results. */
export const RENEWAL_MEASURE_LABELS: Record<RenewalMeasure, string> = {
  exitsToPermanentHousing: 'Exits to permanent housing',
  earnedIncomeStayers: 'Earned income, stayers',
  otherIncomeStayers: 'Non-employment income, stayers',
  earnedIncomeLeavers: 'Earned income, leavers',
  otherIncomeLeavers: 'Non-employment income, leavers',
  bedUtilization: 'Bed utilization',
  chronicHomeless: 'Chronic homelessness',
  dataQuality: 'Data quality (omissions)',
  fiscalManagement: 'Fiscal management (funds returned)',
};

const base = 'priority.scoring.renewal';

/** The parameter id of a renewal rule. */
export const renewalId = (key: string): string => `${base}.${key}`;

/** The scale a measure is scored on: the worksheet's own where it differs and the worksheet was chosen, else Appendix B's. */
export function scaleFor(rules: RuleReader, measure: RenewalMeasure, scales: RenewalScales): UsedParameter<string> {
  const worksheetId = renewalId(`worksheet.${measure}.scale`);
  if (scales === 'worksheet' && rules.has(worksheetId)) return rules.text(worksheetId);
  return rules.text(renewalId(`${measure}.scale`));
}

/** True when the worksheet prints its own version of a measure's scale. */
export const worksheetDiffers = (rules: RuleReader, measure: RenewalMeasure): boolean => rules.has(renewalId(`worksheet.${measure}.scale`));

const ROUNDINGS: readonly Rounding[] = ['half-up', 'down', 'up'];

/** The rounding that turns a measured percentage into the whole percentages the scales use. */
export function percentRounding(rules: RuleReader): UsedParameter<string> & { value: Rounding } {
  const used = rules.text(renewalId('percentRounding'));
  if (!ROUNDINGS.includes(used.value as Rounding)) {
    throw new MissingRuleData(`The rule "${used.id}" must be one of ${ROUNDINGS.join(', ')}; it is "${used.value}".`, 'jurisdiction');
  }
  return used as UsedParameter<string> & { value: Rounding };
}
