import type { EligibilityResult } from '../../calculators/eligibility/decide';
import { CaseFileFooter, Checklist, componentPlain, NextSteps, OutcomeRegion } from './EligibilityOutcomeParts';

const strings = {
  guidanceTitle: 'This is guidance, not a decision',
  guidance:
    'The project that receives your referral through Coordinated Entry decides whether you are eligible, after it checks your documents. Program staff can explain their decision and how to ask for a review.',
  mayBeEligible: 'From your answers, you may be eligible for:',
  mightBe: 'You might also be eligible for these, if the project is approved to serve your situation:',
  notEligible:
    'From your answers, you may not be eligible for these programs right now. Coordinated Entry can still point you to other help.',
  situationHeading: 'What your answers show',
  documentsHeading: 'Documents that help',
  documentsIntro: 'The project will ask for proof. The first kind listed is the one it prefers.',
  atRiskPlain: 'At risk of homelessness',
  noneShown: 'Your answers do not fit a HUD homeless category or the at-risk definition.',
} as const;

const categoryPlainWords = {
  1: 'Literally homeless: sleeping outside, in a shelter, or leaving a short stay in an institution (HUD category 1)',
  2: 'About to lose the place where you live, with nowhere to go (HUD category 2)',
  3: 'Homeless under another federal law, as a young person or a family (HUD category 3)',
  4: 'Fleeing or trying to flee violence (HUD category 4)',
};

type Props = { result: EligibilityResult; jurisdictionLabel: string; chronicHref: string; copied: boolean; onCopy: () => void };

/** The applicant's outcome: what may fit, in plain words, what to do next, and that the project decides. */
export function EligibilityApplicantOutcome({ result, jurisdictionLabel, chronicHref, copied, onCopy }: Props) {
  const eligible = [...new Set(result.components.filter((c) => c.status === 'eligible').map((c) => c.component))];
  const depends = [...new Set(result.components.filter((c) => c.status === 'depends').map((c) => c.component))].filter(
    (c) => !eligible.includes(c),
  );
  return (
    <OutcomeRegion labelledBy="elig-outcome">
      <h2 id="elig-outcome">{eligible.length ? strings.mayBeEligible : strings.notEligible}</h2>
      {eligible.length > 0 && (
        <ul>
          {eligible.map((c) => (
            <li>{componentPlain(c)}</li>
          ))}
        </ul>
      )}
      {depends.length > 0 && (
        <>
          <p>{strings.mightBe}</p>
          <ul>
            {depends.map((c) => (
              <li>{componentPlain(c)}</li>
            ))}
          </ul>
        </>
      )}
      <div class="note">
        <p>
          <strong>{strings.guidanceTitle}.</strong> {strings.guidance}
        </p>
      </div>
      <h3>{strings.situationHeading}</h3>
      <ul>
        {result.categories.map((c) => (
          <li>{categoryPlainWords[c]}</li>
        ))}
        {result.atRiskOfHomelessness && <li>{strings.atRiskPlain}</li>}
        {!result.categories.length && !result.atRiskOfHomelessness && <li>{strings.noneShown}</li>}
      </ul>
      <NextSteps steps={result.nextSteps} chronicHref={chronicHref} />
      {result.documentation.length > 0 && (
        <>
          <h3>{strings.documentsHeading}</h3>
          <p>{strings.documentsIntro}</p>
          <Checklist entries={result.documentation} full={false} />
        </>
      )}
      <CaseFileFooter result={result} jurisdictionLabel={jurisdictionLabel} copied={copied} onCopy={onCopy} />
    </OutcomeRegion>
  );
}
