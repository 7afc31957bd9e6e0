import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { loadSyntheticDirectory } from '../../electron/synthetic/synthetic-directory';
import { test, expect, type TestApp } from './harness';
import { expectNoAxeViolations, sidewaysScroll } from './helpers/axe';
import { heading } from './helpers/desk';
import { STAFF, arrangeTeam, localDay, ok, signInCore } from './helpers/participant-arrange';
import { longDay } from './helpers/record-arrange';

/** The synthetic directory (electron/synthetic/synthetic-directory.ts), saved by the signed-in case manager. */
async function arrangeDirectory(app: TestApp): Promise<void> {
  await arrangeTeam(app);
  await loadSyntheticDirectory((entry) => ok(app, 'directory.save', entry), localDay(app.clock.now()));
}

async function openDirectory(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Directory' }).click();
  await expect(heading(page, 'Provider directory')).toBeVisible();
}

const results = (page: Page) => page.getByRole('list', { name: 'Providers' });
const calls = (app: TestApp, channel: string) => app.ipcCalls.filter((call) => call.channel === channel).length;
const serviceCount = async (app: TestApp) =>
  (await ok(app, 'directory.search', { text: '', need: null, attributes: [], capacity: null })).total;

test('a case manager adds a provider; markup is refused and saves nothing', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await arrangeDirectory(app);
  await app.open();
  await openDirectory(page);
  await expect(page.getByRole('status').filter({ hasText: '12 providers match.' })).toBeVisible();
  await expectNoAxeViolations(page, 'directory');

  await page.getByRole('button', { name: 'Add a provider' }).click();
  await expect(heading(page, 'Add a provider')).toBeVisible();
  await page.getByLabel('Organization name').fill('Sample Night Outreach (fictional)');
  await page.getByLabel('Service name').fill('<b>Night Van</b>');
  await page.getByLabel('Description').fill('Blankets, water and a ride to a shelter bed.');
  const offers = page.getByRole('group', { name: 'Offers' });
  await offers.getByLabel('Walk-in').check();
  await offers.getByLabel('No ID needed').check();
  await page.getByRole('group', { name: 'Needs it meets' }).getByLabel('Housing').check();
  await page.getByLabel('Capacity', { exact: true }).selectOption({ label: 'Has capacity' });
  await page.getByLabel('Street address').fill('77 Example Night Ln.');
  await page.getByLabel('ZIP code').fill('21201');
  await page.getByLabel('Cross streets').fill('Example Night Ln. & Sample St.');
  await page.getByLabel('Phone 1', { exact: true }).fill('410-555-0177');
  await page.getByRole('group', { name: 'Window 1: days' }).getByLabel('Mon').check();
  await page.getByRole('group', { name: 'Window 1: days' }).getByLabel('Tue').check();
  await page.getByLabel('Window 1: opens').fill('20:00');
  await page.getByLabel('Window 1: closes').fill('23:30');
  await page.getByRole('button', { name: 'Save provider' }).click();
  // Markup is refused, with the field named, and nothing is saved.
  const summary = page.getByRole('alert').filter({ hasText: 'The provider was not saved' });
  await expect(summary).toContainText('Service name cannot contain < or > or control characters.');
  expect(await serviceCount(app)).toBe(12);
  await app.screenshot('form refused');
  await page.getByLabel('Service name').fill('Night Outreach Van (fictional)');
  await page.getByRole('button', { name: 'Save provider' }).click();
  await expect(heading(page, 'Night Outreach Van (fictional)')).toBeVisible();
  // One action, one call: the details show the save's reply.
  expect(calls(app, 'directory.save')).toBe(2);
  expect(calls(app, 'directory.entry')).toBe(0);
  await expect(page.getByText('Mon, Tue 20:00–23:30')).toBeVisible();
  await expect(page.getByText('410-555-0177')).toBeVisible();
  expect(await serviceCount(app)).toBe(13);
  await expectNoAxeViolations(page, 'directory entry');
  await app.screenshot('entry saved');
});

