// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { rehypeParagraphAnchors } from './src/plugins/rehypeParagraphAnchors.mjs';
import { rehypeGlossaryLinks } from './src/plugins/rehypeGlossaryLinks.mjs';
import { rehypeInconsistencyMarkers } from './src/plugins/rehypeInconsistencyMarkers.mjs';

// BASE_PATH lets the same build be served from a sub-folder, e.g. BASE_PATH=/hearth/.
const base = process.env.BASE_PATH ?? '/';

/**
 * Registers `client:interact` (hydrate on first use) for calculators embedded in reading pages.
 * @type {import('astro').AstroIntegration}
 */
const interactDirective = {
  name: 'hearth-client-interact',
  hooks: {
    'astro:config:setup': ({ addClientDirective }) => {
      addClientDirective({ name: 'interact', entrypoint: './src/directives/interact.mjs' });
    },
  },
};

/**
 * Client chunks. Every calculator uses Preact and zod/mini; as Rollup splits them they arrive as several
 * small files, each compressed on its own, so grouping them weighs less (scripts/budgets.mjs counts
 * every file). zod stays apart from Preact so an island that loads its rules lazily still loads zod
 * lazily. Vite's preload helper is shared with the search script and the renderer's optional
 * @preact/signals import is used by no island: both keep chunks of their own. Server build untouched.
 * @type {import('vite').Plugin}
 */
const clientChunks = (() => {
  /** @type {[chunk: string, modules: RegExp][]} */
  const groups = [
    ['preload-helper', /vite\/preload-helper/],
    ['signals', /\/node_modules\/@preact\/signals/],
    ['preact', /\/node_modules\/preact\/|\/node_modules\/@astrojs\/preact\/dist\/static-html/],
    ['zod', /\/node_modules\/zod\//],
  ];
  let client = false;
  return {
    name: 'hearth-client-chunks',
    apply: 'build',
    configResolved(config) {
      client = !config.build.ssr;
    },
    outputOptions(options) {
      if (!client) return;
      const previous = options.manualChunks;
      options.manualChunks = function (id, meta) {
        const group = groups.find(([, modules]) => modules.test(id));
        if (group) return group[0];
        return typeof previous === 'function' ? previous.call(this, id, meta) : undefined;
      };
    },
  };
})();

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://hearth.example.org',
  base,
  // OUT_DIR lets the test suite keep a second build made under a base path beside the main one.
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  output: 'static',
  integrations: [mdx(), preact(), interactDirective],
  markdown: { rehypePlugins: [rehypeParagraphAnchors, rehypeInconsistencyMarkers, rehypeGlossaryLinks] },
  build: { inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  vite: { plugins: [clientChunks] },
});
