import { sourceOrigins, type SourceOrigin } from '../../calculators/match/schemas';
import { RadioGroup, SelectField, TextField } from './shared/Fields';
import { Checkbox, focusLater, patchAt, removeAt } from './MatchFields';
import { emptySource, type SourceState } from './MatchFormState';

const strings = {
  heading: 'Match and leverage sources',
  hint: 'One row per written commitment. Sources that cannot count are listed with the reason after you check the budget.',
  none: 'No sources yet.',
  source: (n: number) => `Source ${n}`,
  name: 'Name of the source',
  nameHint: 'Who provides it, for example “City of Lowell CDBG”',
  kind: 'Cash or in-kind',
  origin: 'Where it comes from',
  chooseOrigin: 'Choose where it comes from',
  amount: 'Amount or value committed',
  amountMouHint: 'You may leave this empty: the value is hours × hourly rate.',
  commitmentDate: 'Date of the written commitment',
  dateHint: 'YYYY-MM-DD',
  offeredAs: 'Offered as',
  inKindType: 'What is given',
  chooseInKindType: 'Choose what is given',
  hasMou: 'An MOU documents these services',
  service: 'Service in the MOU',
  profession: 'Profession of the people providing it',
  hourlyRate: 'Hourly rate',
  hours: 'Hours of service committed',
  unconditional: 'The MOU commits the third party unconditionally (except for the grant award)',
  statute: 'The law governing these funds forbids using them as match',
  previouslyUsed: 'This value has already been used as match for another grant',
  paidDirectly: 'The benefits are paid directly to participants',
  remove: (n: number) => `Remove source ${n}`,
  add: 'Add a source',
} as const;

const kindWords = { cash: 'Cash', 'in-kind': 'In-kind (property, equipment, goods or services)' };

const originWords = {
  'coc-program': 'Continuum of Care program funds',
  'esg-program': 'ESG program funds',
  'other-federal': 'Other federal funds',
  state: 'State funds',
  local: 'Local government funds',
  private: 'Private funds or donations',
  'tenant-rent-or-benefits': 'Tenant rent or participants’ benefits',
  'program-income': 'Program income',
} satisfies Record<SourceOrigin, string>;

const offeredWords = { match: 'Match (also counts toward leverage)', leverage: 'Leverage only' };

const inKindTypeWords = { 'third-party-services': 'Services from a third party', 'property-or-goods': 'Property, equipment or goods' };

