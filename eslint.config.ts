import js from '@eslint/js'
import pluginVue from 'eslint-plugin-vue'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'release/', 'test-results/', 'playwright-report/', 'shared/food/data/*.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'vue/multi-word-component-names': 'off',
      // Layout is left to the author (no formatter yet); these rules only restyle markup.
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/no-v-html': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // The domain layer is pure: no DOM, no Node, no Electron, no Vue, no Dexie.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', 'electron', 'vue', 'pinia', 'dexie', 'vue-*', '**/renderer/**', '**/electron/**'] },
      ],
    },
  },
  {
    // The renderer reaches the desktop only through renderer/platform, never electron/ itself.
    files: ['renderer/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['electron', '**/electron/**'] }] },
  },
  {
    // Components and pages reach storage only through repositories and stores.
    files: ['renderer/components/**', 'renderer/pages/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/db/db', 'dexie', 'electron', '**/electron/**'] }] },
  },
)
