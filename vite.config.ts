import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type EnvironmentOptions } from 'vite';

const here = (path: string) => resolve(__dirname, path);
const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

/** Main and preload are Node-side bundles in CommonJS, as Electron loads them. */
function nodeSide(entry: string, outDir: string, external: (string | RegExp)[]): EnvironmentOptions {
  return {
    consumer: 'server',
    resolve: { noExternal: true },
    build: {
      outDir: here(outDir),
      emptyOutDir: true,
      ssr: true,
      target: 'node20',
      rollupOptions: {
        input: { [entry.replace(/^.*\/|\.ts$/g, '')]: here(entry) },
        external,
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  };
}

/**
 * One build for the three parts of the app, the way electron-vite does it, with Vite's own
 * environments: `vite build --app` writes out/main, out/preload and out/renderer.
 */
export default defineConfig({
  root: here('renderer'),
  // Absolute asset URLs: print routes such as /print/consent-form/7 load the same bundle.
  base: '/',
  plugins: [react()],
  environments: {
    client: {
      build: { outDir: here('out/renderer'), emptyOutDir: true },
    },
    // The native database module and zod stay in node_modules, where electron-builder packs them.
    main: nodeSide('electron/main.ts', 'out/main', ['electron', 'better-sqlite3-multiple-ciphers', ...nodeBuiltins]),
    // A sandboxed preload can require only 'electron': everything else is bundled in.
    preload: nodeSide('electron/preload.ts', 'out/preload', ['electron']),
  },
  builder: {},
});
