import type { Citation } from '../core/citation';
import type { JurisdictionId } from '../core/parameters';
import type { ComponentEligibility } from './components';
import { componentNames, type HomelessCategory } from './vocabulary';

/** Something to do after the check; `tool` names another Hearth tool to link to. */
export type NextStep = { code: string; text: string; tool?: 'chronic'; citations: Citation[] };

/** The National Domestic Violence Hotline, free and confidential, day and night. */
export const domesticViolenceHotline = { phone: '1-800-799-7233', tty: '1-800-787-3224', text: 'START to 88788' } as const;

type Situation = {
  jurisdiction: JurisdictionId;
  fleeingViolence: boolean;
  categories: readonly HomelessCategory[];
  atRisk: boolean;
  chosen: ComponentEligibility | null;
  components: readonly ComponentEligibility[];
  chronicUnknown: boolean;
};

/** What to do next, in the order a person should do it: safety first, then Coordinated Entry, then documents. */
export function nextStepsFor(s: Situation): NextStep[] {
  const steps: NextStep[] = [];
  if (s.fleeingViolence) {
    steps.push({
      code: 'dv-safety',
      text: `If you are in danger now, call 911. The National Domestic Violence Hotline is free and confidential, day and night: call ${domesticViolenceHotline.phone} (TTY ${domesticViolenceHotline.tty}) or text ${domesticViolenceHotline.text}. A victim service provider can help you plan for safety and can document category 4 without putting you at risk.`,
      citations: [],
    });
    if (s.jurisdiction === 'nashville-davidson') {
      steps.push({
        code: 'dv-coordinated-entry',
        text: 'In Nashville, households fleeing violence are referred to CoC rapid re-housing through the domestic violence coordinated entry (DV CE).',
        citations: [
          {
            doc: 'nashville-davidson-standards-of-care',
            section: 'rapid-re-housing-standards',
            quote: 'be experiencing homelessness as defined in category 4 and referred through DV CE',
          },
        ],
      });
    }
  }
  steps.push({
    code: 'coordinated-entry',
    text: "Contact Coordinated Entry, the CoC's front door for housing help: CoC and ESG projects take their referrals from it. The project that receives the referral makes the decision after checking documents.",
    citations: [],
  });
  const eligibleHere = s.chosen ? (s.chosen.eligible ? [s.chosen] : []) : s.components.filter((c) => c.eligible);
  if (eligibleHere.length > 0) {
    steps.push({
      code: 'gather-documents',
      text: "Gather the documents on the checklist: third-party evidence first, then an intake worker's observation, then self-certification.",
      citations: [],
    });
  }
  if (s.chosen && !s.chosen.eligible) {
    const others = s.components.filter((c) => c.eligible && !(c.program === s.chosen?.program && c.component === s.chosen?.component));
    if (others.length > 0) {
      steps.push({
        code: 'other-components',
        text: `The answers may fit other help: ${others.map((c) => `${c.program} ${componentNames[c.component]}`).join(', ')}.`,
        citations: [],
      });
    }
  }
  if (s.chronicUnknown) {
    steps.push({
      code: 'chronic-tool',
      text: 'Check whether the household is chronically homeless with the chronic homelessness tool: some permanent supportive housing beds serve only chronically homeless households.',
      tool: 'chronic',
      citations: [],
    });
  }
  if (s.categories.length === 0 && !s.atRisk) {
    steps.push({
      code: 'not-homeless-or-at-risk',
      text: 'These answers do not meet a HUD homeless category or the at-risk definition. Coordinated Entry can still point to other help, and a change in the situation (a notice to leave, a move) may change the answer.',
      citations: [],
    });
  }
  return steps;
}
