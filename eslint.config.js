// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'out/**', '.test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      // The DOM's types promise more than hostile or odd documents keep (a document without <body>, an
      // element removed mid-walk): extraction code guards against nulls the types say cannot happen.
      '@typescript-eslint/no-unnecessary-condition': 'off',
      // Page content is hostile: it is only ever rendered as text (README, "Security").
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render page data as text; never assign HTML.' },
        { property: 'outerHTML', message: 'Render page data as text; never assign HTML.' },
        { property: 'insertAdjacentHTML', message: 'Render page data as text; never assign HTML.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render HTML from pages.' },
        {
          selector:
            "NewExpression[callee.name='Date'][arguments.length=1][arguments.0.type=/^(Literal|TemplateLiteral)$/]",
          message: 'Never parse date strings with new Date(); see utils/time.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='parse']",
          message: 'Never parse date strings with Date.parse(); see utils/time.',
        },
      ],
    },
  },
  {
    // Issue 21: functions stay short enough to read at once (data tables are values, not functions).
    files: ['utils/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    rules: {
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['tests/**'],
    rules: {
      'no-restricted-properties': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
