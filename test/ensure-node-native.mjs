/**
 * The tests run in plain Node, but `npm start` and `npm run dist` rebuild the database module
 * for Electron, whose ABI Node cannot load. Run before the tests: silent when the module loads,
 * otherwise rebuilds it for this Node once and says so.
 */
import { spawnSync } from 'node:child_process';
import console from 'node:console';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const MODULE = 'better-sqlite3-multiple-ciphers';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Opening a database is what loads the native binding; requiring the package alone does not. */
function loadError() {
  const probe = spawnSync(
    process.execPath,
    ['-e', `const Database = require(${JSON.stringify(MODULE)}); new Database(':memory:').close();`],
    { cwd: root, encoding: 'utf8' },
  );
  return probe.status === 0 ? null : probe.stderr;
}

const firstError = loadError();
if (firstError === null) process.exit(0);

if (!firstError.includes('NODE_MODULE_VERSION')) {
  console.error(`${MODULE} does not load in Node, and not because of an Electron build:\n${firstError}`);
  process.exit(1);
}

process.stdout.write(`${MODULE} was built for Electron; rebuilding it for Node ${process.version} to run the tests.\n`);
// Debian's nodejs ships its headers here, so node-gyp needs no download.
const env = existsSync('/usr/include/node/node_version.h') ? { ...process.env, npm_config_nodedir: '/usr' } : process.env;
const rebuild = spawnSync('npm', ['rebuild', MODULE], { cwd: root, env, encoding: 'utf8', shell: process.platform === 'win32' });
const secondError = rebuild.status === 0 ? loadError() : rebuild.stderr.trim().split('\n').slice(-15).join('\n');
if (secondError !== null) {
  console.error(`Could not rebuild ${MODULE} for Node. Run \`npm rebuild ${MODULE}\` and read its output:\n${secondError}`);
  process.exit(1);
}
