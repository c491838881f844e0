/**
 * `client:interact`: hydrate an island only when the reader starts using it (focus, or a pointer or finger on it).
 * Calculators embedded in standards pages render as static HTML and cost no JavaScript until then,
 * which keeps reading pages inside their 5 KB budget. Tool pages whose rules are large use it too:
 * the form is usable HTML at once and its code loads as the person starts to fill it in.
 *
 * Nothing the person does before the code arrives is lost. What they typed or chose meanwhile is
 * noted before hydration and told to the island afterwards, one field at a time with a render in
 * between (as if typed then), and a click on a button or link, or a submit, made meanwhile is held
 * and replayed once the island has rendered those answers. When it is done the island carries `data-interactive`.
 */
/** What a click is held for: a button or link whose handler the island brings. */
const actions = 'button,a[href],[type=submit]';

const fields = 'input,select,textarea';

/** The field's current answer, or undefined when it still holds what the page was served with. */
function typedAnswer(field) {
  // A box's answer is ticked or not; a radio group's is the option chosen (the one left follows).
  if (field.type === 'checkbox' || field.type === 'radio')
    return field.checked !== field.defaultChecked && (field.checked || field.type === 'checkbox') ? field.checked : undefined;
  const served = field.options ? (field.querySelector('[selected]')?.value ?? field.options[0]?.value) : field.defaultValue;
  return field.value !== served ? field.value : undefined;
}

const setAnswer = (field, answer) => (field[answer === true || answer === false ? 'checked' : 'value'] = answer);

/** Lets Preact render queued state and run its effects (it renders on a microtask, effects after a frame). */
const settle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

export default (load, _options, element) => {
  const events = ['focusin', 'pointerenter']; // a tap is a pointer too
  const held = [];
  let started = false;

  const hold = (event) => {
    // Ticking a box or choosing an option works without the island; its answer is told on hydration.
    if (event.type === 'click' && !event.target.closest?.(actions)) return;
    event.preventDefault();
    event.stopPropagation();
    held.push(event);
    void start();
  };

  // Answers given before the island had set up its form, in the order given (its setup may clear what
  // its handlers heard); then the fields the person changed once it had (those it has heard for itself).
  const answers = new Map();
  const changedSince = new Set();
  let listening = false;
  let telling = null;
  const note = (field) => {
    if (field.type === 'radio')
      for (const other of answers.keys()) if (other.type === 'radio' && other.name === field.name) answers.delete(other);
    const answer = typedAnswer(field);
    if (answer === undefined) answers.delete(field);
    else answers.set(field, answer);
  };
  // Listens for good: once the island has set up its form, it only notes what the island heard itself.
  const noteChange = (event) => {
    const field = event.target;
    if (field === telling || !field.matches?.(fields)) return;
    if (listening) changedSince.add(field);
    else note(field);
  };

  /** Tells the island a field's answer, as typing or choosing it would. */
  const tell = (field) => {
    telling = field;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
    telling = null;
  };

  /** Tells the hydrated island each answer given before it was ready, restoring any its first render cleared. */
  async function announce() {
    for (const [field, answer] of answers) {
      if (changedSince.has(field)) continue;
      setAnswer(field, answer);
      tell(field);
      await settle();
    }
  }

  async function start() {
    if (started) return;
    started = true;
    // Anything filled in before the first focus (a browser's autofill) counts too.
    element.querySelectorAll(fields).forEach(note);
    // The island says when it has set up its form (src/islands/shared/fragment.ts `formReady`); an
    // island that never says so is given a moment after it has hydrated.
    let formReady;
    const setUp = new Promise((resolve) => {
      formReady = resolve;
      addEventListener('hearth:ready', resolve, { once: true });
    });
    const hydrate = await load();
    await hydrate();
    // Before its first effects re-render it: so that render keeps what was typed rather than clear it.
    answers.forEach((_, field) => tell(field));
    setTimeout(formReady, 3000);
    await setUp;
    // At once, before another key press: the setup render may have cleared what is being typed, or
    // filled a default (today's date) into the field the person is in but has not typed in yet: select
    // that, as focusing a field by keyboard does, so typing replaces it.
    for (const [field, answer] of answers) setAnswer(field, answer);
    const focused = document.activeElement;
    if (element.contains(focused) && !answers.has(focused)) focused.select?.();
    await settle();
    listening = true;
    await announce();
    element.removeEventListener('click', hold, true);
    element.removeEventListener('submit', hold, true);
    for (const { type, target } of held) {
      if (type === 'submit') target.requestSubmit();
      else target.click();
      await settle();
    }
    element.dataset.interactive = '';
  }

  element.addEventListener('input', noteChange, true);
  element.addEventListener('change', noteChange, true);
  element.addEventListener('click', hold, true);
  element.addEventListener('submit', hold, true);
  for (const name of events) element.addEventListener(name, start);
  // Calculator state in the fragment (#rent=…, #revision=…, or ?revision=…) asks for a result: hydrate now, or when an
  // example link on the page sets it. An anchor (#p12, a heading's id) is reading, not use.
  const startIfState = () => {
    if (location.hash.includes('=') || new URLSearchParams(location.search).has('revision')) void start();
  };
  window.addEventListener('hashchange', startIfState);
  startIfState();
};
