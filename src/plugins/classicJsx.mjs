import { transformWithEsbuild } from 'vite';

/**
 * Compiles the islands' JSX to Preact's `h(type, props, ...children)` (the classic runtime) rather than
 * `jsx(type, { ...props, children })` (the automatic runtime @astrojs/preact sets up), because it writes
 * the same elements in fewer bytes: no `children:` key or array around each element's children, one
 * function instead of `jsx` and `jsxs`. Measured 0.25–0.3 KB gzip less per calculator
 * (docs/decisions/0016-classic-jsx.md). Preact treats both the same way (`key` and `ref` come out of
 * the props either way). Runs before @astrojs/preact's Babel pass, which then finds no JSX left.
 * Type checking keeps the automatic runtime's settings in tsconfig.json: the types are the same.
 * @returns {import('vite').Plugin}
 */
export function classicJsx() {
  return {
    name: 'hearth-classic-jsx',
    enforce: 'pre',
    async transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (!/\/src\/[^?]*\.tsx$/.test(file) || file.includes('/node_modules/')) return null;
      const out = await transformWithEsbuild(code, file, {
        loader: 'tsx',
        jsx: 'transform',
        jsxFactory: 'hearthH',
        jsxFragment: 'HearthFragment',
        // Aliased so the factory cannot clash with a name the file declares itself.
        banner: "import { h as hearthH, Fragment as HearthFragment } from 'preact';",
        sourcemap: true,
      });
      return { code: out.code, map: out.map };
    },
  };
}
