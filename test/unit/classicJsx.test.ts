import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseAst } from 'rollup/parseAst';
import { transformWithEsbuild } from 'vite';
import { describe, expect, it, onTestFinished } from 'vitest';
import { render } from 'preact-render-to-string';
import { h, type ComponentType } from 'preact';
import { classicJsx } from '../../src/plugins/classicJsx.mjs';

const root = join(import.meta.dirname, '../..');
const plugin = classicJsx() as { transform: (code: string, id: string) => Promise<{ code: string } | null> };
const classic = async (code: string, id: string) => (await plugin.transform(code, id))?.code;

/** Elements of every shape the islands write: props, spreads, keys, fragments, lists, conditionals, components. */
const sample = `
type Row = { id: string; label: string; strong?: boolean };
function Cell({ row, children }: { row: Row; children?: preact.ComponentChildren }) {
  return <td data-id={row.id}>{row.strong ? <strong>{row.label}</strong> : row.label}{children}</td>;
}
export default function Sample({ rows, note, extra }: { rows: Row[]; note?: string; extra: Record<string, string> }) {
  return (
    <>
      {note && <p class="hint" {...extra}>{note}</p>}
      <table>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <Cell row={row}>{' '}<em>{row.id}</em></Cell>
              <Cell row={row} />
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" disabled={rows.length === 0} aria-label="Add">+</button>
    </>
  );
}
`;

describe('classic JSX for the islands (docs/decisions/0016-classic-jsx.md)', () => {
  it('renders exactly what the automatic runtime renders', async () => {
    // Written under node_modules so that `preact` resolves from the compiled files.
    const dir = mkdtempSync(join(root, 'node_modules', '.hearth-classic-jsx-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const automatic = await transformWithEsbuild(sample, 'sample.tsx', { jsx: 'automatic', jsxImportSource: 'preact' });
    writeFileSync(join(dir, 'automatic.mjs'), automatic.code);
    writeFileSync(join(dir, 'classic.mjs'), (await classic(sample, `${root}/src/islands/Sample.tsx`))!);
    const load = async (name: string) =>
      ((await import(pathToFileURL(join(dir, name)).href)) as { default: ComponentType<object> }).default;
    const [Automatic, Classic] = [await load('automatic.mjs'), await load('classic.mjs')];
    const cases = [
      { rows: [], extra: {} },
      { rows: [{ id: 'a', label: 'Rent' }], note: 'Monthly', extra: { id: 'n', 'aria-live': 'polite' } },
      {
        rows: [
          { id: 'a', label: 'Rent', strong: true },
          { id: 'b', label: 'Fees' },
        ],
        extra: {},
      },
    ];
    for (const props of cases) {
      const html = render(h(Classic, props));
      expect(html).toBe(render(h(Automatic, props)));
      expect(html).toContain('<table>');
    }
  });

  it('compiles to h() calls with no JSX runtime import', async () => {
    const code = (await classic(sample, `${root}/src/islands/Sample.tsx`))!;
    expect(code).toMatch(/hearthH\("p", \{ class: "hint", \.\.\.extra \}, note\)/);
    expect(code).not.toMatch(/jsx-runtime|\bjsxs?\(/);
  });

  it('leaves files outside src/ and plain TypeScript to the usual pipeline', async () => {
    expect(await classic('export const a = <p />;', `${root}/node_modules/x/src/a.tsx`)).toBeUndefined();
    expect(await classic('export const a = 1;', `${root}/src/islands/shared/fragment.ts`)).toBeUndefined();
  });

  it('compiles every island to JavaScript without JSX', async () => {
    const islands = readdirSync(join(root, 'src/islands'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.tsx'));
    expect(islands.length).toBeGreaterThan(30);
    for (const file of islands) {
      const code = (await classic(readFileSync(join(root, 'src/islands', file), 'utf8'), `${root}/src/islands/${file}`))!;
      expect(() => parseAst(code), file).not.toThrow();
      expect(code, file).not.toMatch(/jsx-runtime/);
    }
  });
});
