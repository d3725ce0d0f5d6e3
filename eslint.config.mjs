// ESLint flat config: typescript-eslint (strict, type-checked) + the project's restrictions.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import fs from 'node:fs';

// cli/ uses only the library API: src/index.ts, or a module src/index.ts re-exports (imported
// directly, so that a run loads only what it uses: docs/performance.md, start-up)
const apiModules = [...fs.readFileSync(new URL('./src/index.ts', import.meta.url), 'utf8').matchAll(/from '\.\/([^']+)'/g)]
  .map((m) => m[1].replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .concat('index\\.js');
const apiOnly = (up) => ['error', { patterns: [{ regex: `^${up}(?!(?:${apiModules.join('|')})$)`, message: 'cli/ imports only the library API (src/index.ts or a module it re-exports) and its own modules.' }] }];

const clockAndRandom = [
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'No clock outside input/ and cli/: pass dates in.' },
  { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'No clock outside input/ and cli/.' },
  { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'No randomness: output must be deterministic.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'scratch/**', 'bench/corpus/**', 'bin/**', '**/*.mjs', '**/*.cjs', 'fixtures/**', 'test/**', 'bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      'no-console': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
      'no-restricted-syntax': ['error', ...clockAndRandom],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    files: ['src/input/**/*.ts', 'src/cli/**/*.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['src/cli/output.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['src/cli/*.ts'],
    rules: {
      'no-restricted-imports': apiOnly('\\.\\./'),
    },
  },
  {
    files: ['src/cli/commands/*.ts'],
    rules: {
      'no-restricted-imports': apiOnly('\\.\\./\\.\\./'),
    },
  },
  {
    files: ['src/clean/**/*.ts', 'src/tokenize/**/*.ts', 'src/entities/**/*.ts', 'src/aliases/**/*.ts', 'src/relations/**/*.ts', 'src/dates/**/*.ts', 'src/graph/build.ts', 'src/format/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'node:fs', message: 'Stages are pure: only input/, engine/ and cli/ read files.' }, { name: 'fs', message: 'Stages are pure.' }] }],
    },
  },
  prettier,
);
