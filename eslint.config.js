// ESLint: typescript-eslint recommended + React hooks, and the architecture
// boundary: core/expr/engine stay framework-free (DESIGN.md "The shape").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const frameworkFree = {
  patterns: [
    { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'core/expr/engine are framework-free.' },
    { group: ['@xyflow/*', 'monaco-editor', 'monaco-editor/*', 'monaco-yaml', 'zustand', 'zustand/*', 'zundo', 'idb'], message: 'core/expr/engine are framework-free.' },
    { group: ['node:*'], message: 'core/expr/engine run in the browser too: no node:* modules.' },
    { group: ['**/editor/*', '**/cli/*'], message: 'The UI and CLI import the core, never the reverse.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'dist-cli/**', 'public/workers/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
    },
  },
  {
    files: ['src/core/**', 'src/expr/**', 'src/engine/**'],
    rules: { 'no-restricted-imports': ['error', frameworkFree] },
  },
  {
    files: ['src/editor/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['scripts/**', 'bin/**', 'e2e/**', '*.config.*'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
