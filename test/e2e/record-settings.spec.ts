import { test, expect } from './harness';
import { ADMIN, goTo, followErrorLink } from './helpers/desk';
import { JORDAN, STAFF, ok, openParticipant, signInCore } from './helpers/participant-arrange';
import { arrangeJordan, logContact, summary } from './helpers/record-arrange';

test('the administrator sets contact-age thresholds and the meeting day; red at or below amber is refused; the record reads the new thresholds', async ({
  app,
}) => {
  const { page } = app;
  const { id } = await arrangeJordan(app);
  await logContact(app, id, { daysAgo: 3, note: 'Saw them at the market.' });
  await signInCore(app, ADMIN);
  await app.open();
  await goTo(page, 'Settings');

  const caseload = page.getByRole('region', { name: 'Caseload board' });
  const amber = caseload.getByLabel('Amber after (days)');
  const red = caseload.getByLabel('Red after (days)');
  const weekday = caseload.getByLabel('Weekly meeting day');
  await expect(amber).toHaveValue('7');
  await expect(red).toHaveValue('14');
  await expect(weekday).toHaveValue('2');
  await expect(weekday).toHaveAccessibleDescription(/police contacts since the last meeting/);

  await amber.fill('5');
  await red.fill('5');
  await caseload.getByRole('button', { name: 'Save caseload settings' }).click();
  await expect(red).toHaveAccessibleDescription(/amber/i);
  await expect(caseload.locator('.field-error')).toHaveCount(1);
  await followErrorLink(caseload, red);
  await expect(amber).toHaveValue('5');
  await expect(red).toHaveValue('5');
  await app.screenshot('red not above amber');
  expect(await ok(app, 'settings.get', {})).toMatchObject({ contactAgingDays: 7, contactOverdueDays: 14, meetingWeekday: 2 });

  await red.fill('');
  await caseload.getByRole('button', { name: 'Save caseload settings' }).click();
  await expect(red).toHaveAccessibleDescription(/Red after must be a whole number of days\./);

  await amber.fill('2');
  await red.fill('4');
  await weekday.selectOption({ label: 'Thursday' });
  await caseload.getByRole('button', { name: 'Save caseload settings' }).click();
  await expect(caseload.getByRole('status')).toHaveText('Caseload settings saved.');
  expect(await ok(app, 'settings.get', {})).toMatchObject({ contactAgingDays: 2, contactOverdueDays: 4, meetingWeekday: 4 });
  await page.reload();
  await goTo(page, 'Settings');
  await expect(page.getByRole('region', { name: 'Caseload board' }).getByLabel('Weekly meeting day')).toHaveValue('4');

  // Three days without contact is now past amber: the record says so in words.
  await signInCore(app, STAFF.caseManager);
  await app.open();
  await openParticipant(page, JORDAN.name);
  await expect(summary(page)).toContainText(/3 days since last contact, .*: contact due soon/);
});
