import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The layering of docs/architecture.md ("Processes and layers"), enforced (as VS Code and Signal Desktop do):
 * shared/ imports nothing environment-specific, renderer/ never reaches into electron/, and
 * only the few named files may import 'electron'.
 */
const NODE_BUILTINS = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

/** The only files that may import 'electron': start-up, windows, preload, protocol, IPC wiring. */
const ELECTRON_IMPORTERS = [
  'electron/main.ts',
  'electron/preload.ts',
  'electron/window.ts',
  'electron/app-protocol.ts',
  'electron/hardening.ts',
  'electron/ipc/electron-ipc.ts',
  'electron/print/electron-printer.ts',
  'electron/meeting/audience-window.ts',
  'electron/directory/electron-folder-chooser.ts',
];

const noNode = { paths: NODE_BUILTINS.map((name) => ({ name, message: 'Node modules belong in electron/ (the main process).' })) };
const noElectronPackage = { name: 'electron', message: "Only the files in ELECTRON_IMPORTERS may import 'electron'." };
const noDatabase = { group: ['better-sqlite3*'], message: 'The database lives in the main process.' };

/** What every renderer file may not import: Node, 'electron', the database, the main process's code. */
const rendererImports = {
  paths: [...noNode.paths, noElectronPackage],
  patterns: [noDatabase, { group: ['**/electron/**'], message: 'The renderer reaches the main process only through window.lead.' }],
};

/**
 * Inside the renderer, as VS Code's code-import-patterns do: a feature (renderer/src/features/<name>/)
 * uses another only through its index.ts, the few things it offers; what features share (widgets,
 * hooks, stores) lives below them in renderer/src/ui/ and renderer/src/state/, which import no
 * feature and not the app shell.
 */
const noFeatureInternals = {
  regex: String.raw`^\.\./[^./][^/]*/|(^|/)features/[^/]+/`,
  message:
    "Import another feature only through its index ('../<feature>'); what features share belongs in renderer/src/ui/ or renderer/src/state/.",
};
const noFeaturesBelow = {
  regex: String.raw`(^|/)(features|app)(/|$)`,
  message: 'renderer/src/ui/ and renderer/src/state/ sit below the features and the app shell: they import neither.',
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'reports/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    // Small Node scripts run by npm and CI: they print their result.
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
    rules: { 'no-console': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...noNode.paths, noElectronPackage, { name: 'react', message: 'shared/ is pure TypeScript.' }],
          patterns: [
            noDatabase,
            { group: ['**/electron/**', '**/renderer/**', 'react-*'], message: 'shared/ imports only shared/ and pure libraries.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'process', 'Buffer'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', rendererImports],
      // Nothing may persist outside the encrypted database.
      'no-restricted-globals': ['error', 'localStorage', 'sessionStorage', 'indexedDB', 'caches'],
    },
  },
  {
    files: ['renderer/src/features/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { ...rendererImports, patterns: [...rendererImports.patterns, noFeatureInternals] }] },
  },
  {
    files: ['renderer/src/ui/**/*.{ts,tsx}', 'renderer/src/state/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { ...rendererImports, patterns: [...rendererImports.patterns, noFeaturesBelow] }] },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ELECTRON_IMPORTERS,
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [noElectronPackage], patterns: [{ group: ['**/renderer/**'], message: 'The main process never imports the renderer.' }] },
      ],
    },
  },
  {
    files: ELECTRON_IMPORTERS,
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**'], message: 'The main process never imports the renderer.' }] },
      ],
    },
  },
);
