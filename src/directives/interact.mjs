/**
 * `client:interact`: hydrate an island only when the reader starts using it (focus, pointer, touch).
 * Calculators embedded in standards pages render as static HTML and cost no JavaScript until then,
 * which keeps reading pages inside their 5 KB budget. Tool pages whose rules are large use it too:
 * the form is usable HTML at once and its code loads as the person starts to fill it in.
 * Nothing the person does before the code arrives is lost: typed values are announced to the island
 * once it hydrates, and a click or submit made meanwhile is held and replayed.
 */
export default (load, _options, element) => {
  const events = ['focusin', 'pointerenter', 'touchstart'];
  const held = [];
  let started = false;
  let ready = false;

  const hold = (event) => {
    if (ready) return;
    event.preventDefault();
    event.stopPropagation();
    held.push(event);
    void start();
  };

  const announceTypedValues = () => {
    for (const field of element.querySelectorAll('input, select, textarea')) {
      const toggle = field.type === 'checkbox' || field.type === 'radio';
      const changed = toggle ? field.checked !== field.defaultChecked : field.value !== field.defaultValue;
      if (!changed) continue;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
    }
  };

  const replay = (event) => {
    if (event.type === 'submit' && event.target instanceof HTMLFormElement) event.target.requestSubmit();
    else if (event.target instanceof HTMLElement) event.target.click();
  };

  async function start() {
    if (started) return;
    started = true;
    for (const name of events) element.removeEventListener(name, start);
    const hydrate = await load();
    await hydrate();
    ready = true;
    element.removeEventListener('click', hold, true);
    element.removeEventListener('submit', hold, true);
    // Let the island's first render and effects run before telling it what happened meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 0));
    announceTypedValues();
    for (const event of held.splice(0)) replay(event);
  }

  element.addEventListener('click', hold, true);
  element.addEventListener('submit', hold, true);
  for (const name of events) element.addEventListener(name, start, { passive: true });
  // Calculator state in the fragment (#rent=…, #revision=…) asks for a result: hydrate now, or when an
  // example link on the page sets it. An anchor (#p12, a heading's id) is reading, not use.
  const startIfState = () => {
    if (location.hash.includes('=')) void start();
  };
  window.addEventListener('hashchange', startIfState);
  startIfState();
};
