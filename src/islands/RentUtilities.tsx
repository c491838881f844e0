import type { UtilityAllowanceSchedule, UtilityAllowanceSource } from '../../calculators/rent/schemas/utilityAllowance';
import { fuels, fuelledUses, nonUtilityServices, scheduleUses } from '../../calculators/rent/vocabulary';
import { RadioGroup, SelectField, TextField } from './shared/Fields';
import { Checkbox, fieldId, MoneyField, moneyText, type Problems } from './RentParts';

/** The utility allowance questions the rent islands share: entered amount, or a schedule lookup for the utilities the tenant pays. */

const strings = {
  choice: 'Does the tenant pay utilities separately?',
  allowance: 'Monthly utility allowance',
  bedrooms: 'Bedrooms in the unit',
  bedroomsHint: '0 for an efficiency',
  scheduleNote: (pha: string, effective: string, sample: boolean) =>
    `Schedule: ${pha}, effective ${effective}${sample ? ' (SAMPLE figures, not a published schedule)' : ''}.`,
  notPaid: 'Not paid by the tenant',
} as const;

const useWords = {
  heating: 'Heating',
  cooking: 'Cooking',
  'water-heating': 'Water heating',
  'other-electric': 'Other electric (lights, appliances)',
  water: 'Water',
  sewer: 'Sewer',
  trash: 'Trash collection',
  range: 'Range (tenant supplies)',
  refrigerator: 'Refrigerator (tenant supplies)',
  telephone: 'Telephone',
  internet: 'Internet',
  cable: 'Cable or satellite TV',
} as Record<string, string>;

const fuelWords = { gas: 'Gas', electric: 'Electric', oil: 'Oil' } as Record<string, string>;

const choiceWords = { none: 'No', entered: 'Yes: enter the PHA allowance', schedule: 'Yes: look it up on the schedule' };

export type UtilityChoice = 'none' | 'entered' | 'schedule';
export type UtilityState = { utilities: UtilityChoice; allowance: string; bedrooms: string; paid: Record<string, string> };

const allUses = [...scheduleUses, ...nonUtilityServices] as const;
const needsFuel = (use: string): boolean => (fuelledUses as readonly string[]).includes(use);

/** No tenant-paid utilities. */
export const noUtilities = (): UtilityState => ({ utilities: 'none', allowance: '', bedrooms: '', paid: {} });

/** The form fields showing a rules-module utility allowance input. */
export function utilityStateFrom(source: UtilityAllowanceSource | undefined): UtilityState {
  if (!source) return noUtilities();
  if (source.source === 'entered') return { ...noUtilities(), utilities: 'entered', allowance: moneyText(source.amount) };
  return {
    utilities: 'schedule',
    allowance: '',
    bedrooms: String(source.bedrooms),
    paid: Object.fromEntries(source.tenantPays.map((u) => [u.use, u.fuel ?? 'yes'])),
  };
}

/** The rules-module input for the utility answers, with problems at the rules module's paths. */
export function utilityInput(
  state: UtilityState,
  schedule: UtilityAllowanceSchedule | null,
  problems: Problems,
): UtilityAllowanceSource | undefined {
  switch (state.utilities) {
    case 'none':
      return undefined;
    case 'entered':
      return { source: 'entered', amount: problems.money(state.allowance, 'utilityAllowance.amount', strings.allowance, true) ?? 0 };
    case 'schedule':
      if (!schedule) return undefined;
      return {
        source: 'schedule',
        schedule,
        bedrooms: problems.whole(state.bedrooms, 'utilityAllowance.bedrooms', strings.bedrooms) ?? 0,
        tenantPays: allUses
          .filter((use) => state.paid[use])
          .map((use) => ({ use, ...(needsFuel(use) ? { fuel: fuels.find((f) => f === state.paid[use]) } : {}) })),
      };
  }
}

/** The field paths these questions show, for mapping errors to fields. */
export const utilityPaths = (state: UtilityState): string[] => [
  'utilityAllowance',
  ...(state.utilities === 'entered' ? ['utilityAllowance.amount'] : []),
  ...(state.utilities === 'schedule' ? ['utilityAllowance.bedrooms', 'utilityAllowance.tenantPays'] : []),
];

/** The utility questions. */
export function UtilityFields({
  prefix,
  state,
  onChange,
  schedule,
  error,
}: {
  prefix: string;
  state: UtilityState;
  onChange: (change: Partial<UtilityState>) => void;
  schedule: UtilityAllowanceSchedule | null;
  error: (path: string) => string | undefined;
}) {
  const id = (path: string) => fieldId(prefix, path);
  return (
    <>
      <RadioGroup
        id={id('utilityAllowance')}
        label={strings.choice}
        value={state.utilities}
        onChange={(v) => onChange({ utilities: v === 'entered' || v === 'schedule' ? v : 'none' })}
        error={error('utilityAllowance')}
        options={Object.entries(choiceWords)
          .filter(([value]) => value !== 'schedule' || schedule)
          .map(([value, label]) => ({ value, label }))}
      />
      {state.utilities === 'entered' && (
        <MoneyField
          id={id('utilityAllowance.amount')}
          label={strings.allowance}
          value={state.allowance}
          onInput={(allowance) => onChange({ allowance })}
          error={error('utilityAllowance.amount')}
        />
      )}
      {state.utilities === 'schedule' && schedule && (
        <>
          <p class="hint">{strings.scheduleNote(schedule.pha, schedule.effective, schedule.sample)}</p>
          <TextField
            id={id('utilityAllowance.bedrooms')}
            label={strings.bedrooms}
            hint={strings.bedroomsHint}
            value={state.bedrooms}
            onInput={(bedrooms) => onChange({ bedrooms })}
            inputMode="numeric"
            error={error('utilityAllowance.bedrooms')}
            width="5rem"
          />
          <div id={id('utilityAllowance.tenantPays')} tabIndex={-1}>
            {error('utilityAllowance.tenantPays') && <p class="field-error">{error('utilityAllowance.tenantPays')}</p>}
            {allUses.map((use) =>
              needsFuel(use) ? (
                <SelectField
                  id={id(`paid.${use}`)}
                  label={useWords[use] ?? use}
                  value={state.paid[use] ?? ''}
                  onChange={(v) => onChange({ paid: { ...state.paid, [use]: v } })}
                  options={[{ value: '', label: strings.notPaid }, ...fuels.map((f) => ({ value: f, label: fuelWords[f] ?? f }))]}
                />
              ) : (
                <Checkbox
                  id={id(`paid.${use}`)}
                  label={useWords[use] ?? use}
                  checked={Boolean(state.paid[use])}
                  onChange={(on) => onChange({ paid: { ...state.paid, [use]: on ? 'yes' : '' } })}
                />
              ),
            )}
          </div>
        </>
      )}
    </>
  );
}
