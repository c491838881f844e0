// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { rehypeParagraphAnchors } from './src/plugins/rehypeParagraphAnchors.mjs';

// BASE_PATH lets the same build be served from a sub-folder, e.g. BASE_PATH=/hearth/.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://hearth.example.org',
  base,
  trailingSlash: 'always',
  output: 'static',
  integrations: [mdx(), preact()],
  markdown: { rehypePlugins: [rehypeParagraphAnchors] },
  build: { inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  telemetry: false,
});
