import { yesNoOptions } from './shared/answers';
import { SelectField, TextField } from './shared/Fields';
import { AddRow, useRowList } from './shared/RowList';

const strings = {
  heading: 'The project’s households',
  intro:
    'Add one row for each chronically homeless household the project serves. Use a case or HMIS number as the label, never a name. The result below updates as you type.',
  household: (n: number) => `Household ${n}`,
  label: 'Label',
  labelHint: 'A case or HMIS number',
  disability: 'Disability verified?',
  months: 'Months with third-party evidence',
  monthsHint: 'Whole months',
  self: 'Self-certifies all of its time?',
  choose: 'Choose…',
  remove: (n: number) => `Remove household ${n}`,
  add: 'Add a household',
  added: (n: number) => `Household ${n} added.`,
  removed: (n: number) => `Household ${n} removed.`,
} as const;

/** One household as the form holds it: text until the rules module checks it. */
export type HouseholdRow = { label: string; dis: string; months: string; self: string };

export const emptyHousehold: HouseholdRow = { label: '', dis: '', months: '', self: '' };

type Field = keyof HouseholdRow;
const FIELDS: Record<Field, string> = {
  label: 'label',
  dis: 'disabilityVerified',
  months: 'thirdPartyMonths',
  self: 'selfCertifiedAllTime',
};

/** The id of a household's field. */
export const householdFieldId = (index: number, field: Field) => `project-household-${index}-${field}`;
export const addHouseholdId = 'project-add-household';

/** Field ids for every household, keyed by the rules module's error paths (`households.<index>.<field>`). */
export const householdFieldIds = (count: number): Record<string, string> =>
  Object.fromEntries(
    Array.from({ length: count }, (_, i) =>
      (Object.keys(FIELDS) as Field[]).map((f) => [`households.${i}.${FIELDS[f]}`, householdFieldId(i, f)]),
    ).flat(),
  );

/** True when a value read from a link is a list of household rows. */
export const isHouseholdRows = (value: unknown): value is HouseholdRow[] =>
  Array.isArray(value) &&
  value.every((row) => row && typeof row === 'object' && (Object.keys(FIELDS) as Field[]).every((k) => typeof row[k] === 'string'));

/** Adds, edits and removes households with ordinary form controls, so every action works from the keyboard. */
export function ChronicProjectRows({
  rows,
  onChange,
  errors,
}: {
  rows: HouseholdRow[];
  onChange: (rows: HouseholdRow[]) => void;
  errors: Record<string, string>;
}) {
  const list = useRowList(rows, onChange, {
    empty: emptyHousehold,
    firstFieldId: (i) => householdFieldId(i, 'label'),
    addId: addHouseholdId,
    added: strings.added,
    removed: strings.removed,
  });
  /** The props that tie a shared field to one answer of one household. */
  const field = (i: number, f: Field) => {
    const id = householdFieldId(i, f);
    return { id, value: rows[i]?.[f] ?? '', error: errors[id], onInput: list.update(i, f), onChange: list.update(i, f) };
  };
  const yesNo = [{ value: '', label: strings.choose }, ...yesNoOptions];

  return (
    <section aria-labelledby="project-households-heading">
      <h2 id="project-households-heading">{strings.heading}</h2>
      <p class="hint">{strings.intro}</p>
      <ol class="stay-list">
        {rows.map((_, i) => (
          <li>
            <fieldset class="stay">
              <legend>{strings.household(i + 1)}</legend>
              <div class="stay__dates">
                <TextField {...field(i, 'label')} label={strings.label} hint={strings.labelHint} width="9rem" />
                <SelectField {...field(i, 'dis')} label={strings.disability} options={yesNo} />
                <TextField {...field(i, 'months')} label={strings.months} hint={strings.monthsHint} inputMode="numeric" width="5rem" />
                <SelectField {...field(i, 'self')} label={strings.self} options={yesNo} />
              </div>
              <button type="button" class="button button--secondary no-print" onClick={() => list.remove(i)}>
                {strings.remove(i + 1)}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <AddRow id={addHouseholdId} label={strings.add} onAdd={list.add} error={errors[addHouseholdId]} announcement={list.announcement} />
    </section>
  );
}
