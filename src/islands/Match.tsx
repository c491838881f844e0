import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { computeMatch } from '../../calculators/match/compute';
import type { MatchResult } from '../../calculators/match/result';
import { cocComponents, esgRecipientTypes, type CocComponent, type EsgRecipientType } from '../../calculators/match/schemas';
import { componentNames, programNames } from '../../calculators/core/components';
import { jurisdictionIds, type JurisdictionId } from '../../calculators/core/parameters';
import { matchParameterSets } from '../../calculators/parameters/match';
import { jurisdictionLabels } from '../../calculators/parameters/build';
import { ErrorSummary, type SummaryError } from './shared/ErrorSummary';
import { RadioGroup, SelectField, TextField } from './shared/Fields';
import { byField } from './shared/errors';
import { copyResultAddress, formReady, readFragmentJson, todayIso, writeFragment } from './shared/fragment';
import { defaultAsOf, revisionFragment, useRevisionParameters } from './shared/revision';
import { RevisionBanner } from './shared/RevisionBanner';
import { Stamp } from './shared/Stamp';
import { MatchBudgetEditor } from './MatchBudgetEditor';
import { fieldFor, initialState, isFormState, toInput, type FormState } from './MatchFormState';
import { MatchResultView } from './MatchResultView';
import { MatchSourcesEditor } from './MatchSourcesEditor';

const strings = {
  jurisdiction: 'Whose standards apply',
  jurisdictionHint: 'The HUD baseline, or a Continuum of Care whose local rules add checks (leverage, admin limits, thresholds).',
  program: 'Program',
  asOf: 'Application date',
  asOfHint:
    'YYYY-MM-DD. The rules in force that day apply; where the standards require commitments dated by then, they are checked against it.',
  projectName: 'Project name (optional)',
  projectStatus: 'New project or renewal',
  component: 'Project type',
  chooseComponent: 'Choose the project type',
  indirectMethod: 'Indirect cost rate',
  chooseIndirect: 'Choose the rate',
  negotiatedRate: 'Negotiated rate (%)',
  negotiatedRateHint: 'For example 25.5',
  esgGrant: 'ESG grant for the fiscal year',
  recipientType: 'Kind of ESG recipient',
  chooseRecipient: 'Choose the kind of recipient',
  stateTransfers: 'Does the State pass the first-$100,000 exception on to the subrecipients least able to match?',
  yes: 'Yes',
  no: 'No',
  submit: 'Check the budget',
  live: 'Totals update as you type; “Check the budget” lists anything to fix.',
  incomplete: 'Totals show when every answer can be used: “Check the budget” lists what to fix.',
  copyLink: 'Copy a link to this budget',
  copied: 'Link copied. It holds the amounts you entered, so share it only on purpose.',
  print: 'Print for the application packet',
  reset: 'Start again',
} as const;

const statusWords = { new: 'New project', renewal: 'Renewal' };

// HUD's names for the components both programs share; the two CoC-only project types are the match form's own.
const componentWords = {
  'permanent-supportive-housing': componentNames['permanent-supportive-housing'],
  'rapid-rehousing': componentNames['rapid-rehousing'],
  'transitional-housing': componentNames['transitional-housing'],
  'supportive-services-only': 'Supportive services only',
  hmis: 'HMIS',
} satisfies Record<CocComponent, string>;

const indirectMethodWords = { 'de-minimis': 'De minimis rate', negotiated: 'Negotiated rate agreement' };

const recipientTypeWords = {
  state: 'State',
  territory: 'Territory',
  'metropolitan-city': 'Metropolitan city',
  'urban-county': 'Urban county',
} satisfies Record<EsgRecipientType, string>;

const FRAGMENT_KEY = 'budget';
// Connecticut's Sustainable CT action is not a Continuum of Care: it has no match or budget standards.
const offered = jurisdictionIds.filter((id) => id !== 'connecticut');

/** The field ids the form renders for a state, so an error at any path can be sent to a field that exists. */
function renderedFields(state: FormState): Set<string> {
  const ids = ['match-jurisdiction', 'match-program', 'match-asOf', 'match-projectName', 'match-sources'];
  if (state.program === 'CoC') {
    ids.push('match-projectStatus', 'match-component', 'match-budget', 'match-indirectRate-method', 'match-indirectRate-negotiatedRate');
    state.lines.forEach((_, i) =>
      ['category', 'amount', 'description', 'serviceCost', 'participantSupport'].forEach((f) => ids.push(`match-budget-${i}-${f}`)),
    );
  } else ids.push('match-esgGrant', 'match-recipientType', 'match-stateTransfersExemption');
  state.sources.forEach((_, i) =>
    [
      'name',
      'kind',
      'origin',
      'amount',
      'commitmentDate',
      'offeredAs',
      'inKindType',
      'mou',
      'mou-service',
      'mou-profession',
      'mou-hourlyRate',
      'mou-hours',
    ].forEach((f) => ids.push(`match-sources-${i}-${f}`)),
  );
  return new Set(ids);
}

