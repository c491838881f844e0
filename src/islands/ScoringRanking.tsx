import { rankProjectsUnder, type RankingResult, type TierPlacement } from '../../calculators/priority/scoring/ranking';
import type { RankProjectsInput } from '../../calculators/priority/scoring/rankingSchema';
import { formatPoints } from '../../calculators/priority/scoring/points';
import { formatCents, parseMoney } from '../../calculators/core/money';
import { newBedfordScoringParameters } from '../../calculators/priority/scoring/sets/newBedford';
import { CalculatorForm } from './shared/CalculatorForm';
import { ErrorSummary, type SummaryError } from './shared/ErrorSummary';
import { RadioGroup, TextField } from './shared/Fields';
import { TextArea } from './shared/TextArea';
import { ResultPanel, ResultTable } from './shared/Result';
import { RevisionBanner } from './shared/RevisionBanner';
import { errorsToFields, FormProblems, parseMoneyField, useScoringForm } from './ScoringParts';

const strings = {
  asOf: 'Rank under the rules in force on',
  asOfHint: 'A date written YYYY-MM-DD',
  ard: 'Annual Renewal Demand (ARD)',
  ardHint: 'From HUD, in dollars, for example 1,758,917',
  tier1: 'Tier 1 amount published by HUD (optional)',
  tier1Hint: 'Leave blank to use 94% of the ARD, rounded to the dollar',
  bonus: 'Amount available for permanent housing bonus projects',
  bonusHint: 'Enter 0 if none',
  unscored: 'Where projects without a score rank',
  unscoredHint:
    'Appendix B does not say. In 2019 HMIS and coordinated entry were ranked first, with “N/A” points. Needed only when a project has no score.',
  unscoredOptions: { above: 'Above the scored projects', below: 'Below the scored projects' },
  projects: 'Projects',
  projectsHint:
    'One project per line: name | type | request | score. Leave the score blank or write N/A when a project is not scored. Tabs pasted from a spreadsheet work too.',
  line: (n: number, message: string) => `Line ${n}: ${message}`,
  lineFormat: 'write name | type | request | score',
  score: 'the score must be a number like 87 or 78.25, or N/A',
  submit: 'Rank the projects',
  resultHeading: 'Rank and order',
  caption: 'Projects in rank order with the part of each request in Tier 1 and Tier 2',
  rank: 'Rank',
  project: 'Project',
  type: 'Type',
  points: 'Score',
  request: 'Request',
  inTier1: 'Tier 1',
  inTier2: 'Tier 2',
  beyond: 'Beyond Tier 2',
  notScored: 'N/A',
  tied: 'tied',
  totals: (t1: string, line: string, t2: string, available: string) => `Tier 1: ${t1} of ${line}. Tier 2: ${t2} of ${available}.`,
} as const;

const placementWords = {
  'tier-1': 'Tier 1',
  straddles: 'crosses the line',
  'tier-2': 'Tier 2',
  'beyond-tier-2': 'past Tier 2',
} satisfies Record<TierPlacement, string>;

type Key = 'asOf' | 'ard' | 'tier1' | 'bonus' | 'unscored' | 'projects';
export type Values = Record<Key, string>;
export const empty: Values = { asOf: '', ard: '', tier1: '', bonus: '', unscored: '', projects: '' };
const id = (key: Key) => `nbk-${key}`;
const paths: Record<string, string> = {
  asOf: id('asOf'),
  jurisdiction: id('asOf'),
  annualRenewalDemand: id('ard'),
  tier1Amount: id('tier1'),
  bonusAmount: id('bonus'),
  unscoredPlacement: id('unscored'),
  projects: id('projects'),
};

/** Reads "name | type | request | score" lines; each problem names its line. */
function readProjects(text: string, problems: FormProblems): RankProjectsInput['projects'] {
  const projects: RankProjectsInput['projects'] = [];
  text.split('\n').forEach((raw, index) => {
    if (raw.trim() === '') return;
    const fail = (message: string) => problems.list.push({ fieldId: id('projects'), message: strings.line(index + 1, message) });
    const parts = raw.split(raw.includes('\t') ? '\t' : '|').map((p) => p.trim());
    if (parts.length !== 4) return fail(strings.lineFormat);
    const [name = '', type = '', request = '', score = ''] = parts;
    const money = parseMoney(request);
    if (!money.ok) return fail(money.message);
    const unscored = score === '' || /^n\/?a$/i.test(score);
    const value = Number(score);
    if (!unscored && !Number.isFinite(value)) return fail(strings.score);
    projects.push({ name, ...(type ? { type } : {}), request: money.cents, score: unscored ? null : value });
  });
  return projects;
}

