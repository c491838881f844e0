/** Which calculators are embedded in which standards sections (document/section → tools). */
export type ToolId = 'rrh-tiers';

export const toolTitles: Record<ToolId, string> = {
  'rrh-tiers': 'Rapid re-housing rent tiers',
};

const embeds: Record<string, ToolId[]> = {
  'tpch-written-standards/rapid-rehousing-programs': ['rrh-tiers'],
};

/** The tools embedded in a section, in the order they appear. */
export const toolsFor = (document: string, section: string): ToolId[] => embeds[`${document}/${section}`] ?? [];
