// `npm run test:electron`: the smoke test of the built app in the real Electron shell
// (test/electron/smoke.spec.ts), for machines where the Electron binary can be installed. It is
// not part of `npm test`: a machine installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1 has no binary,
// and this says so and fails rather than pass without having run anything.
import { spawnSync } from 'node:child_process';
import console from 'node:console';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const windows = process.platform === 'win32';

/** The Electron binary `npm install` put in node_modules, or why there is none. */
function electronBinary() {
  try {
    const path = createRequire(join(root, 'package.json'))('electron');
    return existsSync(path) ? { path } : { problem: `node_modules/electron points at ${path}, which does not exist` };
  } catch (error) {
    return { problem: (error instanceof Error ? error.message : String(error)).replace(/\.$/, '') };
  }
}

const binary = electronBinary();
if (!binary.path) {
  console.error(
    [
      'npm run test:electron did not run: no Electron binary is installed on this machine.',
      `(${binary.problem}.)`,
      'The electron package was installed without its binary, as ELECTRON_SKIP_BINARY_DOWNLOAD=1 does where it',
      'cannot be downloaded. `npm test` needs no binary and tests everything else. To run this smoke test, on a',
      'machine that can download Electron: `npm install` (without ELECTRON_SKIP_BINARY_DOWNLOAD), then',
      '`npm run test:electron`. On Linux without a display, run it under `xvfb-run -a`.',
    ].join('\n'),
  );
  process.exit(1);
}

function run(command, args) {
  console.log(`> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: windows });
  return result.status ?? 1;
}

// The database module is built for one runtime at a time: Electron's here, Node's for npm test
// (test/ensure-node-native.mjs puts that one back, now and before any test run).
let status = run('npx', ['electron-builder', 'install-app-deps']);
if (status === 0) status = run('npm', ['run', 'build']);
if (status === 0) status = run('npx', ['playwright', 'test', '--config', 'test/electron/playwright.config.ts', ...process.argv.slice(2)]);
const restored = run('node', ['test/ensure-node-native.mjs']);
process.exit(status || restored);
