/**
 * Calculator state lives in the URL fragment (`#rent=900.00&tier=2`): browsers never send the
 * fragment to a server, so a person can bookmark or share a result on purpose and nothing is stored.
 */

/**
 * Whether the fragment holds calculator answers (`#rent=900`) rather than a place on the page (`#p12`,
 * a heading's id): only answers are loaded and calculated, so following an anchor never resets a form.
 */
export const fragmentHasAnswers = (): boolean => typeof location !== 'undefined' && holdsAnswers(location.hash);

/** Whether a fragment (`#rent=900`, `#p12`) holds answers: answers are `key=value` pairs, a place on the page is an id. */
export const holdsAnswers = (hash: string): boolean => hash.includes('=');

/** The page's address when its fragment last held answers (from a link, or written after a calculation). */
let answersAddress = fragmentHasAnswers() ? location.href : '';

/**
 * The address that reopens the result on screen, for "Copy a link to this result": the page's own, or,
 * once the reader has followed an anchor (a ¶ link, a heading in the contents), the last one that held
 * the answers (with any proposed revision they ran under).
 */
export const resultAddress = (): string => (fragmentHasAnswers() ? location.href : answersAddress || location.href);

/** "Copy a link to this result": puts `resultAddress()` on the clipboard, then calls `copied` (no clipboard, no call). */
export const copyResultAddress = (copied: () => void): void => void navigator.clipboard?.writeText(resultAddress()).then(copied);

/**
 * Tells the `client:interact` directive (src/directives/interact.mjs) that the island has set up its
 * form (from the fragment, or fresh), so answers given before it hydrated can now be told to it
 * without being overwritten. Call it right after the setup's state changes: it is sent after the
 * render they queue (Preact renders on a microtask) and before any further key press is handled, so
 * the directive puts back what that render cleared before the person types on.
 */
export function formReady(): void {
  queueMicrotask(() => queueMicrotask(() => dispatchEvent(new Event('hearth:ready'))));
}

/** Reads the fragment into string fields, keeping defaults for anything absent. */
export function readFragment<T extends Record<string, string>>(defaults: T): T {
  if (typeof location === 'undefined') return defaults;
  const params = new URLSearchParams(location.hash.slice(1));
  const out: Record<string, string> = { ...defaults };
  for (const key of Object.keys(defaults)) {
    const value = params.get(key);
    if (value !== null) out[key] = value;
  }
  return out as T;
}

/** Writes fields to the fragment without adding a history entry or reloading. */
export function writeFragment(fields: Record<string, string>): void {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) if (value !== '') params.set(key, value);
  history.replaceState(null, '', `${location.pathname}${location.search}#${params.toString()}`);
  answersAddress = location.href;
}

/** Reads a list (e.g. budget lines) stored as JSON under one fragment key. */
export function readFragmentJson<T>(key: string, fallback: T, isValid: (value: unknown) => value is T): T {
  if (typeof location === 'undefined') return fallback;
  const raw = new URLSearchParams(location.hash.slice(1)).get(key);
  if (!raw) return fallback;
  try {
    const parsed: unknown = JSON.parse(raw);
    return isValid(parsed) ? parsed : fallback;
  } catch {
    return fallback;
  }
}

/** Today's date in the reader's own calendar, as YYYY-MM-DD (shown in a field, never assumed silently). */
export function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
