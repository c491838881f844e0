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
});