function toInput(values: Values): { input: unknown; problems: SummaryError[] } {
  const p = new FormProblems();
  const input = {
    asOf: values.asOf,
    annualRenewalDemand: p.take(parseMoneyField(values.ard, strings.ard), id('ard')),
    tier1Amount: p.take(parseMoneyField(values.tier1, strings.tier1), id('tier1')),
    bonusAmount: p.take(parseMoneyField(values.bonus, strings.bonus), id('bonus')),
    unscoredPlacement: values.unscored === 'above' ? 'above-scored' : values.unscored === 'below' ? 'below-scored' : undefined,
    projects: readProjects(values.projects, p),
  };
  return { input, problems: p.list };
}

/** Line numbers of the text box for each project index, so rules-module errors name the line. */
const lineNumbers = (text: string): number[] => text.split('\n').flatMap((line, index) => (line.trim() === '' ? [] : [index + 1]));

/** Ranks projects by score and splits the list into Tier 1 and Tier 2 at the funding line. */
export default function ScoringRanking() {
  const { field, errors, attempt, result, revision, calculate, asOf } = useScoringForm<Values, RankingResult>({
    empty,
    id,
    adopted: newBedfordScoringParameters,
    required: 'projects',
    read: toInput,
    rule: rankProjectsUnder,
    // Errors about a project name its line in the text box.
    errors: (list, current) => {
      const lines = lineNumbers(current.projects);
      const named = list.map((e) => {
        const index = /^projects\.(\d+)/.exec(e.path)?.[1];
        return index === undefined ? e : { ...e, message: strings.line(lines[Number(index)] ?? Number(index) + 1, e.message) };
      });
      return errorsToFields(named, paths, id('asOf'));
    },
  });

  const money = (key: Key, label: string, hint: string) => (
    <TextField {...field(key)} label={label} hint={hint} inputMode="decimal" prefix="$" width="12rem" />
  );
  return (
    <div>
      <RevisionBanner state={revision} />
      <ErrorSummary errors={errors} attempt={attempt} />
      <CalculatorForm submit={strings.submit} onSubmit={() => calculate()}>
        <TextField {...field('asOf')} label={strings.asOf} hint={strings.asOfHint} width="10rem" />
        {money('ard', strings.ard, strings.ardHint)}
        {money('tier1', strings.tier1, strings.tier1Hint)}
        {money('bonus', strings.bonus, strings.bonusHint)}
        <RadioGroup
          {...field('unscored')}
          label={strings.unscored}
          hint={strings.unscoredHint}
          options={[
            { value: 'above', label: strings.unscoredOptions.above },
            { value: 'below', label: strings.unscoredOptions.below },
          ]}
        />
        <TextArea {...field('projects')} label={strings.projects} hint={strings.projectsHint} />
      </CalculatorForm>
      {result && (
        <ResultPanel
          id="nbk-result"
          heading={strings.resultHeading}
          reasons={result.reasons}
          stamp={{ jurisdiction: newBedfordScoringParameters.label, asOf, revision: revision.revision?.title }}
        >
          <p>
            {strings.totals(
              formatCents(result.tier1Requested),
              formatCents(result.tier1Line),
              formatCents(result.tier2Requested),
              formatCents(result.tier2Available),
            )}
          </p>
          <ResultTable
            caption={strings.caption}
            headings={[
              strings.rank,
              strings.project,
              strings.type,
              strings.points,
              strings.request,
              strings.inTier1,
              strings.inTier2,
              strings.beyond,
            ]}
          >
            {result.projects.map((p) => (
              <tr data-placement={p.placement}>
                <td>{p.rank}</td>
                <th scope="row">
                  {p.name} <span class="hint">({placementWords[p.placement]})</span>
                </th>
                <td>{p.type ?? ''}</td>
                <td>
                  {p.score === null ? strings.notScored : formatPoints(p.score)}
                  {p.tiedWith.length > 0 && ` (${strings.tied})`}
                </td>
                <td>{formatCents(p.request)}</td>
                <td>{formatCents(p.tier1)}</td>
                <td>{formatCents(p.tier2)}</td>
                <td>{formatCents(p.beyondTier2)}</td>
              </tr>
            ))}
          </ResultTable>
        </ResultPanel>
      )}
    </div>
  );
}
