import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The one-way arrows of the architecture: engine → diagnostics → lab → worker; protocol is a leaf;
// charts → panels → app. Each folder lists the folders it may NOT import from.
const layers = {
  protocol: ['engine', 'diagnostics', 'data', 'lab', 'worker', 'cli', 'store', 'charts', 'panels', 'app'],
  engine: ['diagnostics', 'data', 'lab', 'protocol', 'worker', 'cli', 'store', 'charts', 'panels', 'app'],
  diagnostics: ['data', 'lab', 'worker', 'cli', 'store', 'charts', 'panels', 'app'],
  data: ['diagnostics', 'lab', 'worker', 'cli', 'store', 'charts', 'panels', 'app'],
  lab: ['worker', 'cli', 'store', 'charts', 'panels', 'app'],
  worker: ['cli', 'store', 'charts', 'panels', 'app'],
  cli: ['worker', 'store', 'charts', 'panels', 'app'],
  charts: ['engine', 'diagnostics', 'data', 'lab', 'worker', 'cli', 'store', 'panels', 'app'],
  store: ['engine', 'diagnostics', 'data', 'worker', 'cli', 'charts', 'panels', 'app'],
  panels: ['engine', 'diagnostics', 'data', 'worker', 'cli', 'app'],
  app: ['engine', 'diagnostics', 'data', 'worker', 'cli'],
};
// The UI may read the named presets (plain data), nothing else of lab/.
const uiMayUseFromLab = ['store', 'panels', 'app'];

const boundaryRules = Object.entries(layers).map(([folder, forbidden]) => ({
  files: [`src/${folder}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `(^|/)(${forbidden.join('|')})/`,
            message: `src/${folder}/ must not import from ${forbidden.join(', ')} (see the architecture in README.md).`,
          },
          ...(uiMayUseFromLab.includes(folder)
            ? [{ regex: '(^|/)lab/(?!presets(\\.ts)?$)', message: `src/${folder}/ may only import lab/presets.` }]
            : []),
          ...(['engine', 'diagnostics', 'data', 'lab', 'worker', 'protocol'].includes(folder)
            ? [
                {
                  regex: '^(react|react-dom|zustand)(/|$)',
                  message: `src/${folder}/ must not depend on React or the store.`,
                },
              ]
            : []),
          ...(folder === 'charts'
            ? [{ regex: '^zustand(/|$)', message: 'src/charts/ must not depend on the store.' }]
            : []),
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'public/', 'coverage/', 'assembly/', 'src/engine/generated/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })],
      // cycles are ours to find: never parse dependencies (binaryen's 14 MB bundle overflows the parser's stack)
      'import-x/ignore': ['node_modules'],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-globals': ['error', { name: 'Math.random', message: 'Pass a seeded Rng.' }],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Pass a seeded Rng (src/engine/rng.ts).' },
      ],
    },
  },
  ...boundaryRules,
);
