import { test, expect } from './harness';
import { followErrorLink, heading } from './helpers/desk';
import { completeAssessment } from './helpers/participant-records';
import {
  JORDAN,
  RILEY,
  STAFF,
  arrangeTeam,
  enroll,
  goToParticipants,
  ok,
  openParticipant,
  signInCore,
} from './helpers/participant-arrange';
import { SECOND_PAIR_LABEL, arrangeTwoPairs, card, cardName, column, goToBoard, lane } from './helpers/board-arrange';
import { QUESTIONS, SCREEN_STEP, group, openReferrals, step } from './helpers/intake-ui';
import { arrestReferral } from '../support/intake';

/* What a new user tripped on in a first walk-through, each kept from coming back. */

test('the error summary of a refused form sits at the top, takes the focus, and links each error to its field', async ({ app }) => {
  const { page } = app;
  await app.open();
  await expect(heading(page, 'Set up LEAD Desk')).toBeVisible();
  await page.getByRole('button', { name: 'Set up LEAD Desk' }).click();

  const summary = page.getByRole('alert', { name: 'There is a problem' });
  await expect(summary).toBeFocused();
  // Above the first field, not under the last one.
  expect((await summary.boundingBox())!.y).toBeLessThan((await page.getByLabel('Program name').boundingBox())!.y);
  const links = summary.getByRole('link');
  await expect(links).toHaveCount(4);
  await app.screenshot('setup refused, summary at the top');

  // Each link moves the focus to its field, by mouse or keyboard; the field says the same thing.
  await summary.getByRole('link', { name: /Username/ }).click();
  await expect(page.getByLabel('Username')).toBeFocused();
  const password = page.getByLabel('Password', { exact: true });
  const passwordMessage = (await summary.getByRole('link').nth(3).textContent())!;
  await summary.getByRole('link').nth(3).press('Enter');
  await expect(password).toBeFocused();
  await expect(password).toHaveAccessibleDescription(new RegExp(`^${passwordMessage.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  // Each submit brings the focus back to the summary.
  await page.getByRole('button', { name: 'Set up LEAD Desk' }).click();
  await followErrorLink(page, page.getByLabel('Program name'));
});

test('"Record the screen" with nothing answered is refused, naming each question, and nothing is recorded', async ({ app }) => {
  const { page } = app;
  await arrangeTeam(app);
  const referral = await ok(app, 'referrals.create', {
    person: { name: 'Morgan Fixture', dateOfBirth: '1988-02-20' },
    referral: arrestReferral(new Date(app.clock.now().getTime() - 3_600_000).toISOString()),
  });
  await app.open();
  await openReferrals(page);
  await page.getByRole('region', { name: 'Referrals' }).getByRole('button', { name: 'Morgan Fixture' }).click();
  const section = step(page, SCREEN_STEP);
  await section.getByRole('button', { name: 'Record the screen' }).click();

  const summary = section.getByRole('alert', { name: 'There is a problem' });
  await expect(summary).toBeFocused();
  for (const question of Object.values(QUESTIONS)) {
    await expect(summary.getByRole('link', { name: `Select yes or no: ${question}` })).toBeVisible();
    await expect(group(section, question)).toContainText(`Select yes or no: ${question}`);
  }
  await expect(page.getByRole('status').filter({ hasText: 'Eligibility screen' })).toHaveCount(0);
  await app.screenshot('empty screen refused');
  // The link goes to the question's first answer.
  await summary.getByRole('link', { name: `Select yes or no: ${QUESTIONS.open_case}` }).click();
  await expect(group(section, QUESTIONS.open_case).getByLabel('Yes', { exact: true })).toBeFocused();

  const stored = await ok(app, 'referrals.get', { id: referral.id });
  expect(stored).toMatchObject({ status: 'screening', eligibility: null });

  // The main process refuses it too, whatever sends it.
  const reply = await app.core.invoke('referrals.screen', { referralId: referral.id, dateOfBirth: '1988-02-20', exclusions: {} });
  expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
});

test('a skip link is the first Tab stop on every screen and moves the focus past the header and menu', async ({ app }) => {
  const { page } = app;
  await arrangeTeam(app);
  await app.open();
  await expect(heading(page, `Welcome, ${STAFF.caseManager.displayName}`)).toBeVisible();
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  const firstTabStop = () =>
    page.evaluate(
      () =>
        document.querySelector('a[href], button:not([disabled]), input, select, textarea, [tabindex]:not([tabindex="-1"])')?.textContent,
    );
  expect(await firstTabStop()).toBe('Skip to main content');
  // Hidden until it has the focus: one Shift+Tab back from the header's first control.
  await expect(skip).not.toBeInViewport();
  await page.getByRole('button', { name: 'Change password' }).focus();
  await page.keyboard.press('Shift+Tab');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await app.screenshot('skip link focused');
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // The next Tab is inside the page, not in the header or the menu.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);

  // Before sign-in too.
  await page.keyboard.press('Control+L');
  await expect(heading(page, 'Sign in')).toBeVisible();
  expect(await firstTabStop()).toBe('Skip to main content');
  await skip.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('the team board is one Tab stop per lane, the arrow keys move between a lane’s cards, and no column scrolls inside itself', async ({
  app,
}) => {
  const { page } = app;
  const { pairId, otherPairId } = await arrangeTwoPairs(app);
  const taylor = { name: 'Taylor Exampleton', dateOfBirth: '1979-07-07' };
  const jordanId = await enroll(app, pairId, JORDAN);
  await enroll(app, pairId, taylor);
  // Jordan active, Taylor awaiting intake: two columns of the first lane.
  await completeAssessment(app, jordanId, JORDAN);
  await enroll(app, otherPairId, RILEY);
  await signInCore(app, STAFF.supervisor);
  await app.open();
  await goToBoard(page);
  const first = lane(page, `${STAFF.caseManager.displayName} & ${STAFF.peer.displayName}`);
  const second = lane(page, SECOND_PAIR_LABEL);
  await expect(card(column(first, 'Active'), JORDAN.name)).toBeVisible();

  // Only one card per lane is in the Tab order.
  expect(await first.locator('.board-card-open:not([tabindex="-1"])').count()).toBe(1);
  expect(await first.locator('.board-card-open[tabindex="-1"]').count()).toBe(1);

  await cardName(first, taylor.name).focus();
  await page.keyboard.press('ArrowRight');
  await expect(cardName(first, JORDAN.name)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(cardName(first, taylor.name)).toBeFocused();
  await page.keyboard.press('End');
  await expect(cardName(first, JORDAN.name)).toBeFocused();
  // The lane remembers the card last used: it is now the lane's Tab stop, with its two buttons.
  await page.keyboard.press('Tab');
  await expect(card(first, JORDAN.name).getByRole('button', { name: 'Move to…' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(card(first, JORDAN.name).getByRole('button', { name: 'Log contact' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(cardName(second, RILEY.name)).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(cardName(first, JORDAN.name)).toBeFocused();
  await app.screenshot('team board, lane keys');

  // Cards grow their lane: no column clips its cards behind a scrollbar of its own.
  const scrolling = await page
    .locator('.board-column-cards')
    .evaluateAll(
      (lists) =>
        lists.filter((list) => list.scrollHeight > list.clientHeight + 1 || ['auto', 'scroll'].includes(getComputedStyle(list).overflowY))
          .length,
    );
  expect(scrolling).toBe(0);
});

test('an exited participant carries no Overdue flag: not on the list, the record or the board', async ({ app }) => {
  const { page } = app;
  const { pairId } = await arrangeTeam(app);
  // Enrolled 40 days ago with a 30-day intake window and no assessment: overdue while in the program.
  const id = await enroll(app, pairId, JORDAN, { hoursAgo: 40 * 24 });
  await app.open();
  await openParticipant(page, JORDAN.name);
  await expect(page.getByRole('region', { name: 'Summary' })).toContainText('Overdue');

  await ok(app, 'participants.move', { participantId: id, to: 'exited', reason: 'Moved out of state (test).' });
  await app.open();
  // The list starts with those on a caseload; exited participants are one choice away.
  await goToParticipants(page);
  await page.getByLabel('Show').selectOption('exited');
  const list = page.getByRole('region', { name: 'Participants list' });
  await expect(list.getByRole('row', { name: new RegExp(JORDAN.name) })).toContainText('No deadline (exited)');
  await expect(list).not.toContainText('Overdue');
  await list.getByRole('button', { name: JORDAN.name }).click();
  await expect(heading(page, JORDAN.name)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Summary' })).toContainText('Exited');
  await expect(page.getByRole('main')).not.toContainText('Overdue');
  await expect(page.locator('main .participant-overdue')).toHaveCount(0);

  await goToBoard(page);
  const exited = card(column(page, 'Exited'), JORDAN.name);
  await expect(exited).toBeVisible();
  await expect(exited).not.toContainText(/overdue/i);
  await expect(exited).not.toHaveClass(/board-card-overdue/);
  await app.screenshot('exited card, no overdue');
});
