import { useLayoutEffect, useState } from 'preact/hooks';
import { EVIDENCE_LEVELS, STAY_TYPES } from '../../calculators/chronic/vocabulary';
import { SelectField, TextField } from './shared/Fields';

const strings = {
  heading: 'Where the person slept',
  intro:
    'Add one stay for each place, oldest or newest first: the order does not matter. Each date is one night, and the last night is included. Nights with no stay are treated as not homeless.',
  stay: (n: number) => `Stay ${n}`,
  start: 'First night',
  startHint: 'YYYY-MM-DD',
  end: 'Last night',
  endHint: 'YYYY-MM-DD. Leave blank if the person is still there on the assessment date.',
  type: 'Where the person slept',
  evidence: 'Evidence on file',
  evidenceHint: 'Street, shelter, safe haven and institution stays need evidence; breaks may go without.',
  choose: 'Choose…',
  remove: (n: number) => `Remove stay ${n}`,
  add: 'Add a stay',
  added: (n: number) => `Stay ${n} added.`,
  removed: (n: number) => `Stay ${n} removed.`,
} as const;

const stayTypeLabels = {
  street: 'Street or other place not meant for habitation',
  emergency_shelter: 'Emergency shelter',
  safe_haven: 'Safe haven',
  institution: 'Institution (jail, hospital, treatment facility)',
  transitional_housing: 'Transitional housing',
  housed_other: 'Housed or other (own place, with friends or family, hotel paid by the household)',
};

const evidenceLabels = {
  '': 'None on file (breaks only)',
  third_party: 'Third-party: HMIS record, written referral, outreach or institution record',
  intake_observation: 'Intake worker’s written observation',
  self_certification: 'Self-certification by the person',
};

/** One stay as the form holds it: every field is text until the rules module checks it. */
export type StayRow = { start: string; end: string; type: string; evidence: string };

export const emptyStay: StayRow = { start: '', end: '', type: '', evidence: '' };

/** The id of a stay's field, matching the rules module's error path `stays.<index>.<field>`. */
export const stayFieldId = (index: number, field: keyof StayRow) => `chronic-stay-${index}-${field}`;
export const addStayId = 'chronic-add-stay';

/** Field ids for every stay, keyed by the rules module's error paths. */
export const stayFieldIds = (count: number): Record<string, string> =>
  Object.fromEntries(
    Array.from({ length: count }, (_, i) =>
      (['start', 'end', 'type', 'evidence'] as const).map((f) => [`stays.${i}.${f}`, stayFieldId(i, f)]),
    ).flat(),
  );

/** Adds, edits and removes stays with ordinary form controls: every action works from the keyboard. */
export function ChronicStayEditor({
  stays,
  onChange,
  errors,
}: {
  stays: StayRow[];
  onChange: (stays: StayRow[]) => void;
  errors: Record<string, string>;
}) {
  const [announcement, setAnnouncement] = useState('');
  const [focusId, setFocusId] = useState<string | null>(null);
  useLayoutEffect(() => {
    if (focusId) document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);

  const update = (index: number, field: keyof StayRow, value: string) =>
    onChange(stays.map((s, i) => (i === index ? { ...s, [field]: value } : s)));
  const add = () => {
    onChange([...stays, emptyStay]);
    setAnnouncement(strings.added(stays.length + 1));
    setFocusId(stayFieldId(stays.length, 'start'));
  };
  const remove = (index: number) => {
    const next = stays.filter((_, i) => i !== index);
    onChange(next);
    setAnnouncement(strings.removed(index + 1));
    setFocusId(next.length === 0 ? addStayId : stayFieldId(Math.min(index, next.length - 1), 'start'));
  };

  return (
    <section aria-labelledby="chronic-stays-heading">
      <h2 id="chronic-stays-heading">{strings.heading}</h2>
      <p class="hint">{strings.intro}</p>
      <ol class="stay-list">
        {stays.map((stay, i) => (
          <li>
            <fieldset class="stay">
              <legend>{strings.stay(i + 1)}</legend>
              <div class="stay__dates">
                <TextField
                  id={stayFieldId(i, 'start')}
                  label={strings.start}
                  hint={strings.startHint}
                  value={stay.start}
                  onInput={(v) => update(i, 'start', v)}
                  error={errors[stayFieldId(i, 'start')]}
                  width="9rem"
                />
                <TextField
                  id={stayFieldId(i, 'end')}
                  label={strings.end}
                  hint={strings.endHint}
                  value={stay.end}
                  onInput={(v) => update(i, 'end', v)}
                  error={errors[stayFieldId(i, 'end')]}
                  width="9rem"
                />
              </div>
              <SelectField
                id={stayFieldId(i, 'type')}
                label={strings.type}
                value={stay.type}
                onChange={(v) => update(i, 'type', v)}
                error={errors[stayFieldId(i, 'type')]}
                options={[{ value: '', label: strings.choose }, ...STAY_TYPES.map((t) => ({ value: t, label: stayTypeLabels[t] }))]}
              />
              <SelectField
                id={stayFieldId(i, 'evidence')}
                label={strings.evidence}
                hint={strings.evidenceHint}
                value={stay.evidence}
                onChange={(v) => update(i, 'evidence', v)}
                error={errors[stayFieldId(i, 'evidence')]}
                options={(['', ...EVIDENCE_LEVELS] as const).map((e) => ({ value: e, label: evidenceLabels[e] }))}
              />
              <button type="button" class="button button--secondary no-print" onClick={() => remove(i)}>
                {strings.remove(i + 1)}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <div class="button-row">
        <button
          type="button"
          id={addStayId}
          class="button button--secondary"
          onClick={add}
          aria-describedby={errors[addStayId] ? `${addStayId}-error` : undefined}
        >
          {strings.add}
        </button>
      </div>
      {errors[addStayId] && (
        <p class="field-error" id={`${addStayId}-error`}>
          {errors[addStayId]}
        </p>
      )}
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}
