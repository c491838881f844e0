/** The subset of Pagefind's browser API that Hearth uses. */
export type PagefindSubResult = { title: string; url: string; excerpt: string };
export type PagefindData = {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: PagefindSubResult[];
  filters: Record<string, string[]>;
};
export type Pagefind = {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (
    q: string,
    o?: { filters?: Record<string, string> },
  ) => Promise<{ results: { id: string; data: () => Promise<PagefindData> }[] }>;
  filters: () => Promise<Record<string, Record<string, number>>>;
};

let loading: Promise<Pagefind> | undefined;
let failures = 0;

/**
 * Loads Pagefind from this site's own origin, under the configured base path. After a failure the next call
 * tries again, at an address the browser has not seen (it remembers a module that failed to load).
 */
export function loadPagefind(): Promise<Pagefind> {
  const base = import.meta.env.BASE_URL;
  const retry = failures ? `?retry=${failures}` : '';
  loading ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js${retry}`) as Promise<Pagefind>).then(
    async (pagefind) => {
      await pagefind.options({ baseUrl: base, excerptLength: 24 });
      await pagefind.init();
      return pagefind;
    },
    (error: unknown) => {
      loading = undefined;
      failures += 1;
      throw error;
    },
  );
  return loading;
}

export const filterLabels: Record<string, string> = {
  jurisdiction: 'Jurisdiction',
  program: 'Program',
  component: 'Component',
  type: 'Document type',
};

const escapeText = (text: string): string =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
// Pagefind excerpts are HTML with <mark>: escape everything, then restore only the marks.
const safeExcerpt = (html: string): string =>
  escapeText(html.replace(/<(?!\/?mark>)[^>]+>/g, ''))
    .replace(/&lt;mark&gt;/g, '<mark>')
    .replace(/&lt;\/mark&gt;/g, '</mark>');

type Found = { result: Awaited<ReturnType<Pagefind['search']>>['results'][number]; exact: boolean };

/** Pagefind's results for a query, each marked when the page holds the query's words as one phrase. */
async function searchWithPhrase(pagefind: Pagefind, query: string, filters: Record<string, string>): Promise<Found[]> {
  const { results } = await pagefind.search(query, { filters });
  const several = /\s/.test(query.trim()) && !query.includes('"');
  const phrase = several ? (await pagefind.search(`"${query.trim()}"`, { filters })).results : [];
  const exact = new Set(phrase.map((r) => r.id));
  return results.map((result) => ({ result, exact: exact.has(result.id) }));
}

/**
 * Numbers each search a page starts, so a slower earlier search never writes over a later one's results:
 * call it when the query changes and pass what it returns to `renderResults`.
 */
export function searchTurns(): () => () => boolean {
  let latest = 0;
  return () => {
    const turn = ++latest;
    return () => turn === latest;
  };
}

const isGlossary = (page: PagefindData): boolean => page.filters.type?.includes('Glossary') ?? false;

/**
 * Renders results (with headings as sub-results) into a list and announces the count. A reader who
 * types several words means them together, so pages holding the exact phrase come first; a glossary
 * entry quotes the section that defines its term, so it follows the sections of its group; otherwise
 * Pagefind's order is kept. Nothing is written once `isCurrent` says a newer search has started, and a
 * reader moving through the results with the keyboard keeps their place when newer results arrive.
 * Loads Pagefind first; if it cannot load, the status line says so.
 */
export async function renderResults(
  query: string,
  filters: Record<string, string>,
  list: HTMLElement,
  status: HTMLElement,
  isCurrent: () => boolean,
): Promise<void> {
  let pagefind: Pagefind;
  try {
    pagefind = await loadPagefind();
  } catch {
    // Offline, or the index missing from the build: say so rather than leave the reader with no answer.
    if (isCurrent()) status.textContent = 'Search could not be loaded. Check your connection and search again, or browse the standards.';
    return;
  }
  if (!query.trim()) {
    if (!isCurrent()) return;
    list.replaceChildren();
    status.textContent = '';
    return;
  }
  const found = await searchWithPhrase(pagefind, query, filters);
  const top = [...found.filter((f) => f.exact), ...found.filter((f) => !f.exact)].slice(0, 12);
  const loaded = await Promise.all(top.map(async (f, i) => ({ page: await f.result.data(), exact: f.exact, i })));
  const data = loaded
    .sort((a, b) => Number(b.exact) - Number(a.exact) || Number(isGlossary(a.page)) - Number(isGlossary(b.page)) || a.i - b.i)
    .map((l) => l.page);
  if (!isCurrent()) return;
  const focused = [...list.querySelectorAll('a')].indexOf(document.activeElement as HTMLAnchorElement);
  status.textContent = `${found.length} ${found.length === 1 ? 'result' : 'results'} for “${query}”`;
  list.innerHTML = data
    .map((page) => {
      const subs = page.sub_results
        .filter((sub) => sub.url !== page.url && sub.url.includes('#'))
        .slice(0, 3)
        .map((sub) => `<li><a href="${escapeText(sub.url)}">${escapeText(sub.title)}</a><p>${safeExcerpt(sub.excerpt)}</p></li>`)
        .join('');
      return `<li><a href="${escapeText(page.url)}"><strong>${escapeText(page.meta.title ?? page.url)}</strong></a><p>${safeExcerpt(page.excerpt)}</p>${subs ? `<ul>${subs}</ul>` : ''}</li>`;
    })
    .join('');
  if (focused >= 0) {
    const links = list.querySelectorAll('a');
    links[Math.min(focused, links.length - 1)]?.focus();
  }
}

/** Fills filter selects from the index; each starts at "Any". */
export async function renderFilters(pagefind: Pagefind, container: HTMLElement, onChange: () => void): Promise<void> {
  const available = await pagefind.filters();
  container.replaceChildren(
    ...Object.keys(filterLabels)
      .filter((key) => available[key])
      .map((key) => {
        const label = document.createElement('label');
        label.textContent = filterLabels[key] ?? key;
        const select = document.createElement('select');
        select.name = key;
        select.append(
          new Option('Any', ''),
          ...Object.keys(available[key] ?? {})
            .sort()
            .map((value) => new Option(value, value)),
        );
        select.addEventListener('change', onChange);
        label.append(select);
        return label;
      }),
  );
}

/** The chosen filters of a filter container. */
export const chosenFilters = (container: HTMLElement): Record<string, string> =>
  Object.fromEntries([...container.querySelectorAll('select')].filter((s) => s.value).map((s) => [s.name, s.value]));

/** Arrow keys move between the search box and result links; Home/End jump. */
export function walkWithArrows(input: HTMLInputElement, list: HTMLElement): void {
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];
  const move = (event: KeyboardEvent) => {
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return;
    if (event.target === input && (event.key === 'Home' || event.key === 'End')) return;
    const all = links();
    if (!all.length) return;
    const index = all.indexOf(document.activeElement as HTMLAnchorElement);
    let next: HTMLAnchorElement | undefined;
    if (event.key === 'ArrowDown') next = all[Math.min(index + 1, all.length - 1)];
    if (event.key === 'ArrowUp') {
      if (index <= 0) {
        event.preventDefault();
        input.focus();
        return;
      }
      next = all[index - 1];
    }
    if (event.key === 'Home') next = all[0];
    if (event.key === 'End') next = all[all.length - 1];
    event.preventDefault();
    next?.focus();
  };
  input.addEventListener('keydown', move);
  list.addEventListener('keydown', move);
}
