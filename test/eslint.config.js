// ESLint for the whole tree (npm run lint): TypeScript and Astro files, recommended rules.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import compat from 'eslint-plugin-compat';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'src/diagrams/cache/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { window: 'readonly', document: 'readonly', console: 'readonly', process: 'readonly' },
    },
    rules: {
      // Unused arguments are named with a leading underscore where a signature needs them.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // What runs in the reader's browser (the page scripts and every module they may import): no API the
  // supported browsers lack (package.json browserslist; README, Browsers) unless it is detected and
  // has a fallback, each listed here with it.
  {
    files: [
      'src/scripts/**/*.ts',
      'src/search/client.ts',
      'src/search/match.ts',
      'src/offline/worker.ts',
      'src/site/**/*.ts',
      'src/plan/**/*.ts',
      'src/paper/**/*.ts',
      'src/branch/**/*.ts',
      'src/review/**/*.ts',
      'src/ledger/**/*.ts',
      'src/kit/**/*.ts',
      'src/words/**/*.ts',
      'src/flows/model.ts',
      'src/flows/vocabulary.ts',
    ],
    plugins: { compat },
    rules: { 'compat/compat': 'error' },
    settings: {
      polyfills: [
        // Registered only where 'serviceWorker' in navigator; without it the pages work online, and
        // no offline panel is shown (src/scripts/offline.ts; test/browser/fallbacks.test.ts).
        'navigator.serviceWorker',
        // navigator.storage?.persist?.(): a request where the browser has it, nothing where not.
        'navigator.storage',
        // The plan and record links are written uncompressed where it is missing (src/site/fragment.ts).
        'CompressionStream',
      ],
    },
  },
);
