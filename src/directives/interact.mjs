/**
 * `client:interact`: hydrate an island only when the reader starts using it (focus, pointer, touch).
 * Calculators embedded in standards pages render as static HTML and cost no JavaScript until then,
 * which keeps reading pages inside their 5 KB budget.
 */
export default (load, _options, element) => {
  const events = ['focusin', 'pointerenter', 'touchstart'];
  let started = false;
  const start = async () => {
    if (started) return;
    started = true;
    for (const name of events) element.removeEventListener(name, start);
    const hydrate = await load();
    await hydrate();
  };
  for (const name of events) element.addEventListener(name, start, { passive: true });
};
