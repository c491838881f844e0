import { reason, type Reason } from '../core/citation';
import type { FieldError } from '../core/outcome';
import { fail, ok, type Outcome } from '../core/outcome';
import { formatCents, sumCents, type Cents } from '../core/money';
import * as passages from './passages';
import { cite } from './reasons';
import type { RuleReader } from './ruleReader';
import {
  nonUtilityServices,
  type NonUtilityService,
  type TenantPaidUtility,
  type UtilityAllowanceSchedule,
  type UtilityAllowanceSource,
} from './schemas/utilityAllowance';
import { bedroomWords } from './vocabulary';

export type AllowanceLine = { use: string; fuel: string | null; amount: Cents };
export type UtilityAllowance = {
  amount: Cents;
  lines: AllowanceLine[];
  excluded: string[];
  schedule: { id: string; pha: string; effective: string; sample: boolean } | null;
  reasons: Reason[];
};

const words = (u: { use: string; fuel?: string | null | undefined }): string =>
  `${u.use.replace(/-/g, ' ')}${u.fuel ? ` (${u.fuel})` : ''}`;

/** The services the jurisdiction excludes from the allowance (telephone; in some standards internet and cable too). */
function excludedServices(rules: RuleReader): { services: NonUtilityService[]; parameter: ReturnType<RuleReader['text']> } {
  const parameter = rules.text('rent.utilityAllowance.excludedServices');
  const services = parameter.value
    .split(',')
    .map((s) => s.trim())
    .filter((s): s is NonUtilityService => (nonUtilityServices as readonly string[]).includes(s));
  return { services, parameter };
}

/** Looks up each tenant-paid utility on a schedule; a missing row or bedroom count is an error naming the missing data. */
export function lookupUtilityAllowance(
  rules: RuleReader,
  schedule: UtilityAllowanceSchedule,
  bedrooms: number,
  tenantPays: TenantPaidUtility[],
  path = 'utilityAllowance',
): Outcome<UtilityAllowance> {
  const { services, parameter } = excludedServices(rules);
  const errors: FieldError[] = [];
  const lines: AllowanceLine[] = [];
  const excluded: string[] = [];
  const described = `${schedule.pha} schedule effective ${schedule.effective}${schedule.sample ? ' (a sample, not a published schedule)' : ''}`;
  tenantPays.forEach((utility, index) => {
    if ((services as readonly string[]).includes(utility.use)) {
      excluded.push(utility.use);
      return;
    }
    const row = schedule.rows.find((r) => r.use === utility.use && (r.fuel ?? undefined) === utility.fuel);
    if (!row) {
      errors.push({
        path: `${path}.tenantPays.${index}`,
        message: `The ${described} has no row for ${words(utility)}: choose another utility or enter the allowance amount`,
      });
      return;
    }
    const amount = row.amounts[bedrooms];
    if (amount === undefined || amount === null) {
      errors.push({
        path: `${path}.bedrooms`,
        message: `The ${described} has no amount for ${words(utility)} in ${bedroomWords(bedrooms)}: enter the allowance amount instead`,
      });
      return;
    }
    lines.push({ use: utility.use, fuel: utility.fuel ?? null, amount });
  });
  if (errors.length) return fail(errors);
  const amount = sumCents(lines.map((l) => l.amount));
  const reasons: Reason[] = [
    reason(
      'utility-allowance-schedule',
      `Utility allowance from the ${described}, for ${bedroomWords(bedrooms)}: ${lines.length ? lines.map((l) => `${words(l)} ${formatCents(l.amount)}`).join(' + ') : 'no utilities'} = ${formatCents(amount)} a month.`,
      passages.utilityAllowance,
    ),
  ];
  if (excluded.length) {
    reasons.push(
      reason(
        'utility-allowance-excluded',
        `${excluded.join(', ')} ${excluded.length === 1 ? 'is' : 'are'} not a covered utility and add nothing to the allowance.`,
        cite(parameter),
      ),
    );
  }
  return ok({
    amount,
    lines,
    excluded,
    schedule: { id: schedule.id, pha: schedule.pha, effective: schedule.effective, sample: schedule.sample },
    reasons,
  });
}

/** The allowance from either an entered amount or a schedule lookup. */
export function resolveUtilityAllowance(
  rules: RuleReader,
  source: UtilityAllowanceSource,
  path = 'utilityAllowance',
): Outcome<UtilityAllowance> {
  switch (source.source) {
    case 'entered':
      return ok({
        amount: source.amount,
        lines: [],
        excluded: [],
        schedule: null,
        reasons: [
          reason(
            'utility-allowance-entered',
            `Utility allowance entered: ${formatCents(source.amount)} a month.`,
            passages.utilityAllowance,
          ),
        ],
      });
    case 'schedule':
      return lookupUtilityAllowance(rules, source.schedule, source.bedrooms, source.tenantPays, path);
  }
}