/** The sources offered as match or leverage: add, edit and remove them with the keyboard. */
export function MatchSourcesEditor({
  sources,
  onChange,
  errors,
  today,
}: {
  sources: SourceState[];
  onChange: (sources: SourceState[]) => void;
  errors: Record<string, string>;
  today: string;
}) {
  const id = (i: number, field: string) => `match-sources-${i}-${field}`;
  const set = (i: number, patch: Partial<SourceState>) => onChange(patchAt(sources, i, patch));
  return (
    <section id="match-sources" tabIndex={-1} aria-labelledby="match-sources-heading">
      <h2 id="match-sources-heading">{strings.heading}</h2>
      <p class="hint">{strings.hint}</p>
      {errors['match-sources'] && <p class="field-error">{errors['match-sources']}</p>}
      {sources.length === 0 && <p>{strings.none}</p>}
      {sources.map((source, i) => {
        const services = source.kind === 'in-kind' && source.inKindType === 'third-party-services';
        return (
          <fieldset class="field">
            <legend>{strings.source(i + 1)}</legend>
            <TextField
              id={id(i, 'name')}
              label={strings.name}
              hint={strings.nameHint}
              value={source.name}
              error={errors[id(i, 'name')]}
              onInput={(v) => set(i, { name: v })}
            />
            <RadioGroup
              id={id(i, 'kind')}
              label={strings.kind}
              value={source.kind}
              error={errors[id(i, 'kind')]}
              onChange={(v) => set(i, { kind: v as SourceState['kind'] })}
              options={[
                { value: 'cash', label: kindWords.cash },
                { value: 'in-kind', label: kindWords['in-kind'] },
              ]}
            />
            {source.kind === 'in-kind' && (
              <SelectField
                id={id(i, 'inKindType')}
                label={strings.inKindType}
                value={source.inKindType}
                error={errors[id(i, 'inKindType')]}
                onChange={(v) => set(i, { inKindType: v as SourceState['inKindType'] })}
                options={[
                  { value: '', label: strings.chooseInKindType },
                  { value: 'third-party-services', label: inKindTypeWords['third-party-services'] },
                  { value: 'property-or-goods', label: inKindTypeWords['property-or-goods'] },
                ]}
              />
            )}
            <SelectField
              id={id(i, 'origin')}
              label={strings.origin}
              value={source.origin}
              error={errors[id(i, 'origin')]}
              onChange={(v) => set(i, { origin: v as SourceState['origin'] })}
              options={[{ value: '', label: strings.chooseOrigin }, ...sourceOrigins.map((o) => ({ value: o, label: originWords[o] }))]}
            />
            {services && (
              <Checkbox
                id={id(i, 'mou')}
                label={strings.hasMou}
                checked={source.hasMou}
                onChange={(checked) => set(i, { hasMou: checked })}
              />
            )}
            {services && source.hasMou && (
              <>
                <TextField
                  id={id(i, 'mou-service')}
                  label={strings.service}
                  value={source.service}
                  error={errors[id(i, 'mou-service')]}
                  onInput={(v) => set(i, { service: v })}
                />
                <TextField
                  id={id(i, 'mou-profession')}
                  label={strings.profession}
                  value={source.profession}
                  error={errors[id(i, 'mou-profession')]}
                  onInput={(v) => set(i, { profession: v })}
                />
                <TextField
                  id={id(i, 'mou-hourlyRate')}
                  label={strings.hourlyRate}
                  value={source.hourlyRate}
                  prefix="$"
                  inputMode="decimal"
                  width="8rem"
                  error={errors[id(i, 'mou-hourlyRate')]}
                  onInput={(v) => set(i, { hourlyRate: v })}
                />
                <TextField
                  id={id(i, 'mou-hours')}
                  label={strings.hours}
                  value={source.hours}
                  inputMode="numeric"
                  width="8rem"
                  error={errors[id(i, 'mou-hours')]}
                  onInput={(v) => set(i, { hours: v })}
                />
                <Checkbox
                  id={id(i, 'mou-unconditional')}
                  label={strings.unconditional}
                  checked={source.unconditional}
                  onChange={(checked) => set(i, { unconditional: checked })}
                />
              </>
            )}
            <TextField
              id={id(i, 'amount')}
              label={strings.amount}
              hint={services && source.hasMou ? strings.amountMouHint : undefined}
              value={source.amount}
              prefix="$"
              inputMode="decimal"
              width="10rem"
              error={errors[id(i, 'amount')]}
              onInput={(v) => set(i, { amount: v })}
            />
            <TextField
              id={id(i, 'commitmentDate')}
              label={strings.commitmentDate}
              hint={strings.dateHint}
              value={source.commitmentDate}
              width="10rem"
              error={errors[id(i, 'commitmentDate')]}
              onInput={(v) => set(i, { commitmentDate: v })}
            />
            <RadioGroup
              id={id(i, 'offeredAs')}
              label={strings.offeredAs}
              value={source.offeredAs}
              error={errors[id(i, 'offeredAs')]}
              onChange={(v) => set(i, { offeredAs: v as SourceState['offeredAs'] })}
              options={[
                { value: 'match', label: offeredWords.match },
                { value: 'leverage', label: offeredWords.leverage },
              ]}
            />
            <Checkbox
              id={id(i, 'statuteProhibitsMatch')}
              label={strings.statute}
              checked={source.statuteProhibitsMatch}
              onChange={(c) => set(i, { statuteProhibitsMatch: c })}
            />
            <Checkbox
              id={id(i, 'previouslyUsedAsMatch')}
              label={strings.previouslyUsed}
              checked={source.previouslyUsedAsMatch}
              onChange={(c) => set(i, { previouslyUsedAsMatch: c })}
            />
            <Checkbox
              id={id(i, 'paidDirectlyToParticipants')}
              label={strings.paidDirectly}
              checked={source.paidDirectlyToParticipants}
              onChange={(c) => set(i, { paidDirectlyToParticipants: c })}
            />
            <button
              type="button"
              class="button button--secondary"
              onClick={() => {
                onChange(removeAt(sources, i));
                focusLater('match-sources-add');
              }}
            >
              {strings.remove(i + 1)}
            </button>
          </fieldset>
        );
      })}
      <button
        id="match-sources-add"
        type="button"
        class="button button--secondary"
        onClick={() => {
          onChange([...sources, emptySource(today)]);
          focusLater(id(sources.length, 'name'));
        }}
      >
        {strings.add}
      </button>
    </section>
  );
}
