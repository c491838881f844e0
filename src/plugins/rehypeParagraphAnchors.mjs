/**
 * Gives every paragraph, list item and table of a section a numbered anchor (`#p1`, `#p2`, …) in
 * reading order, so a rule can cite "¶3" and a reader can link to it without JavaScript. Numbers are
 * per section file; citations also carry a quote because a revision that inserts text renumbers.
 */
export function rehypeParagraphAnchors() {
  return (tree) => {
    let n = 0;
    const marker = (id) => ({
      type: 'element',
      tagName: 'a',
      properties: { className: ['para-link'], href: `#${id}`, ariaLabel: `Link to paragraph ${id.slice(1)}` },
      children: [{ type: 'text', value: `¶${id.slice(1)}` }],
    });
    const visit = (node, insideItem) => {
      for (const child of node.children ?? []) {
        if (child.type !== 'element') continue;
        const tag = child.tagName;
        if (tag === 'ul' || tag === 'ol') {
          visit(child, insideItem);
        } else if (tag === 'li' || (!insideItem && (tag === 'p' || tag === 'blockquote'))) {
          n += 1;
          const id = `p${n}`;
          child.properties = { ...child.properties, id, dataPara: String(n) };
          child.children = [marker(id), { type: 'text', value: ' ' }, ...child.children];
          if (tag === 'li') visit(child, true);
        } else if (tag === 'table' && !insideItem) {
          n += 1;
          child.properties = { ...child.properties, id: `p${n}`, dataPara: String(n), tabIndex: 0 };
        } else if ((tag === 'div' || tag === 'section' || tag === 'aside') && !('dataFootnotes' in (child.properties ?? {}))) {
          visit(child, insideItem);
        }
      }
    };
    visit(tree, false);
  };
}
