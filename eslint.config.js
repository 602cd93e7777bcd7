// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Which workspace packages each package may import: dependencies point one way (see
 * ARCHITECTURE.md). A package missing here may import only itself.
 */
const layers = {
  core: [],
  taxonomy: [],
  config: ['core'],
  generator: ['core', 'taxonomy'],
  exporters: ['core'],
  db: ['core'],
  storage: ['core', 'config'],
  images: ['core', 'generator'],
  jobs: ['core', 'db'],
  services: [
    'core',
    'config',
    'taxonomy',
    'generator',
    'exporters',
    'db',
    'storage',
    'images',
    'jobs',
  ],
  auth: ['core', 'config', 'db'],
  // Routers call services (and auth); `withWorkspace` and types come from db, queries never do.
  api: ['core', 'config', 'db', 'auth', 'services', 'storage', 'jobs'],
  // AI providers: copy and pictures from the engine's facts, gated by its checker; never the database.
  ai: ['core', 'config', 'generator', 'storage'],
};
/** Test helpers and tests may also use these (migrated test databases read the config). */
const testLayers = { db: ['config'] };
const packages = Object.keys(layers);
/** Apps sit on top: no package imports them. */
const apps = ['cli', 'web'];

/** Packages are consumed through their `exports` maps, never by reaching into src/. */
const deepImports = {
  group: ['@storecraft/*/src/*', '../../*/src/*', '../../../packages/*'],
  message: 'Import the package by name.',
};

/** `generator` and `exporters` never touch the database, the config, the file system or the network. */
const pureModules = [
  '@storecraft/db',
  '@storecraft/config',
  'node:fs',
  'node:net',
  'node:http',
  'pg',
];

const testFiles = (dir) => [
  `${dir}/**/*.test.ts`,
  `${dir}/test/**`,
  `${dir}/src/testing/**`,
  `${dir}/bench/**`,
];

function restrictImports(name, allowed, { pure }) {
  const forbidden = [...packages, ...apps].filter((p) => p !== name && !allowed.includes(p));
  const patterns = [deepImports];
  if (forbidden.length > 0) {
    patterns.push({
      group: forbidden.flatMap((p) => [`@storecraft/${p}`, `@storecraft/${p}/*`]),
      message: `${name} may import only ${allowed.length ? allowed.join(', ') : 'no other workspace package'}: dependencies point one way (ARCHITECTURE.md).`,
    });
  }
  const paths = pure
    ? pureModules.map((module) => ({
        name: module,
        message: 'generator and exporters are pure: pass data in, get data (or a stream) out.',
      }))
    : [];
  return ['error', { patterns, paths }];
}

/** One block per package for its sources, one for its tests and helpers, and the apps. */
function layerRules() {
  const blocks = [];
  for (const [name, allowed] of Object.entries(layers)) {
    const dir = `packages/${name}`;
    blocks.push({
      files: [`${dir}/**/*.ts`],
      ignores: testFiles(dir),
      rules: {
        'no-restricted-imports': restrictImports(name, allowed, {
          pure: name === 'generator' || name === 'exporters',
        }),
      },
    });
    blocks.push({
      files: testFiles(dir),
      rules: {
        'no-restricted-imports': restrictImports(name, [...allowed, ...(testLayers[name] ?? [])], {
          pure: false,
        }),
      },
    });
  }
  // Apps compose every package; they never import each other.
  blocks.push({
    files: ['apps/*/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            deepImports,
            {
              group: [
                '@storecraft/cli',
                '@storecraft/web',
                '@storecraft/cli/*',
                '@storecraft/web/*',
              ],
              message: 'Apps do not import each other; share code through a package.',
            },
          ],
        },
      ],
    },
  });
  return blocks;
}

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      'packages/db/migrations/**',
      '.storecraft/**',
      'storecraft-out/**',
      '**/.next/**',
      '**/.next-*/**',
      'apps/web/next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // Plain-JavaScript config files that tools load themselves are linted without a tsconfig.
        projectService: { allowDefaultProject: ['apps/web/postcss.config.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
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
      'no-restricted-imports': ['error', { patterns: [deepImports] }],
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
    rules: { 'no-restricted-syntax': 'off' },
  },
  ...layerRules(),
  {
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
