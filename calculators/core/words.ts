/** A count with the noun it counts, singular for exactly one: "1 person", "3 people", "1 move", "0 moves". */
export const counted = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
