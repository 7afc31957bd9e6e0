import { deskDatabaseFiles } from '../support/files';
import { rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { filesContaining, listFiles } from '../support/data-dir';
import { snapshotFiles } from '../support/files';
import { test, expect } from './harness';
import { ADMIN, addStaff, heading, setUpDesk, signIn } from './helpers/desk';

test('a damaged key file shows a plain message and changes nothing on disk', async ({ app }) => {
  const { page } = app;
  await setUpDesk(app);
  app.closeCore();
  writeFileSync(join(app.dataDir, 'keyslots.json'), '{"format": "lead-desk-keyslots", garbage');
  const before = snapshotFiles(app.dataDir);

  await app.open();
  await expect(heading(page, 'LEAD Desk cannot open its data')).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('The key file (keyslots.json) is damaged');
  await expect(page.getByRole('alert')).toContainText('Nothing has been changed.');
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('button')).toHaveCount(0);
  await app.screenshot('problem damaged key file');

  await app.open();
  await expect(heading(page, 'LEAD Desk cannot open its data')).toBeVisible();
  expect(snapshotFiles(app.dataDir)).toEqual(before);
});

test('a missing database shows a plain message and changes nothing on disk', async ({ app }) => {
  const { page } = app;
  await setUpDesk(app);
  app.closeCore();
  const { records } = deskDatabaseFiles(app.dataDir);
  for (const file of [records, `${records}-wal`, `${records}-shm`]) rmSync(file, { force: true });
  const before = snapshotFiles(app.dataDir);

  await app.open();
  await expect(heading(page, 'LEAD Desk cannot open its data')).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(`The database file (${basename(records)}) is missing`);
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('button')).toHaveCount(0);
  await app.screenshot('problem missing database');
  expect(snapshotFiles(app.dataDir)).toEqual(before);
});

test('nothing typed into the app reaches the disk in plain text', async ({ app }) => {
  const { page } = app;
  const MARKER = 'ZQXPLAINTEXT7731';
  const program = `Program ${MARKER}`;
  const admin = { ...ADMIN, name: `Avery ${MARKER}` };
  const staffName = `Sam ${MARKER}`;

  await setUpDesk(app, program, admin);
  await addStaff(page, { name: staffName, username: 'sam.placeholder', role: 'Case manager', temporaryPassword: 'temporary pass 1' });
  await expect(page.getByRole('banner')).toContainText(program);
  await expect(page.getByRole('banner')).toContainText(admin.name);
  await expect(page.getByRole('row', { name: new RegExp(staffName) })).toBeVisible();
  expect(listFiles(app.dataDir).length).toBeGreaterThan(0);
  expect(filesContaining(app.dataDir, MARKER)).toEqual([]);

  // Sign out and back in, so the database is closed and reopened with the marker in it.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, admin.username, admin.password);
  await expect(heading(page, `Welcome, ${admin.name}`)).toBeVisible();
  expect(filesContaining(app.dataDir, MARKER)).toEqual([]);

  app.closeCore();
  expect(filesContaining(app.dataDir, MARKER)).toEqual([]);
});
