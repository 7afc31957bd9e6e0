import type { Page } from '@playwright/test';
import { test, expect, type TestApp } from './harness';
import { expectNoAxeViolations, sidewaysScroll, zoom200 } from './helpers/axe';
import { ADMIN, confirmShownRecoveryKey, fillSetup, goTo, heading, signIn } from './helpers/desk';
import { JORDAN, RILEY, STAFF, arrangeTeam, enroll, ok, openParticipant, signInCore } from './helpers/participant-arrange';
import { SECOND_PAIR_LABEL, arrangeTwoPairs, cardName, goToBoard, lane } from './helpers/board-arrange';
import { arrestReferral } from '../support/intake';
import { openReferrals } from './helpers/intake-ui';

/*
 * An axe-core scan of every screen, in the states a person meets them: empty, filled, refused
 * (with its error summary), and with a dialog open. Any violation fails the test.
 */

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true });

// Each scan takes a few seconds on a shared machine, and each test walks many screens.
test.describe.configure({ timeout: 180_000 });

async function scan(app: TestApp, screen: string): Promise<void> {
  await expectNoAxeViolations(app.page, screen);
}

test('first start, sign-in and the administrator’s screens', async ({ app }) => {
  const { page } = app;
  await app.open();
  await expect(heading(page, 'Set up LEAD Desk')).toBeVisible();
  await scan(app, 'setup');
  await page.getByRole('button', { name: 'Set up LEAD Desk' }).click();
  await expect(page.getByRole('alert').getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await scan(app, 'setup, refused');

  await fillSetup(page, { program: 'Central District LEAD (test)', name: ADMIN.name, username: ADMIN.username, password: ADMIN.password });
  await page.getByRole('button', { name: 'Set up LEAD Desk' }).click();
  await expect(heading(page, 'Write down the recovery key')).toBeVisible();
  await scan(app, 'recovery key');
  await confirmShownRecoveryKey(page);
  await expect(heading(page, `Welcome, ${ADMIN.name}`)).toBeVisible();
  await scan(app, 'home, administrator');

  await goTo(page, 'Staff');
  await scan(app, 'staff');
  await page.getByRole('button', { name: 'Add staff member' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a staff member' });
  await dialog.getByRole('button', { name: 'Add staff member' }).click();
  await expect(dialog.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await scan(app, 'add staff, refused');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await goTo(page, 'Settings');
  await scan(app, 'settings');
  await goTo(page, 'Audit log');
  await scan(app, 'audit log');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(heading(page, 'Change your password')).toBeVisible();
  await scan(app, 'change password');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(heading(page, 'Sign in')).toBeVisible();
  await scan(app, 'sign in');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await scan(app, 'sign in, refused');
  await signIn(page, ADMIN.username, 'not the password at all');
  await expect(page.getByRole('alert').first()).toBeVisible();
  await scan(app, 'sign in, wrong password');
});

test('the case manager’s screens: home, board, participants, a record and the assessment', async ({ app }) => {
  const { page } = app;
  const { pairId } = await arrangeTeam(app);
  await enroll(app, pairId, JORDAN);
  await enroll(app, pairId, RILEY);
  await app.open();
  await expect(heading(page, `Welcome, ${STAFF.caseManager.displayName}`)).toBeVisible();
  await scan(app, 'home, case manager');

  await goToBoard(page);
  await scan(app, 'board, one pair');
  await cardName(page, JORDAN.name).focus();
  await page.keyboard.press('m');
  await expect(page.getByRole('menu')).toBeVisible();
  await scan(app, 'board, move menu');
  await page.keyboard.press('Escape');
  await cardName(page, JORDAN.name).focus();
  await page.keyboard.press('c');
  const contact = page.getByRole('dialog', { name: `Log a contact with ${JORDAN.name}` });
  await expect(contact).toBeVisible();
  await scan(app, 'board, log contact dialog');
  await contact.getByRole('button', { name: 'Cancel' }).click();

  await nav(page, 'Participants').click();
  await expect(heading(page, 'Participants')).toBeVisible();
  await scan(app, 'participants');

  await openParticipant(page, JORDAN.name);
  await scan(app, 'participant record');
  await page.getByRole('region', { name: 'Contacts' }).getByRole('button', { name: 'Log a contact' }).click();
  await scan(app, 'record, contact form');

  await page.getByRole('button', { name: 'Start intake assessment' }).click();
  await expect(heading(page, /Intake assessment/)).toBeVisible();
  await scan(app, 'assessment form');
  await page.getByRole('button', { name: 'Complete assessment' }).click();
  await expect(page.getByRole('alert', { name: 'The assessment was not saved' })).toBeFocused();
  await scan(app, 'assessment form, refused');
});

test('the case manager’s intake screens: consent, referrals, a new referral and the eligibility screen', async ({ app }) => {
  const { page } = app;
  const { pairId } = await arrangeTeam(app);
  const jordanId = await enroll(app, pairId, JORDAN);
  await ok(app, 'referrals.create', {
    person: { name: 'Morgan Fixture', dateOfBirth: '1988-02-20' },
    referral: arrestReferral(new Date(app.clock.now().getTime() - 3_600_000).toISOString()),
  });
  await app.open();
  await openParticipant(page, JORDAN.name);
  await page.getByRole('button', { name: 'Record a consent' }).click();
  await expect(heading(page, /consent/i)).toBeVisible();
  await scan(app, 'consent form');
  await page.getByRole('button', { name: 'Save consent' }).click();
  await expect(page.getByRole('alert').getByRole('heading', { name: 'The consent was not saved' })).toBeVisible();
  await scan(app, 'consent form, refused');

  await app.open();
  await openReferrals(page);
  await scan(app, 'referrals');
  await page.getByRole('button', { name: 'New referral' }).click();
  await expect(heading(page, 'New referral')).toBeVisible();
  await scan(app, 'new referral');
  await page.getByRole('button', { name: 'Save referral' }).click();
  await expect(page.getByRole('alert').getByRole('heading', { name: 'The referral was not saved' })).toBeVisible();
  await scan(app, 'new referral, refused');

  await app.open();
  await openReferrals(page);
  await page.getByRole('region', { name: 'Referrals' }).getByRole('button', { name: 'Morgan Fixture' }).click();
  await expect(heading(page, 'Referral: Morgan Fixture')).toBeVisible();
  await scan(app, 'referral, eligibility screen');
  await page.getByRole('button', { name: 'Record the screen' }).click();
  await expect(page.getByRole('alert').getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await scan(app, 'referral, empty screen refused');
  expect((await ok(app, 'participants.get', { id: jordanId })).stage).toBe('awaiting_intake');
});

test('the supervisor’s team board and the peer’s screens', async ({ app }) => {
  const { page } = app;
  const { pairId, otherPairId } = await arrangeTwoPairs(app);
  await enroll(app, pairId, JORDAN);
  await enroll(app, otherPairId, RILEY);
  await signInCore(app, STAFF.supervisor);
  await app.open();
  await expect(heading(page, `Welcome, ${STAFF.supervisor.displayName}`)).toBeVisible();
  await expect(lane(page, SECOND_PAIR_LABEL)).toBeVisible();
  await scan(app, 'home, supervisor (team board)');
  await page.getByText('Keyboard shortcuts').click();
  await scan(app, 'team board, keyboard shortcuts open');
  await goTo(page, 'Staff');
  await scan(app, 'staff, supervisor');
  await nav(page, 'Pairs').click();
  await expect(heading(page, 'Pairs')).toBeVisible();
  await scan(app, 'pairs, supervisor');
  await goTo(page, 'Audit log');
  await scan(app, 'audit log, participant records');

  await signInCore(app, STAFF.peer);
  await app.open();
  await expect(heading(page, `Welcome, ${STAFF.peer.displayName}`)).toBeVisible();
  await scan(app, 'home, peer');
  await openParticipant(page, JORDAN.name);
  await scan(app, 'participant record, peer');
});

test('at 200 % zoom the board, the consent form and the record reflow without scrolling sideways', async ({ app }) => {
  const { page } = app;
  const { pairId } = await arrangeTeam(app);
  await enroll(app, pairId, JORDAN);
  await enroll(app, pairId, RILEY);
  await app.open();
  await zoom200(page);

  await goToBoard(page);
  await expect(cardName(page, JORDAN.name)).toBeVisible();
  expect(await sidewaysScroll(page)).toBe(0);
  await app.screenshot('board at 200 percent');
  await scan(app, 'board at 200 %');

  await openParticipant(page, JORDAN.name);
  expect(await sidewaysScroll(page)).toBe(0);
  await app.screenshot('record at 200 percent');

  await page.getByRole('button', { name: 'Record a consent' }).click();
  await expect(page.getByRole('button', { name: 'Save consent' })).toBeVisible();
  expect(await sidewaysScroll(page)).toBe(0);
  await app.screenshot('consent form at 200 percent');
  await scan(app, 'consent form at 200 %');
});
