// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  { ignores: ['dist/', 'dist-*/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'content/', '**/*.astro'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // An island's `strings` stays a flat object read by fixed keys, so Terser can take it apart and put each
    // text where it is used (docs/decisions/0017-hoistable-strings.md). One computed lookup, alias or whole-object
    // use anywhere in the file keeps every key and every `strings.` reference in the shipped code.
    files: ['src/islands/**/*.tsx', 'src/islands/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          'MemberExpression[computed=true][object.name="strings"]',
          'MemberExpression[computed=true] > MemberExpression.object[object.name="strings"]',
          'CallExpression > Identifier.arguments[name="strings"]',
          'SpreadElement > Identifier.argument[name="strings"]',
          'VariableDeclarator > Identifier.init[name="strings"]',
          'Property > Identifier.value[name="strings"]',
        ].map((selector) => ({
          selector,
          message: 'Keep `strings` flat and read it by fixed keys: give a lookup table or a set of labels its own const (decision 0017).',
        })),
      ],
    },
  },
  {
    // The rules module runs in Node and browsers alike: it must not touch the DOM or a framework.
    files: ['calculators/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['astro*', 'preact*', '@astrojs/*', '../src/*', '../../src/*'],
              message: 'calculators/ is plain TypeScript + zod: no framework or site imports.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'fetch', 'navigator', 'location'],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Rules take dates as input; no clocks.' },
        { object: 'Math', property: 'random', message: 'Rules are deterministic.' },
      ],
    },
  },
);
