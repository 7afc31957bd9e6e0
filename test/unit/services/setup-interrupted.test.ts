import { rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { ADMIN, makeCore, setUpDesk, type CoreUnderTest } from '../../support/core';
import { SETUP_SCRATCH_FILE } from '../../../electron/db/desk-databases';
import { openDatabase } from '../../../electron/db/open-database';
import { newDatabaseKey } from '../../../electron/vault/vault';
import { deskDatabaseFiles, snapshotFiles } from '../../support/files';

let t: CoreUnderTest;
beforeEach(() => {
  t = makeCore();
});
afterEach(() => t.dispose());

it('reports a finished desk that lost its database, and never offers to set it up again', async () => {
  await setUpDesk(t);
  await t.ok('session.signOut', {});
  rmSync(deskDatabaseFiles(t.dataDir).records);
  const before = snapshotFiles(t.dataDir);
  expect(await t.ok('app.status', {})).toMatchObject({ phase: 'problem', problem: 'database-missing' });
  expect(await t.call('setup.create', { ...ADMIN })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  expect(snapshotFiles(t.dataDir)).toEqual(before);
});

it('leaves only the key file and the database once setup has finished', async () => {
  await setUpDesk(t);
  const { desk, records } = deskDatabaseFiles(t.dataDir);
  const databases = [basename(desk), basename(records)];
  expect(Object.keys(snapshotFiles(t.dataDir)).filter((name) => !databases.some((file) => name.startsWith(file)))).toEqual([
    'keyslots.json',
  ]);
});

it('runs one setup at a time: a second one sent before the first finished is refused', async () => {
  const [first, second] = await Promise.all([
    t.call('setup.create', { ...ADMIN }),
    t.call('setup.create', { ...ADMIN, username: 'morgan' }),
  ]);
  expect(first).toMatchObject({ ok: true });
  expect(second).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  await t.ok('session.signOut', {});
  await t.ok('session.signIn', { username: ADMIN.username, password: ADMIN.password });
  expect(await t.ok('app.status', {})).toMatchObject({ phase: 'ready' });
});

it('sets up again over the scratch database a setup killed while building the schema left behind', async () => {
  // The kill came after the marker and before the key file: the scratch copy is under a key nobody holds.
  writeFileSync(join(t.dataDir, 'setup-in-progress'), '{"startedAt":"2026-03-02T15:00:00.000Z"}\n');
  openDatabase(join(t.dataDir, SETUP_SCRATCH_FILE), newDatabaseKey(), { create: true, layout: 'legacy' }).close();
  expect(await t.ok('app.status', {})).toEqual({ phase: 'setup' });
  await setUpDesk(t);
  await t.ok('session.signOut', {});
  await t.ok('session.signIn', { username: ADMIN.username, password: ADMIN.password });
  expect(Object.keys(snapshotFiles(t.dataDir)).filter((name) => name.startsWith(SETUP_SCRATCH_FILE))).toEqual([]);
});
