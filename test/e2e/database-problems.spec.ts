import { readFileSync, writeFileSync } from 'node:fs';
import { withDatabase } from '../support/core';
import { deskDatabaseFiles, snapshotFiles } from '../support/files';
import { test, expect } from './harness';
import { ADMIN, heading, setUpDesk, signIn } from './helpers/desk';

test('a database written by a newer LEAD Desk is refused at sign-in with a clear message, changing nothing', async ({ app }) => {
  const { page } = app;
  const { recoveryKey } = await setUpDesk(app);
  app.closeCore();
  withDatabase(app, recoveryKey, (db) => db.pragma('user_version = 99'));
  const before = snapshotFiles(app.dataDir);

  await app.open();
  await signIn(page, ADMIN.username, ADMIN.password);
  await expect(page.getByRole('alert')).toContainText('written by a newer version of LEAD Desk');
  await expect(heading(page, 'Sign in')).toBeVisible();
  await app.screenshot('newer database refused');
  expect(snapshotFiles(app.dataDir)).toEqual(before);
});

test('a damaged database is refused at sign-in with a clear message, changing nothing', async ({ app }) => {
  const { page } = app;
  await setUpDesk(app);
  app.closeCore();
  const file = deskDatabaseFiles(app.dataDir).desk;
  const bytes = readFileSync(file);
  bytes.fill(0x42, 0, 64);
  writeFileSync(file, bytes);
  const before = snapshotFiles(app.dataDir);

  await app.open();
  await signIn(page, ADMIN.username, ADMIN.password);
  await expect(page.getByRole('alert')).toContainText('could not be decrypted');
  await app.screenshot('damaged database refused');
  expect(snapshotFiles(app.dataDir)).toEqual(before);
});
