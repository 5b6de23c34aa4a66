import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', 'electron', '**/main/core/**', '**/main/desktop/**', '**/main/browser/**'] },
      ],
    },
  },
  {
    // Every connection goes through openSqlite, so the desktop app's Electron build of SQLite reaches them all.
    files: ['main/**/*.ts'],
    ignores: ['main/core/db/sqliteDatabase.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'better-sqlite3',
              message: 'Open databases with openSqlite from main/core/db/sqliteDatabase.ts.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    // The core is plain Node: it must run in unit tests and in the browser shell.
    files: ['main/core/**/*.ts', 'main/contract/**/*.ts', 'main/browser/**/*.ts', 'main/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['electron'], patterns: ['**/desktop/**', '**/preload/**'] },
      ],
    },
  },
);