type Computed = { result: MatchResult | null; errors: SummaryError[] };

/** The match and budget calculator: a budget and sources editor with live totals, checks and reasons. */
export default function Match({
  defaultJurisdiction = 'hud',
}: {
  /** The standards chosen when the form opens. */ defaultJurisdiction?: JurisdictionId;
}) {
  const opening = (today: string): FormState => ({ ...initialState(today), jurisdiction: defaultJurisdiction });
  const [state, setState] = useState<FormState>(() => opening(''));
  const [shownErrors, setShownErrors] = useState<SummaryError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [copied, setCopied] = useState(false);
  const revision = useRevisionParameters(matchParameterSets[state.jurisdiction]);
  const loaded = useRef(false);
  // The state the form opened with: written to the fragment only once the person changes it, so opening
  // the form never replaces the place on the page a link pointed at (#p12).
  const opened = useRef<FormState | null>(null);

  useEffect(() => {
    if (!revision.ready || loaded.current) return;
    loaded.current = true;
    opened.current = readFragmentJson(FRAGMENT_KEY, opening(defaultAsOf(revision, todayIso())), isFormState);
    setState(opened.current);
    formReady();
  }, [revision.ready]);

  useEffect(() => {
    // The page's worked-example links set the fragment; load the budget each one carries.
    const load = () => setState((current) => readFragmentJson(FRAGMENT_KEY, current, isFormState));
    addEventListener('hashchange', load);
    return () => removeEventListener('hashchange', load);
  }, []);

  const computed: Computed = useMemo(() => {
    const rendered = renderedFields(state);
    const { input, problems } = toInput(state);
    const toSummary = (errors: { path: string; message: string }[]) =>
      errors.map((e) => ({ fieldId: fieldFor(e.path, rendered, 'match-program'), message: e.message }));
    if (problems.length > 0) return { result: null, errors: toSummary(problems) };
    const outcome = computeMatch(input, { parameters: revision.parameters });
    return outcome.ok ? { result: outcome.value, errors: [] } : { result: null, errors: toSummary(outcome.errors) };
  }, [state, revision.parameters]);

  useEffect(() => {
    if (loaded.current && state !== opened.current) writeFragment({ ...revisionFragment(revision), [FRAGMENT_KEY]: JSON.stringify(state) });
    setCopied(false);
  }, [state]);

  const update = (patch: Partial<FormState>) => setState((s) => ({ ...s, ...patch }));
  const check = () => {
    setAttempt((n) => n + 1);
    setShownErrors(computed.errors);
  };
  // Inline messages appear after the first check, and follow the answers from then on.
  const inline = byField(attempt > 0 ? computed.errors : []);
  const hasIndirect = state.lines.some((l) => l.category === 'indirect');

  return (
    <div class="match-tool">
      <RevisionBanner state={revision} />
      <ErrorSummary
        errors={attempt > 0 ? shownErrors.filter((e) => computed.errors.some((c) => c.message === e.message)) : []}
        attempt={attempt}
      />
      <form
        class="no-print"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          check();
        }}
      >
        <SelectField
          id="match-jurisdiction"
          label={strings.jurisdiction}
          hint={strings.jurisdictionHint}
          value={state.jurisdiction}
          onChange={(v) => update({ jurisdiction: v as JurisdictionId })}
          options={offered.map((id) => ({ value: id, label: jurisdictionLabels[id] }))}
        />
        <RadioGroup
          id="match-program"
          label={strings.program}
          value={state.program}
          error={inline['match-program']}
          onChange={(v) => update({ program: v as FormState['program'] })}
          options={[
            { value: 'CoC', label: programNames.CoC },
            { value: 'ESG', label: programNames.ESG },
          ]}
        />
        <TextField
          id="match-asOf"
          label={strings.asOf}
          hint={strings.asOfHint}
          value={state.asOf}
          width="10rem"
          error={inline['match-asOf']}
          onInput={(v) => update({ asOf: v })}
        />
        <TextField
          id="match-projectName"
          label={strings.projectName}
          value={state.projectName}
          error={inline['match-projectName']}
          onInput={(v) => update({ projectName: v })}
        />
        {state.program === 'CoC' ? (
          <>
            <RadioGroup
              id="match-projectStatus"
              label={strings.projectStatus}
              value={state.projectStatus}
              error={inline['match-projectStatus']}
              onChange={(v) => update({ projectStatus: v as FormState['projectStatus'] })}
              options={[
                { value: 'new', label: statusWords.new },
                { value: 'renewal', label: statusWords.renewal },
              ]}
            />
            <SelectField
              id="match-component"
              label={strings.component}
              value={state.component}
              error={inline['match-component']}
              onChange={(v) => update({ component: v as FormState['component'] })}
              options={[
                { value: '', label: strings.chooseComponent },
                ...cocComponents.map((c) => ({ value: c, label: componentWords[c] })),
              ]}
            />
            <MatchBudgetEditor lines={state.lines} errors={inline} onChange={(lines) => update({ lines })} />
            {hasIndirect && (
              <>
                <SelectField
                  id="match-indirectRate-method"
                  label={strings.indirectMethod}
                  value={state.indirectMethod}
                  error={inline['match-indirectRate-method']}
                  onChange={(v) => update({ indirectMethod: v as FormState['indirectMethod'] })}
                  options={[
                    { value: '', label: strings.chooseIndirect },
                    { value: 'de-minimis', label: indirectMethodWords['de-minimis'] },
                    { value: 'negotiated', label: indirectMethodWords.negotiated },
                  ]}
                />
                {state.indirectMethod === 'negotiated' && (
                  <TextField
                    id="match-indirectRate-negotiatedRate"
                    label={strings.negotiatedRate}
                    hint={strings.negotiatedRateHint}
                    value={state.negotiatedRate}
                    inputMode="decimal"
                    width="6rem"
                    error={inline['match-indirectRate-negotiatedRate']}
                    onInput={(v) => update({ negotiatedRate: v })}
                  />
                )}
              </>
            )}
          </>
        ) : (
          <>
            <TextField
              id="match-esgGrant"
              label={strings.esgGrant}
              value={state.esgGrant}
              prefix="$"
              inputMode="decimal"
              width="12rem"
              error={inline['match-esgGrant']}
              onInput={(v) => update({ esgGrant: v })}
            />
            <SelectField
              id="match-recipientType"
              label={strings.recipientType}
              value={state.recipientType}
              error={inline['match-recipientType']}
              onChange={(v) => update({ recipientType: v as FormState['recipientType'] })}
              options={[
                { value: '', label: strings.chooseRecipient },
                ...esgRecipientTypes.map((t) => ({ value: t, label: recipientTypeWords[t] })),
              ]}
            />
            {state.recipientType === 'state' && (
              <RadioGroup
                id="match-stateTransfersExemption"
                label={strings.stateTransfers}
                value={state.stateTransfers}
                error={inline['match-stateTransfersExemption']}
                onChange={(v) => update({ stateTransfers: v as FormState['stateTransfers'] })}
                options={[
                  { value: 'yes', label: strings.yes },
                  { value: 'no', label: strings.no },
                ]}
              />
            )}
          </>
        )}
        <MatchSourcesEditor sources={state.sources} errors={inline} today={state.asOf} onChange={(sources) => update({ sources })} />
        <p class="hint">{strings.live}</p>
        <div class="button-row">
          <button class="button" type="submit">
            {strings.submit}
          </button>
          <button type="button" class="button button--secondary" onClick={() => setState(opening(defaultAsOf(revision, todayIso())))}>
            {strings.reset}
          </button>
        </div>
      </form>
      {computed.result ? (
        <>
          <MatchResultView result={computed.result} projectName={state.projectName} />
          <Stamp
            jurisdiction={jurisdictionLabels[state.jurisdiction]}
            parameterSet={computed.result.parameterSet.label}
            asOf={state.asOf}
            revision={revision.revision?.title}
          />
          <div class="button-row">
            <button
              type="button"
              class="button button--secondary"
              onClick={() => {
                copyResultAddress(() => setCopied(true));
              }}
            >
              {strings.copyLink}
            </button>
            <button type="button" class="button button--secondary" onClick={() => window.print()}>
              {strings.print}
            </button>
          </div>
          {copied && <p role="status">{strings.copied}</p>}
        </>
      ) : (
        <p class="hint" role="status">
          {strings.incomplete}
        </p>
      )}
    </div>
  );
}
