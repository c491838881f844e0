import { getCollection } from 'astro:content';

/** Display names of jurisdictions, from content/jurisdictions (the id when a file is missing). */
export async function jurisdictionNames(): Promise<Record<string, string>> {
  const entries = await getCollection('jurisdictions');
  return Object.fromEntries(entries.map((j) => [j.id, j.data.name]));
}

/** A jurisdiction's display name from `jurisdictionNames()`, or its id when it has none. */
export const jurisdictionName = (names: Record<string, string>, id: string): string => names[id] ?? id;
