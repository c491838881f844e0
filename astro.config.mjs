// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { rehypeParagraphAnchors } from './src/plugins/rehypeParagraphAnchors.mjs';
import { rehypeGlossaryLinks } from './src/plugins/rehypeGlossaryLinks.mjs';
import { rehypeInconsistencyMarkers } from './src/plugins/rehypeInconsistencyMarkers.mjs';
import { stripSchemaDescriptions } from './src/plugins/stripSchemaDescriptions.mjs';
import { classicJsx } from './src/plugins/classicJsx.mjs';

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

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Client chunks (docs/decisions/0010-calculator-chunks.md, 0013-private-calculator-code.md). Calculators
 * share one chunk: Preact (with hooks and the JSX runtime; the renderer hydrates every island with it, and
 * two copies would be two Preacts), the renderer itself (src/renderer/client.mjs: that chunk is its entry,
 * decision 0015) and zod/mini (a private copy per island would save 0.3–1.8 KB on some
 * pages but triple the client build's time, past the 60 s build budget). Everything else an island imports
 * from src/ or calculators/ is private to that island: resolved with an `?island=Name` query, so Rollup
 * gives each island its own copy, tree-shaken for that island alone and written as one file.
 * scripts/budgets.mjs counts every file a page loads, each compressed on its own; a file shared by all
 * calculators had to carry every export any of them uses, plus the import and export lists between files.
 * No page has two islands that share private code; if one did, the budget script would count both
 * copies. The server build is untouched.
 * @type {import('vite').Plugin}
 */
const clientChunks = (() => {
  const shared = [/\/node_modules\/(preact|zod)\//, /\/src\/renderer\/client\.mjs$/];
  const isShared = (/** @type {string} */ id) => shared.some((pattern) => pattern.test(id));
  const isPrivate = (/** @type {string} */ id) => id.startsWith(`${root}src/`) || id.startsWith(`${root}calculators/`);
  const islandEntry = /\/src\/islands\/([A-Za-z]+)\.tsx$/;
  /** @type {[chunk: string, modules: RegExp[]][]} */
  const groups = [['preact-zod', shared]];
  let client = false;
  return {
    name: 'hearth-client-chunks',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      client = !config.build.ssr;
    },
    async resolveId(source, importer, options) {
      if (!client || !importer || source.includes('?') || source.startsWith('\0')) return null;
      const [importerPath = '', query = ''] = importer.split('?');
      const island = /(?:^|&)island=(\w+)/.exec(query)?.[1] ?? (isShared(importerPath) ? undefined : islandEntry.exec(importerPath)?.[1]);
      const resolved = island || isShared(importerPath) ? await this.resolve(source, importer, { ...options, skipSelf: true }) : null;
      if (!resolved || resolved.external || !isPrivate(resolved.id) || isShared(resolved.id)) return resolved;
      // A shared module importing private code would give that code a second, shared copy.
      if (!island) this.error(`${importerPath} is shared by all calculators but imports ${resolved.id}, which is private to each`);
      return { ...resolved, id: `${resolved.id}?island=${island}` };
    },
    // The renderer's entry is the Preact chunk itself, not a file that re-exports from it.
    options(options) {
      return client ? { ...options, preserveEntrySignatures: 'allow-extension' } : null;
    },
    outputOptions(options) {
      if (!client) return;
      const previous = options.manualChunks;
      options.manualChunks = function (id, meta) {
        const group = groups.find(([, modules]) => modules.some((m) => m.test(id)));
        if (group) return group[0];
        return typeof previous === 'function' ? previous.call(this, id, meta) : undefined;
      };
    },
  };
})();

/**
 * Lazy imports without Vite's preload helper (docs/decisions/0015-calculator-floor.md). Vite wraps each
 * `import('…')` in `__vitePreload`, which adds `<link rel=modulepreload>` for the imported file's own
 * imports; the helper is a 0.6 KB file every page loaded before interaction (the search button's lazy
 * import of the search dialog), for one round trip saved the first time a reader opens search. A module
 * that defines `__vitePreload` itself is not given Vite's (Vite's import analysis checks for
 * `const __vitePreload =`): this one just imports. With `build.modulePreload: false` Vite passes such a
 * call only CSS files to preload, which this one would drop: the build fails if a lazy import ever has any.
 * @type {import('vite').Plugin}
 */
const lazyImportsWithoutPreload = {
  name: 'hearth-lazy-imports-without-preload',
  apply: 'build',
  enforce: 'post',
  transform(code) {
    if (this.environment.config.consumer !== 'client' || !/\bimport\s*\(/.test(code)) return null;
    return { code: `const __vitePreload = (load) => load();${code}`, map: null };
  },
  writeBundle(_options, bundle) {
    if (this.environment.config.consumer !== 'client') return;
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      if (chunk.code.includes('__vite__mapDeps'))
        this.error(`${chunk.fileName}: a lazy import needs files preloaded (CSS), which lazyImportsWithoutPreload drops`);
      // Should Vite stop honouring a module's own `__vitePreload`, its helper would quietly return to every page.
      if (chunk.moduleIds.includes('\0vite/preload-helper.js'))
        this.error(`${chunk.fileName} holds Vite's preload helper: lazyImportsWithoutPreload no longer keeps it out`);
    }
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
  vite: {
    plugins: [classicJsx(), clientChunks, stripSchemaDescriptions(), lazyImportsWithoutPreload],
    // Preact's renderer without @preact/signals, in the chunk with Preact (docs/decisions/0015-calculator-floor.md).
    resolve: { alias: [{ find: /^@astrojs\/preact\/client\.js$/, replacement: `${root}src/renderer/client.mjs` }] },
    // Terser writes the client code about 3% smaller than esbuild (docs/decisions/0010-calculator-chunks.md);
    // two compress passes came out smaller after gzip than three, and faster (0013-private-calculator-code.md).
    build: {
      modulePreload: false,
      minify: 'terser',
      terserOptions: { ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } },
    },
  },
});
