/**
 * The Preact renderer's browser half, as `@astrojs/preact/client.js` less its `@preact/signals` support
 * (docs/decisions/0015-calculator-floor.md). No island here takes a signal as a prop, and that support
 * cost every calculator page a chunk of its own, Vite's preload helper for its lazy import, and a file
 * of its own for the renderer: this one goes in the chunk with Preact. The server half is unchanged; a
 * signal passed to an island would be serialised there and refused here, loudly.
 */
import { h, hydrate, render } from 'preact';

/** Server-rendered slot content, kept as it is (as in `@astrojs/preact/static-html.js`). */
const StaticHtml = ({ value, name }) => (value ? h('astro-slot', { name, dangerouslySetInnerHTML: { __html: value } }) : null);
StaticHtml.shouldComponentUpdate = () => false;

export default (element) =>
  (Component, props, { default: children, ...slotted }, { client }) => {
    if (!element.hasAttribute('ssr')) return;
    if (element.dataset.preactSignals) throw new Error('Signals as island props are not supported (src/renderer/client.mjs)');
    for (const [key, value] of Object.entries(slotted)) props[key] = h(StaticHtml, { value, name: key });
    const child = h(Component, props, children != null ? h(StaticHtml, { value: children }) : children);
    if (client === 'only') {
      element.innerHTML = '';
      render(child, element);
    } else hydrate(child, element);
    element.addEventListener('astro:unmount', () => render(null, element), { once: true });
  };
