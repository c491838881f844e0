/**
 * Schema field descriptions (`z.describe('…')` among a schema's checks) document the rules' inputs for
 * forms, docs and tests; nothing in the browser reads them. The client build drops them from the
 * calculators' code (docs/decisions/0011-client-schema-descriptions.md); the server build, the tests and
 * the rules module itself keep them.
 */

/** @typedef {{ type: string, start: number, end: number, [key: string]: unknown }} Node */

/** @param {unknown} node @returns {node is Node} */
const isNode = (node) => typeof node === 'object' && node !== null && typeof (/** @type {Node} */ (node).type) === 'string';

/** `z.describe(…)`, as the rules module writes it (`import * as z from 'zod/mini'`). */
const isDescribe = (/** @type {Node} */ node) => {
  if (node.type !== 'CallExpression') return false;
  const callee = /** @type {Node & { object?: Node, property?: Node, computed?: boolean }} */ (node.callee);
  return (
    callee?.type === 'MemberExpression' &&
    !callee.computed &&
    callee.object?.type === 'Identifier' &&
    callee.object.name === 'z' &&
    callee.property?.type === 'Identifier' &&
    callee.property.name === 'describe'
  );
};

/**
 * The code without the `z.describe(…)` arguments of any call (with their commas).
 * A `z.describe(…)` anywhere else is left alone.
 * @param {string} code
 * @param {Node} ast the program, as Rollup's `this.parse` returns it
 */
export function withoutSchemaDescriptions(code, ast) {
  /** @type {[number, number][]} */
  const cuts = [];
  /** @param {Node} node */
  const visit = (node) => {
    if (node.type === 'CallExpression') {
      const args = /** @type {Node[]} */ (node.arguments);
      const firstKept = args.findIndex((arg) => !isDescribe(arg));
      if (firstKept === -1 && args.length) cuts.push([args[0].start, args[args.length - 1].end]);
      else
        args.forEach((arg, index) => {
          if (!isDescribe(arg)) return;
          // Before the first kept argument, take the comma after; after it, the comma before.
          cuts.push(index < firstKept ? [arg.start, args[index + 1].start] : [args[index - 1].end, arg.end]);
        });
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === 'type' || key === 'start' || key === 'end') continue;
      if (Array.isArray(value))
        value.filter(isNode).forEach((child) => !(isDescribe(child) && node.type === 'CallExpression') && visit(child));
      else if (isNode(value)) visit(value);
    }
  };
  visit(ast);
  if (!cuts.length) return code;
  cuts.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of cuts) {
    out += code.slice(at, start);
    at = end;
  }
  return out + code.slice(at);
}

/**
 * The Vite plugin: client build only, after TypeScript is compiled (so it parses plain JavaScript).
 * @returns {import('vite').Plugin}
 */
export function stripSchemaDescriptions() {
  let client = false;
  return {
    name: 'hearth-strip-schema-descriptions',
    apply: 'build',
    configResolved(config) {
      client = !config.build.ssr;
    },
    transform(code, id) {
      if (!client || !/\/calculators\/[^?]*\.ts(\?|$)/.test(id) || !code.includes('describe')) return null;
      const stripped = withoutSchemaDescriptions(code, /** @type {Node} */ (/** @type {unknown} */ (this.parse(code))));
      return stripped === code ? null : { code: stripped, map: null };
    },
  };
}
