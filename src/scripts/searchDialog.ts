import { chosenFilters, loadPagefind, renderFilters, renderResults, searchTurns, walkWithArrows } from './pagefind';

let dialog: HTMLDialogElement | undefined;

function build(): HTMLDialogElement {
  const d = document.createElement('dialog');
  d.className = 'search-dialog';
  d.setAttribute('aria-labelledby', 'search-dialog-title');
  d.innerHTML = `
    <form class="search-form" role="search" method="dialog">
      <h2 id="search-dialog-title" class="visually-hidden">Search the standards</h2>
      <label for="search-dialog-input" class="visually-hidden">Search the standards</label>
      <input id="search-dialog-input" type="search" autocomplete="off" placeholder="Search the standards" />
      <button type="button" class="button button--secondary" data-close>Close</button>
    </form>
    <div class="search-filters" role="group" aria-label="Filters"></div>
    <p class="search-status" role="status" aria-live="polite"></p>
    <ul class="search-results"></ul>
    <p class="stamp">Use the arrow keys to move through results. Esc closes.</p>`;
  document.body.append(d);
  const input = d.querySelector<HTMLInputElement>('input')!;
  const filters = d.querySelector<HTMLElement>('.search-filters')!;
  const list = d.querySelector<HTMLElement>('.search-results')!;
  const status = d.querySelector<HTMLElement>('.search-status')!;
  d.querySelector('[data-close]')!.addEventListener('click', () => d.close());
  // Chromium may ignore Esc on a dialog opened from a key press (close-watcher rules): close it ourselves.
  d.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      d.close();
    }
  });
  walkWithArrows(input, list);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const nextTurn = searchTurns();
  const run = () => {
    clearTimeout(timer);
    const isCurrent = nextTurn();
    timer = setTimeout(async () => {
      await renderResults(input.value, chosenFilters(filters), list, status, isCurrent);
    }, 120);
  };
  input.addEventListener('input', run);
  d.querySelector('form')!.addEventListener('submit', (event) => {
    event.preventDefault();
    const first = list.querySelector<HTMLAnchorElement>('a');
    if (first) first.focus();
  });
  // Without the index there are no filters; a search then says why.
  loadPagefind().then(
    (pagefind) => renderFilters(pagefind, filters, run),
    () => {},
  );
  return d;
}

/** Opens the search dialog, optionally with a query, and focuses the search box. */
export function openSearch(query?: string): void {
  dialog ??= build();
  const input = dialog.querySelector<HTMLInputElement>('input')!;
  if (query !== undefined) input.value = query;
  if (!dialog.open) dialog.showModal();
  input.focus();
  input.select();
}
