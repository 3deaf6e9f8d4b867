// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Imports that would tie the pure domain to one platform. shared/ runs in the renderer, in the
 * main process and in the command-line verifier, so it may import none of them.
 */
export const sharedForbiddenImports = {
  paths: [
    { name: 'electron', message: 'shared/ is pure: no Electron (move this to electron/).' },
    { name: 'dexie', message: 'shared/ is pure: no Dexie (move this to renderer/db/).' },
    { name: 'dexie-react-hooks', message: 'shared/ is pure: no Dexie.' },
    { name: 'react', message: 'shared/ is pure: no React (move this to renderer/).' },
    { name: 'react-dom', message: 'shared/ is pure: no React.' },
    { name: 'antd', message: 'shared/ is pure: no UI library.' },
    ...['fs', 'path', 'crypto', 'os', 'child_process', 'buffer', 'stream', 'util', 'url'].map(
      (name) => ({ name, message: 'shared/ is pure: no Node built-ins.' }),
    ),
  ],
  patterns: [
    { group: ['node:*'], message: 'shared/ is pure: no Node built-ins.' },
    {
      group: ['electron/*', 'dexie/*', 'react/*', 'react-dom/*', 'antd/*'],
      message: 'shared/ is pure.',
    },
    {
      group: ['**/renderer/**', '**/electron/**'],
      message: 'shared/ may not import from renderer/ or electron/.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      '.bench-build/**',
      'node_modules/**',
      'test-artifacts/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', sharedForbiddenImports] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'electron', 'electron/*'],
              message: 'The renderer talks to the desktop only through renderer/platform.',
            },
            {
              group: ['**/electron/**'],
              message: 'The renderer may not import electron/ modules.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'electron/**/*.ts',
      'scripts/**/*.{js,mjs}',
      'e2e/**/*.ts',
      '*.config.{js,ts}',
      '**/*.test.{ts,tsx}',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['scripts/**/*.{js,mjs}', 'e2e/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  prettier,
);
