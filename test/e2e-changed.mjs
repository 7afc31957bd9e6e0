// Runs the end-to-end specs a change adds or edits, five times each with both workers busy, as
// every new or changed spec must pass before it lands: a spec that fails one run in five fails a
// fresh clone's CI sooner or later. `npm run test:e2e:changed` looks at uncommitted work;
// `npm run test:e2e:changed -- REV` also at every commit since REV.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import process from 'node:process';

const base = process.argv[2] ?? 'HEAD';
const git = (...args) => spawnSync('git', args, { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
const specs = [
  ...new Set([
    ...git('diff', '--name-only', base, '--', 'test/e2e'),
    ...git('ls-files', '--others', '--exclude-standard', '--', 'test/e2e'),
  ]),
].filter((file) => file.endsWith('.spec.ts') && existsSync(file));

if (specs.length === 0) {
  console.log(`No end-to-end spec changed since ${base}.`);
  process.exit(0);
}
console.log(`Five runs each, two workers: ${specs.join(' ')}`);
const run = spawnSync('npx', ['playwright', 'test', '--repeat-each=5', '--workers=2', ...specs], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
process.exit(run.status ?? 1);
