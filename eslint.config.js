import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'demo-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        window: 'readonly',
        document: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': 'allow-with-description' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Render text as text: never assign HTML.',
        },
      ],
    },
  },
  {
    // The extractor's vocabulary lives in one place: logic files read word lists from there,
    // so two lists of the same words cannot drift apart unseen.
    files: ['lib/extract/**/*.ts'],
    ignores: ['lib/extract/vocabulary/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Render text as text: never assign HTML.',
        },
        {
          selector: 'NewExpression[callee.name=/^(Set|Map)$/] > ArrayExpression > Literal',
          message: 'Word lists belong in lib/extract/vocabulary/.',
        },
        {
          selector:
            "NewExpression[callee.name='Map'] > ArrayExpression > ArrayExpression > Literal",
          message: 'Word lists belong in lib/extract/vocabulary/.',
        },
      ],
    },
  },
);
