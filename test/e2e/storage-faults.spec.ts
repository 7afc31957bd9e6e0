import { deskDatabaseFiles } from '../support/files';
import { appendAudit } from '../../electron/db/tables/audit-log';
import { withDatabase } from '../support/core';
import { damagePage, moveOntoSmallDrive, pageCount } from '../support/faults';
import { test, expect } from './harness';
import { ADMIN, goTo, heading, setUpDesk, signIn } from './helpers/desk';

test('a full disk is named in the form, which keeps what was typed; it saves once there is room', async ({ app }) => {
  const { page } = app;
  await setUpDesk(app);
  app.closeCore();
  const drive = moveOntoSmallDrive(app.dataDir, 32);
  try {
    await app.open();
    await signIn(page, ADMIN.username, ADMIN.password);
    await goTo(page, 'Staff');
    await page.getByRole('button', { name: 'Add staff member' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a staff member' });
    await dialog.getByLabel('Name', { exact: true }).fill('Sam Placeholder');
    await dialog.getByLabel('Username').fill('sam.placeholder');
    await dialog.getByLabel('Role').selectOption({ label: 'Case manager' });
    await dialog.getByLabel('Temporary password').fill('temporary pass 1');
    drive.fill();
    await dialog.getByRole('button', { name: 'Add staff member' }).click();
    await expect(dialog.getByRole('alert')).toContainText(
      'The disk is full: this was not saved. Free some space on the drive, then try again; what you typed is still here.',
    );
    await expect(dialog.getByLabel('Name', { exact: true })).toHaveValue('Sam Placeholder');
    await app.screenshot('disk full');

    drive.free();
    await dialog.getByRole('button', { name: 'Add staff member' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('row', { name: /Sam Placeholder/ })).toBeVisible();
  } finally {
    // Room first: closing the desk writes its sign-out, and a failed close must not hide the failure above.
    drive.free();
    app.closeCore();
    drive.unmount();
  }
});

test('a database with a damaged page shows the problem screen once the check after sign-in finds it, and at every start after', async ({
  app,
}) => {
  const { page } = app;
  const { recoveryKey } = await setUpDesk(app);
  app.closeCore();
  // Enough history that the middle of the file holds records rather than the schema.
  withDatabase(app, recoveryKey, (db) =>
    db.transaction(() => {
      for (let i = 0; i < 3000; i += 1) {
        appendAudit(db, {
          at: '2026-03-02T15:00:00.000Z',
          actorId: null,
          action: 'synthetic.entry',
          detail: { note: `invented note ${i} `.repeat(8) },
        });
      }
    })(),
  );
  const file = deskDatabaseFiles(app.dataDir).desk;
  damagePage(file, Math.floor(pageCount(file) / 2));

  await app.open();
  // Sign-in does not wait for every page; the check behind it replaces whatever screen is showing.
  await signIn(page, ADMIN.username, ADMIN.password);
  await expect(heading(page, 'LEAD Desk cannot open its data')).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('The database is damaged: part of it can no longer be read.');
  await app.screenshot('damaged database');

  await app.open();
  await expect(heading(page, 'LEAD Desk cannot open its data')).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('is damaged');
  await expect(page.getByLabel('Password')).toHaveCount(0);
});
