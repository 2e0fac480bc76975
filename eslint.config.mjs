// Lint: typescript-eslint's type-checked recommended rules over every package's TypeScript sources.
// Runs on the sources alone (no build needed): the project service follows the tsconfig project references.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    // Build output, local data, and the example partner client's codegen output (kept as codegen writes it).
    ignores: ['**/dist/**', '**/node_modules/**', 'coverage/**', '.data/**', 'examples/partner-client/src/gql/**', 'console/src/gql/**'],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Off: Apollo plugin hooks, data-source and reference resolvers, MikroORM migrations (`async up()`, as the
      // migration generator writes them) and test doubles implement interfaces that return a Promise; `async` is how
      // they say so. The mistake this rule is after, a forgotten await, is caught by no-floating-promises and
      // no-misused-promises, which stay on.
      '@typescript-eslint/require-await': 'off',
      // An underscore marks a parameter that a signature demands but the body does not need (e.g. Express's
      // four-argument error handler, recognised by its arity). A property named in a destructuring beside `...rest` is
      // how an object is copied without it (`const { stacktrace, ...kept } = extensions`): it is used, by leaving it out.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // Tests read GraphQL and HTTP answers as parsed JSON and check their shape with expect(); typing each answer would
    // restate the schema in every test without adding a check. Production code gets the full rule set.
    // (`*.test.ts` includes the `*.unit.test.ts` files; `testing/` is the @hub/testing package and tools' e2e helpers.)
    files: ['**/*.test.ts', '**/testing/**/*.ts', '**/*-test-support.ts', 'tools/src/e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Migrations are written by MikroORM's generator, which escapes every `$` in the SQL it embeds in a template literal
    // (`\$`, harmless but "useless"). They are kept as generated, so a new migration needs no hand edit to pass lint.
    files: ['**/migrations/**/*.ts'],
    rules: { 'no-useless-escape': 'off' },
  },
  {
    // The config files themselves are plain JavaScript outside any tsconfig.
    files: ['**/*.mjs', '**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
