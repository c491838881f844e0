/**
 * "Copy link" and "Copy citation" for numbered paragraphs (src/components/ParagraphTools.astro, which
 * loads this when a reader first follows, or arrives at, a ¶ link: reading a page costs none of it).
 * Following a ¶ link shows the two buttons in that paragraph and moves focus to "Copy link"; a polite
 * status message confirms a copy.
 */
const paragraphOf = (hash: string) => (/^#p\d+$/.test(hash) ? document.getElementById(hash.slice(1)) : null);

const copy = async (text: string) => {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older browsers and denied permissions: copy from a selected field instead.
    const field = Object.assign(document.createElement('textarea'), { value: text });
    document.body.append(field);
    field.select();
    const ok = document.execCommand('copy');
    field.remove();
    return ok;
  }
};

/**
 * Sets the tools up. `followed` is the ¶ link whose click loaded them, if one did: its fragment
 * navigation may have finished before they loaded, or may still be on its way.
 */
export function startParagraphTools(followed: string): void {
  const tools = document.getElementById('para-tools');
  const status = document.getElementById('para-status');
  if (!tools || !status) return;
  let clear: ReturnType<typeof setTimeout> | undefined;

  const show = (paragraph: HTMLElement | null, focus: boolean) => {
    const link = paragraph?.querySelector(':scope > .para-link');
    if (!paragraph || !link) return;
    link.after(tools);
    tools.hidden = false;
    tools.dataset.para = paragraph.id;
    if (focus) tools.querySelector('button')?.focus();
  };

  // Following a ¶ link moves focus to "Copy link" once the browser has finished the fragment navigation.
  const arrived = followed === location.hash;
  show(paragraphOf(location.hash), arrived);
  if (arrived) followed = '';
  addEventListener('hashchange', () => {
    show(paragraphOf(location.hash), followed === location.hash);
    followed = '';
  });
  document.addEventListener('click', (event) => {
    const target = event.target as Element;
    const link = target.closest<HTMLAnchorElement>('a.para-link');
    if (link) {
      if (link.hash === location.hash) setTimeout(() => show(paragraphOf(link.hash), true));
      else followed = link.hash;
      return;
    }
    const button = target.closest<HTMLButtonElement>('[data-copy]');
    const id = tools.dataset.para;
    if (!button || !id) return;
    // The query stays: a section opened under a proposed revision (?revision=<id>) is shared under it.
    const url = `${location.origin}${location.pathname}${location.search}#${id}`;
    const citation = `${tools.dataset.citationPrefix} ¶${id.slice(1)}`;
    const kind = button.dataset.copy === 'citation' ? 'Citation' : 'Link';
    void copy(kind === 'Citation' ? `${citation}, ${url}` : url).then((ok) => {
      status.textContent = ok
        ? `${kind} copied: ${kind === 'Citation' ? citation : url}`
        : `Could not copy. The link to ${citation} is ${url}`;
      clearTimeout(clear);
      clear = setTimeout(() => (status.textContent = ''), 8000);
    });
  });
}
