import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Lint = correctness rules plus the import rules of docs/ARCHITECTURE.md:
 * domain imports only domain; web never imports server or db; contracts import only
 * contracts and domain.
 */
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', '.scratch/**', 'coverage/**', 'src/db/migrations/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      ...restrict([
        { group: ['**/server/**', '**/db/**', '**/web/**', '**/contracts/**'], message: 'domain is pure: it imports only domain.' },
        { group: ['node:*', 'fs', 'path', 'pg', 'drizzle-orm*', 'fastify*', '@electric-sql/*'], message: 'domain has no I/O.' },
      ]),
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'Pass an Rng (domain/random) instead.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Pass a clock or a date instead.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass a clock or a date instead.' },
      ],
    },
  },
  {
    files: ['src/contracts/**/*.ts'],
    rules: restrict([{ group: ['**/server/**', '**/db/**', '**/web/**'], message: 'contracts import only contracts and domain.' }]),
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict([{ group: ['**/server/**', '**/db/**', 'node:*'], message: 'web imports contracts and domain, never server or db.' }]),
  },
);
