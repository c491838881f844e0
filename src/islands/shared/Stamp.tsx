/** The case-file stamp every result carries: jurisdiction, parameter set, dates in force, date calculated. */
export function Stamp({
  jurisdiction,
  parameterSet,
  asOf,
  revision,
}: {
  jurisdiction: string;
  parameterSet: string;
  asOf: string;
  revision?: string | undefined;
}) {
  const calculated = new Date().toISOString().slice(0, 10);
  return (
    <p class="stamp">
      Jurisdiction: {jurisdiction}. Parameter set: {parameterSet}
      {revision ? ` with proposed revision “${revision}” (not adopted)` : ' (adopted)'}. Rules in force on {asOf}. Calculated {calculated}.
      Guidance only: the program decides.
    </p>
  );
}
