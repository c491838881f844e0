/** Reads a typed number: empty is "not answered", whole numbers become numbers, anything else goes to the rules as typed so they name the problem. */
export const toNumber = (text: string): number | string | undefined => {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
};

/** A published order, first to last, with the place this case holds (`position`, from 1) marked. */
export function OrderList({
  heading,
  order,
  position,
  mark,
}: {
  heading: string;
  order: readonly { label: string }[];
  position: number | null;
  mark: string;
}) {
  return (
    <>
      <h3>{heading}</h3>
      <ol>
        {order.map((group, index) => (
          <li>{position === index + 1 ? <strong>{`${group.label} ${mark}`}</strong> : group.label}</li>
        ))}
      </ol>
    </>
  );
}
