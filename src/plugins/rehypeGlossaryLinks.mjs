/** Links the first use of each glossary term in a section to its glossary page (to be implemented). */
export function rehypeGlossaryLinks() {
  return () => {};
}