test('a peer finds a walk-in, no-ID provider by typing, and sees the 90-day flag', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await arrangeDirectory(app);
  await signInCore(app, STAFF.peer);
  await app.open();
  await openDirectory(page);
  await expect(page.getByRole('button', { name: 'Add a provider' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Import or export HSDS files' })).toHaveCount(0);
  await page.getByRole('group', { name: 'Offers' }).getByLabel('Walk-in').check();
  await page.getByRole('group', { name: 'Offers' }).getByLabel('No ID needed').check();
  await page.getByLabel('Search by name or what they offer').pressSequentially('van', { delay: 40 });
  await expect(results(page).getByRole('listitem')).toHaveCount(1);
  await expect(results(page)).toContainText('Street Medicine Van (fictional)');
  await page.getByLabel('Search by name or what they offer').fill('');
  await page.getByLabel('Search by name or what they offer').pressSequentially('drop-in shelter');
  await expect(results(page).getByRole('listitem')).toHaveCount(1);
  await expect(results(page)).toContainText('Drop-in Shelter Intake (fictional)');
  await expect(results(page)).toContainText('Has capacity');

  await page.getByRole('group', { name: 'Offers' }).getByLabel('Walk-in').uncheck();
  await page.getByRole('group', { name: 'Offers' }).getByLabel('No ID needed').uncheck();
  await page.getByLabel('Search by name or what they offer').fill('counseling');
  const counseling = results(page).getByRole('listitem');
  await expect(counseling).toHaveCount(1);
  const confirmedOn = localDay(app.clock.now(), -120);
  await expect(counseling).toContainText(`Not confirmed since ${longDay(confirmedOn)}`);
  expect(await sidewaysScroll(page)).toBe(0);
  await expectNoAxeViolations(page, 'directory search');
  await app.screenshot('peer search');

  await counseling.getByRole('button', { name: 'Walk-in Counseling (fictional)' }).click();
  await expect(heading(page, 'Walk-in Counseling (fictional)')).toBeVisible();
  await expect(page.getByText(`Not confirmed since ${longDay(confirmedOn)}`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Confirm capacity' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Back to the directory' }).click();
  await expect(page.getByLabel('Search by name or what they offer')).toHaveValue('counseling');
});

test('a malformed import names its bad rows and imports nothing; an export imports back as it was', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await arrangeDirectory(app);
  await app.open();
  await openDirectory(page);
  await page.getByRole('button', { name: 'Import or export HSDS files' }).click();

  await page.getByRole('button', { name: 'Export the directory' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The directory was exported: 12 files' })).toBeVisible();
  const exported = readdirSync(app.exportDir).sort();
  expect(exported).toContain('services.csv');
  expect(exported).toContain('datapackage.json');

  await page.getByLabel('CSV files to import').setInputFiles([
    {
      name: 'services.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'id,organization_id,name,walk_in\nsvc-a,org-missing,Sample Clinic (fictional),true\nsvc-b,org-missing,<i>Clinic</i>,perhaps\n',
      ),
    },
  ]);
  await page.getByRole('button', { name: 'Import files' }).click();
  const refused = page.getByRole('alert').filter({ hasText: 'Nothing was imported' });
  await expect(refused).toContainText(
    "services.csv row 3: name cannot contain < or > or control characters; walk_in 'perhaps' must be true or false.",
  );
  expect(await serviceCount(app)).toBe(12);
  await expectNoAxeViolations(page, 'directory import refused');
  await app.screenshot('import refused');

  await page.getByLabel('CSV files to import').setInputFiles([
    {
      name: 'services.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('id,organization_id,name\nsvc-a,org-missing,Sample Clinic (fictional)\n'),
    },
  ]);
  await page.getByRole('button', { name: 'Import files' }).click();
  await expect(refused).toContainText("services.csv row 2: organization_id 'org-missing' is not in organizations.csv.");
  expect(await serviceCount(app)).toBe(12);

  // Three files each under the 4 MiB a file may be, over the 8 MiB a package may be: refused before they are read.
  const imports = calls(app, 'directory.import');
  const large = (name: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.alloc(3 * 1024 * 1024, 'a') });
  await page.getByLabel('CSV files to import').setInputFiles([large('services.csv'), large('locations.csv'), large('phones.csv')]);
  await page.getByRole('button', { name: 'Import files' }).click();
  await expect(refused).toContainText('These files come to more than 8 MiB together. Import them a few at a time. Nothing was imported.');
  expect(calls(app, 'directory.import')).toBe(imports);

  // Changed after the export: importing the export puts it back, and adds nothing.
  const [pantry] = (await ok(app, 'directory.search', { text: 'pantry', need: null, attributes: [], capacity: null })).rows;
  await ok(app, 'directory.confirmCapacity', { serviceAtLocationId: pantry!.serviceAtLocationId, capacity: 'no_capacity' });
  await page.getByLabel('CSV files to import').setInputFiles(exported.map((name) => join(app.exportDir, name)));
  const searches = calls(app, 'directory.search');
  await page.getByRole('button', { name: 'Import files' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Imported \d+ rows from 11 files\.$/ })).toBeVisible();
  // The import's reply carries the list asked again.
  expect(calls(app, 'directory.search')).toBe(searches);
  expect(await serviceCount(app)).toBe(12);
  const restored = await ok(app, 'directory.entry', { serviceAtLocationId: pantry!.serviceAtLocationId });
  expect(restored.service.capacity).toBeNull();
  await page.getByLabel('Search by name or what they offer').fill('pantry');
  await expect(results(page)).toContainText('Capacity never confirmed');
  await app.screenshot('import done');
});
