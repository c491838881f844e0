/**
 * Schema field descriptions (`z.describe('…')` among a schema's checks) document the rules' inputs for
 * forms, docs and tests, and a parameter's `description` explains its value on the parameters page;
 * nothing in the browser reads either (nor the chronic parameters' labels). The client build drops them from the calculators' code
 * (docs/decisions/0011-client-schema-descriptions.md); the server build, the tests and the rules module
 * itself keep them.
 */

/** @typedef {{ type: string, start: number, end: number, [key: string]: unknown }} Node */

/** @param {unknown} node @returns {node is Node} */
const isNode = (node) => typeof node === 'object' && node !== null && typeof (/** @type {Node} */ (node).type) === 'string';

/** A node's child nodes, in source order. */
const childNodes = (/** @type {Node} */ node) =>
  Object.entries(node).flatMap(([key, value]) =>
    key === 'type' || key === 'start' || key === 'end' ? [] : Array.isArray(value) ? value.filter(isNode) : isNode(value) ? [value] : [],
  );

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
 * The code without the `z.describe(…)` arguments of any call (with their commas), and without a
 * `.check(…)` call whose only checks were descriptions. A `z.describe(…)` anywhere else is left alone.
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
      const callee = /** @type {Node & { object?: Node, property?: Node, computed?: boolean }} */ (node.callee);
      const isCheck =
        callee.type === 'MemberExpression' &&
        !callee.computed &&
        callee.property?.type === 'Identifier' &&
        callee.property.name === 'check';
      // `.check(z.describe(…))` adds nothing else: the schema it is called on is the same schema.
      if (firstKept === -1 && args.length && isCheck && callee.object) cuts.push([callee.object.end, node.end]);
      else if (firstKept === -1 && args.length) cuts.push([args[0].start, args[args.length - 1].end]);
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
  return cut(code, cuts);
}

/** The key of a property written `key: …` (not computed), or undefined. */
const keyName = (/** @type {Node} */ property) => {
  const key = /** @type {Node & { name?: string, value?: unknown }} */ (property.key);
  if (property.type !== 'Property' || property.computed) return undefined;
  return key?.type === 'Identifier' ? key.name : key?.type === 'Literal' ? String(key.value) : undefined;
};

/** The keys that make an object literal a parameter definition (calculators/core/parameters.ts `Parameter`). */
const parameterKeys = ['id', 'label', 'unit', 'values'];

/**
 * The code without the `description` of any parameter definition: an object literal that also has
 * `id`, `label`, `unit` and `values`. Other objects' descriptions (a form's, a budget line's) stay.
 * @param {string} code
 * @param {Node} ast the program, as Rollup's `this.parse` returns it
 */
export function withoutParameterDescriptions(code, ast) {
  /** @type {[number, number][]} */
  const cuts = [];
  /** @param {Node} node */
  const visit = (node) => {
    if (node.type === 'ObjectExpression') {
      const properties = /** @type {Node[]} */ (node.properties);
      const keys = properties.map(keyName);
      const at = keys.indexOf('description');
      if (at !== -1 && parameterKeys.every((key) => keys.includes(key)))
        cuts.push(
          at + 1 < properties.length ? [properties[at].start, properties[at + 1].start] : [properties[at - 1].end, properties[at].end],
        );
    }
    childNodes(node).forEach(visit);
  };
  visit(ast);
  return cut(code, cuts);
}

/**
 * Parameter modules whose labels no browser code reads: the chronic tools' rules put numbers and
 * citations in their results, never a parameter's label, and their islands show the set's label only
 * (test/unit/stripSchemaDescriptions.test.ts proves both). The revision banner's labels come from the
 * server (src/pages/revisions/_revisions.ts), and the parameters and revision pages are built there.
 */
export const labelFreeParameterModules = /\/calculators\/parameters\/[^/]+\/chronic\.ts(\?|$)/;

/**
 * The code with the label of every `cited(id, label, unit, value, citation)` call (how the chronic
 * parameter modules define a parameter) replaced by `''`. Other calls are left alone.
 * @param {string} code
 * @param {Node} ast the program, as Rollup's `this.parse` returns it
 */
export function withoutCitedLabels(code, ast) {
  /** @type {[number, number, string][]} */
  const edits = [];
  /** @param {Node} node */
  const visit = (node) => {
    if (node.type === 'CallExpression') {
      const callee = /** @type {Node & { name?: string }} */ (node.callee);
      const [id, label] = /** @type {(Node & { value?: unknown })[]} */ (node.arguments);
      if (
        callee.type === 'Identifier' &&
        callee.name === 'cited' &&
        id?.type === 'Literal' &&
        typeof id.value === 'string' &&
        (label?.type === 'Literal' || label?.type === 'TemplateLiteral')
      )
        edits.push([label.start, label.end, "''"]);
    }
    childNodes(node).forEach(visit);
  };
  visit(ast);
  return cut(code, edits);
}

/** The code less the given [start, end) ranges, which do not overlap, each replaced by its text if it has one. */
function cut(code, /** @type {([number, number] | [number, number, string])[]} */ ranges) {
  if (!ranges.length) return code;
  ranges.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end, instead = ''] of ranges) {
    out += code.slice(at, start) + instead;
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
      if (!client || !/\/calculators\/[^?]*\.ts(\?|$)/.test(id)) return null;
      /** @param {string} source */
      const parse = (source) => /** @type {Node} */ (/** @type {unknown} */ (this.parse(source)));
      let stripped = code.includes('describe') ? withoutSchemaDescriptions(code, parse(code)) : code;
      if (stripped.includes('description')) stripped = withoutParameterDescriptions(stripped, parse(stripped));
      if (labelFreeParameterModules.test(id)) stripped = withoutCitedLabels(stripped, parse(stripped));
      return stripped === code ? null : { code: stripped, map: null };
    },
  };
}
