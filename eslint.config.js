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
