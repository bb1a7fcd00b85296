// `npm run lint` (with `prettier --check`): the rules of the Lit codebases we follow —
// typescript-eslint, Lit's template rules, accessibility in templates (lit-a11y) and custom
// element conventions (wc). Formatting is Prettier's alone (eslint-config-prettier).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'node_modules/',
      'src/localization/generated/',
      'custom-elements.json',
      'tmp/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  wc.configs['flat/best-practice'],
  {
    languageOptions: {globals: {...globals.browser}},
    rules: {
      // One equality style: strict everywhere (`== null` is the one idiom allowed).
      eqeqeq: ['error', 'always', {null: 'ignore'}],
      // An unused argument is often the signature of a callback.
      '@typescript-eslint/no-unused-vars': ['error', {args: 'none', caughtErrors: 'none'}],
      'no-unused-expressions': 'off',
      '@typescript-eslint/no-unused-expressions': ['error', {allowShortCircuit: true, allowTernary: true}],
    },
  },
  {
    // Node scripts, configs and the test server.
    files: [
      'scripts/**',
      'bench/**/*.mjs',
      '*.config.{js,mjs}',
      'test/server/**',
      'test/react/*.mjs',
      'test/**/*.mjs',
      'bin/**',
    ],
    languageOptions: {globals: {...globals.node}},
  },
  {
    // The WordPress editor's scripts, and the harness's code run in the editor's page.
    files: ['wordpress/**/*.js', 'test/wordpress/**'],
    languageOptions: {globals: {wp: 'readonly'}},
  },
  {
    files: ['test/**', 'stories/**'],
    languageOptions: {globals: {...globals.mocha}},
    rules: {
      // Tests reach into internals and build hostile inputs on purpose.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Chai's `expect(x).to.be.true` is an expression.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Hostile markup and query strings in attributes, on purpose.
      'lit/attribute-value-entities': 'off',
    },
  },
  prettier
);
