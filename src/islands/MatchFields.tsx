import type { BudgetCategory } from '../../calculators/match/schemas';

/** A single checkbox with its label and an optional hint, styled like the shared radio choices. */
export function Checkbox({
  id,
  label,
  hint,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div class="choice">
      <input
        id={id}
        name={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)}
      />
      <label for={id}>
        {label}
        {hint && <span class="hint"> {hint}</span>}
      </label>
    </div>
  );
}

/** Replaces item `index` of a list with `patch` applied, for editors that keep lists in state. */
export const patchAt = <T,>(list: readonly T[], index: number, patch: Partial<T>): T[] =>
  list.map((item, i) => (i === index ? { ...item, ...patch } : item));

/** Removes item `index` of a list. */
export const removeAt = <T,>(list: readonly T[], index: number): T[] => list.filter((_, i) => i !== index);

/** Moves focus to an element once the next render has put it on the page (after adding or removing a row). */
export const focusLater = (id: string): void => {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
};

/** The budget lines' names, as the editor's choices and the result's table show them. */
export const budgetCategoryWords = {
  leasing: 'Leasing',
  'rental-assistance': 'Rental assistance',
  'supportive-services': 'Supportive services',
  operating: 'Operating costs',
  hmis: 'HMIS',
  admin: 'Administrative costs',
  indirect: 'Indirect costs',
} satisfies Record<BudgetCategory, string>;
