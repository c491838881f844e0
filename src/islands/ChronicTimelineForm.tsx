import type { JurisdictionId } from '../../calculators/core/parameters';
import type { ChronicInput } from '../../calculators/chronic/schemas';
import type { StayRow } from './ChronicStayEditor';
import { fromYesNo, toYesNo } from './shared/answers';

/** The timeline form as typed text (so it survives the URL fragment), and its conversion to the rules module's input. */

export type Values = {
  j: string;
  a: string;
  role: string;
  adult: string;
  dis: string;
  child: string;
  ver: string;
  sec: string;
  entry: string;
};
export const blank: Values = { j: 'hud', a: '', role: '', adult: '', dis: '', child: '', ver: '', sec: '', entry: '' };

const text = (v: string): string | undefined => (v.trim() === '' ? undefined : v.trim());

/** Builds the rules-module input from the form; blanks become absent so the rules name what is missing. */
export function toInput(v: Values, stays: StayRow[]): unknown {
  return {
    assessmentDate: text(v.a),
    household: { role: text(v.role), adultPresent: toYesNo(v.adult) },
    disability: {
      hasDisability: toYesNo(v.dis),
      childWithDisability: toYesNo(v.child),
      verification: text(v.ver),
      secondarySourceDate: text(v.sec),
    },
    stays: stays.map((s) => ({ start: text(s.start), end: text(s.end), type: text(s.type), evidence: text(s.evidence) })),
    projectEntryDate: text(v.entry),
  };
}

/** A worked example as the island loads it: the form's answers and stays, worked out on the server (src/utils/toolData.ts). */
export type ChronicExampleForm = { id: string; title: string; rule: string; values: Values; rows: StayRow[] };

/** A worked example's input as the form shows it (the child question offers "yes" or not asked). */
export function fromExample(input: ChronicInput, j: JurisdictionId): Pick<ChronicExampleForm, 'values' | 'rows'> {
  return {
    values: {
      j,
      a: input.assessmentDate,
      role: input.household.role,
      adult: fromYesNo(input.household.adultPresent),
      dis: fromYesNo(input.disability.hasDisability),
      child: input.disability.childWithDisability ? 'yes' : '',
      ver: input.disability.verification,
      sec: input.disability.secondarySourceDate ?? '',
      entry: input.projectEntryDate ?? '',
    },
    rows: input.stays.map((s) => ({ start: s.start, end: s.end ?? '', type: s.type, evidence: s.evidence ?? '' })),
  };
}
