import tseslint from 'typescript-eslint';

const browserGlobals = [
  'window',
  'document',
  'location',
  'navigator',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'chrome',
  'browser',
  'fetch',
  'XMLHttpRequest',
].map((name) => ({
  name,
  message: 'lib/ is framework-free: take the DOM or the platform as a parameter (only lib/store touches IndexedDB).',
}));

const unsafeHtml = [
  {
    selector: "AssignmentExpression[left.property.name='innerHTML']",
    message: 'Never set innerHTML: build nodes or use Preact.',
  },
  { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'Never set outerHTML.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Never insert HTML strings.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never use dangerouslySetInnerHTML.' },
];

export default tseslint.config(
  { ignores: ['node_modules', '.output', '.wxt', 'dist', 'bench/out', 'test/e2e/out', 'scratch'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': ['error', ...unsafeHtml],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['lib/**/*.ts'],
    ignores: ['lib/store/**', 'lib/cli/**', '**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', ...browserGlobals],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['preact', 'preact/*', '@preact/*', 'wxt', 'wxt/*', '#imports', 'idb'],
              message: 'lib/ stays framework-free.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/rules/**/*.ts', 'lib/engine/**/*.ts', 'lib/calendar/**/*.ts', 'lib/case/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/adapters', '**/adapters/*', '**/store', '**/store/*'],
              message: 'Rules never see the DOM or storage.',
            },
            {
              group: ['preact', 'preact/*', '@preact/*', 'wxt', 'wxt/*', '#imports', 'idb'],
              message: 'lib/ stays framework-free.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/adapters/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/rules', '**/rules/*', '**/engine', '**/engine/*'],
              message: 'Adapters read pages; they never import rules.',
            },
            {
              group: ['preact', 'preact/*', '@preact/*', 'wxt', 'wxt/*', '#imports', 'idb'],
              message: 'lib/ stays framework-free.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: 'components/ are shared with the widget: no extension APIs.' },
        { name: 'browser', message: 'components/ are shared with the widget: no extension APIs.' },
      ],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['wxt', 'wxt/*', '#imports'], message: 'components/ are shared with the widget.' }] },
      ],
    },
  },
);
