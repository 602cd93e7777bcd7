// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      'packages/db/migrations/**',
      '.storecraft/**',
      'storecraft-out/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/ban-ts-comment': 'error',
      // Config is parsed once by @storecraft/config; everything else receives it.
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read configuration through loadConfig() from @storecraft/config.',
        },
      ],
      // Packages are consumed through their `exports` maps, never by reaching into src/.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@storecraft/*/src/*', '../../*/src/*', '../../../packages/*'],
              message: 'Import the package by name.',
            },
          ],
        },
      ],
    },
  },
  {
    // The config loader is the one reader of process.env; the CLI entry passes it in.
    files: [
      'packages/config/src/**',
      'apps/cli/src/main.ts',
      'apps/cli/bin/**',
      'packages/*/src/testing/**',
      'scripts/**',
      '*.config.ts',
      'packages/*/drizzle.config.ts',
    ],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    // The pure engines never touch the database, the network or the clock.
    files: ['packages/generator/src/**', 'packages/exporters/src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            '@storecraft/db',
            '@storecraft/config',
            'node:fs',
            'node:net',
            'node:http',
            'pg',
          ].map((name) => ({
            name,
            message: 'generator and exporters are pure: pass data in, get data (or a stream) out.',
          })),
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'No clock in pure packages.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'Use the seeded PRNG.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'No clock in pure packages.',
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', '**/testing/**', 'packages/*/bench/**'],
    rules: { 'no-restricted-imports': 'off', 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
