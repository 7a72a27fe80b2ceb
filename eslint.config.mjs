import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'build/', 'node_modules/', 'coverage/', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.name='eval']", message: 'no eval' }],
    },
  },
  {
    // The architecture: the pure core never reaches for Office, React, Node I/O or the adapter.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', '@fluentui/*', 'fs', 'node:*', 'path', 'exceljs', '../excel/*', '../taskpane/*', '../cli/*'] }],
      'no-restricted-globals': ['error', 'Excel', 'Office', 'window', 'document'],
    },
  },
  {
    // Only the adapter (src/excel) touches the Office.js globals; the rest goes through WorkbookApi.
    files: ['src/taskpane/**/*.{ts,tsx}', 'src/commands/**/*.ts', 'src/demo/**/*.{ts,tsx}', 'src/cli/**/*.ts', 'src/data/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', 'Excel', 'Office'] },
  },
);
