import { budgetCategories, supportiveServiceCosts, type BudgetCategory, type SupportiveServiceCost } from '../../calculators/match/schemas';
import { SelectField, TextField } from './shared/Fields';
import { budgetCategoryWords, Checkbox, focusLater, patchAt, removeAt } from './MatchFields';
import { emptyLine, type LineState } from './MatchFormState';

const strings = {
  heading: 'Budget request',
  hint: 'One line per cost. Leasing is left out of the CoC match base; administrative and indirect costs are in it.',
  line: (n: number) => `Budget line ${n}`,
  category: 'What the line pays for',
  description: 'Description (optional)',
  amount: 'Amount requested',
  amountHint: 'For the grant term, in dollars, for example 31,425.00',
  serviceCost: 'Which supportive service cost',
  chooseServiceCost: 'Choose a cost',
  participantSupport: 'Participant support cost',
  participantSupportHint: '(paid on behalf of participants, such as move-in costs; left out of modified total direct costs)',
  remove: (n: number) => `Remove budget line ${n}`,
  add: 'Add a budget line',
} as const;

// The editor names leasing more fully: the result's table has the budget lines beside it.
const categoryWords = { ...budgetCategoryWords, leasing: 'Leasing (leased units or structures)' };

const serviceCostWords = {
  'assessment-of-service-needs': 'Assessment of service needs',
  'moving-costs': 'Moving costs (one-time)',
  'case-management': 'Case management',
  'child-care': 'Child care',
  education: 'Education services',
  employment: 'Employment services',
  food: 'Food',
  'housing-search-and-counseling': 'Housing search and counseling',
  legal: 'Legal services',
  'life-skills': 'Life skills',
  'mental-health': 'Mental health services',
  'outpatient-health': 'Outpatient health services',
  outreach: 'Outreach',
  'substance-abuse-treatment': 'Substance abuse treatment',
  transportation: 'Transportation',
  'utility-deposits': 'Utility deposits',
  'direct-provision': 'Direct provision of services',
  other: 'Something else',
} satisfies Record<SupportiveServiceCost, string>;

/** The budget lines of a CoC request: add, edit and remove lines with the keyboard. */
export function MatchBudgetEditor({
  lines,
  onChange,
  errors,
}: {
  lines: LineState[];
  onChange: (lines: LineState[]) => void;
  errors: Record<string, string>;
}) {
  const id = (i: number, field: string) => `match-budget-${i}-${field}`;
  return (
    <section id="match-budget" tabIndex={-1} aria-labelledby="match-budget-heading">
      <h2 id="match-budget-heading">{strings.heading}</h2>
      <p class="hint">{strings.hint}</p>
      {errors['match-budget'] && <p class="field-error">{errors['match-budget']}</p>}
      {lines.map((line, i) => (
        <fieldset class="field">
          <legend>{strings.line(i + 1)}</legend>
          <SelectField
            id={id(i, 'category')}
            label={strings.category}
            value={line.category}
            error={errors[id(i, 'category')]}
            onChange={(value) => onChange(patchAt(lines, i, { category: value as BudgetCategory }))}
            options={budgetCategories.map((c) => ({ value: c, label: categoryWords[c] }))}
          />
          <TextField
            id={id(i, 'amount')}
            label={strings.amount}
            hint={strings.amountHint}
            value={line.amount}
            prefix="$"
            inputMode="decimal"
            width="10rem"
            error={errors[id(i, 'amount')]}
            onInput={(value) => onChange(patchAt(lines, i, { amount: value }))}
          />
          <TextField
            id={id(i, 'description')}
            label={strings.description}
            value={line.description}
            error={errors[id(i, 'description')]}
            onInput={(value) => onChange(patchAt(lines, i, { description: value }))}
          />
          {line.category === 'supportive-services' && (
            <>
              <SelectField
                id={id(i, 'serviceCost')}
                label={strings.serviceCost}
                value={line.serviceCost}
                error={errors[id(i, 'serviceCost')]}
                onChange={(value) => onChange(patchAt(lines, i, { serviceCost: value as SupportiveServiceCost | '' }))}
                options={[
                  { value: '', label: strings.chooseServiceCost },
                  ...supportiveServiceCosts.map((c) => ({ value: c, label: serviceCostWords[c] })),
                ]}
              />
              <Checkbox
                id={id(i, 'participantSupport')}
                label={strings.participantSupport}
                hint={strings.participantSupportHint}
                checked={line.participantSupport}
                onChange={(checked) => onChange(patchAt(lines, i, { participantSupport: checked }))}
              />
            </>
          )}
          <button
            type="button"
            class="button button--secondary"
            onClick={() => {
              onChange(removeAt(lines, i));
              focusLater('match-budget-add');
            }}
          >
            {strings.remove(i + 1)}
          </button>
        </fieldset>
      ))}
      <button
        id="match-budget-add"
        type="button"
        class="button button--secondary"
        onClick={() => {
          onChange([...lines, emptyLine()]);
          focusLater(id(lines.length, 'category'));
        }}
      >
        {strings.add}
      </button>
    </section>
  );
}
