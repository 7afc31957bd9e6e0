import { test, expect } from './harness';
import { JORDAN, STAFF, ok, openParticipant, signInCore } from './helpers/participant-arrange';
import { arrangeJordan, localDay, longDay, section, timelineItem } from './helpers/record-arrange';

test('needs from the assessment are worked over time: a service referral puts one in progress, its status and notes change, a new need is added', async ({
  app,
}) => {
  const { page } = app;
  const { id } = await arrangeJordan(app);
  await signInCore(app, STAFF.peer);
  await app.open();
  await openParticipant(page, JORDAN.name);

  const needs = section(page, 'Needs and goals');
  await expect(needs).toContainText('Goals the participant set: Keep a phone charged and check in weekly.');
  const housing = needs.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Housing' }) });
  await expect(housing).toContainText('Open');

  // A referral for the need: the open need moves to in progress on its own.
  await housing.getByRole('button', { name: 'Refer to a service for Housing' }).click();
  await expect(housing.getByLabel('Search by name or what they offer')).toBeFocused();
  await expect(housing.getByLabel('Date referred')).toHaveValue(localDay(new Date()));
  const referredOn = localDay(app.clock.now(), -1);
  await housing.getByLabel('Provider or service').fill('Sample Housing Services');
  await housing.getByLabel('Date referred').fill(referredOn);
  await housing.getByLabel('Handoff').selectOption({ label: 'Gave a referral slip' });
  await housing.getByRole('button', { name: 'Save referral' }).click();
  await expect(housing.getByRole('status').last()).toHaveText('Referral to Sample Housing Services saved.');
  await expect(housing.locator('.need-status')).toHaveText('In progress');
  const referral = housing.getByRole('list', { name: 'Service referrals for Housing' }).getByRole('listitem').first();
  await expect(referral).toContainText(`Sample Housing Services, referred ${longDay(referredOn)}: Sent to the provider`);
  await expect(referral).toContainText('Handoff: Gave a referral slip');
  await expect(timelineItem(page, 'Referred to Sample Housing Services for "Housing".')).toContainText(`By ${STAFF.peer.displayName}`);

  await referral.getByRole('button', { name: 'Record what happened' }).click();
  await referral.getByRole('group', { name: 'What happened with Sample Housing Services' }).getByLabel('Accepted by the provider').check();
  await referral.getByRole('group', { name: 'Who told you' }).getByLabel('Provider, by phone').check();
  await referral.getByRole('button', { name: 'Save' }).click();
  await expect(referral.locator('.need-referral-status')).toHaveText('Accepted by the provider');
  await expect(referral.getByRole('button', { name: 'Record what happened' })).toBeFocused();
  await expect(timelineItem(page, 'Referral to Sample Housing Services: accepted by the provider.')).toBeVisible();

  // The need's status and note, changed by hand.
  await housing.getByRole('button', { name: 'Update status of Housing' }).click();
  const statusGroup = housing.getByRole('group', { name: 'Status of Housing' });
  await expect(statusGroup.getByLabel('In progress')).toBeChecked();
  await statusGroup.getByLabel('Met').check();
  await housing.getByLabel('Note (optional)').fill('Moved into a room on Eutaw St.');
  await housing.getByRole('button', { name: 'Save status' }).click();
  await expect(housing.getByRole('status').last()).toHaveText('Housing: met.');
  await expect(housing.getByRole('button', { name: 'Update status of Housing' })).toBeFocused();
  await expect(housing.locator('.need-status')).toHaveText('Met');
  await expect(housing).toContainText('Moved into a room on Eutaw St.');
  await expect(timelineItem(page, 'Need "Housing": met (Moved into a room on Eutaw St.).')).toBeVisible();

  // A need the assessment did not name.
  await needs.getByRole('button', { name: 'Add a need' }).click();
  await expect(needs.getByLabel('Need', { exact: true })).toBeFocused();
  await expect(needs.getByLabel('Need', { exact: true }).locator('option', { hasText: /^Housing$/ })).toHaveCount(0);
  await needs.getByRole('button', { name: 'Add need' }).click();
  await expect(needs.getByRole('alert')).toContainText('Choose a need from the list.');
  await needs.getByLabel('Need', { exact: true }).selectOption({ label: 'ID documents' });
  await needs.getByRole('group', { name: 'Status' }).getByLabel('In progress').check();
  await needs.getByLabel('Note (optional)').fill('Birth certificate requested from Vital Records.');
  await needs.getByRole('button', { name: 'Add need' }).click();
  await expect(needs.getByText('Need added: ID documents.')).toBeVisible();
  const ids = needs.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'ID documents' }) });
  await expect(ids.locator('.need-status')).toHaveText('In progress');
  await expect(ids).toContainText('Birth certificate requested from Vital Records.');
  await app.screenshot('needs worked');

  const record = await ok(app, 'participants.get', { id });
  expect(record.needs.map(({ need, status, note }) => ({ need, status, note }))).toEqual(
    expect.arrayContaining([
      { need: 'housing', status: 'met', note: 'Moved into a room on Eutaw St.' },
      { need: 'id_documents', status: 'in_progress', note: 'Birth certificate requested from Vital Records.' },
    ]),
  );
  expect(record.serviceReferrals).toMatchObject([
    { need: 'housing', provider: 'Sample Housing Services', referredOn, status: 'accepted', handoff: 'slip_only' },
  ]);
});
