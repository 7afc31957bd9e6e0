import { test, expect } from './harness';
import { goTo, heading, setUpDesk, signIn, signOut } from './helpers/desk';
import { openParticipant } from './helpers/participant-arrange';
import { TRAINING, consentedParticipant, expectTrainingBanner, trainingBanner } from './helpers/training-arrange';

test.describe('the training desk', () => {
  test.use({ training: true });

  test('every screen says it is the training desk, and the sign-in screen lists the practice accounts', async ({ app }) => {
    const { page } = app;
    const participant = await consentedParticipant(app);
    await app.open();

    await expect(heading(page, 'Sign in')).toBeVisible();
    await expectTrainingBanner(page);
    await expect(page).toHaveTitle('Training — LEAD Desk');
    const accounts = page.getByRole('region', { name: 'Practice accounts' });
    await expect(accounts).toContainText(`Every practice account has the password ${TRAINING.password}`);
    const rows = accounts.getByRole('row');
    await expect(rows).toHaveText([
      'UsernameRole',
      'supervisorSupervisor',
      'cm1Case manager',
      'peer1Peer recovery specialist',
      'cm2Case manager',
      'peer2Peer recovery specialist',
      'cm3Case manager',
      'peer3Peer recovery specialist',
      'adminAdministrator',
    ]);
    await app.screenshot('sign in');
    // The smallest window the app allows: nothing spills sideways, and the accounts are in view.
    await page.setViewportSize({ width: 1024, height: 600 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await expect(accounts).toBeInViewport({ ratio: 0.5 });
    await app.screenshot('sign in 1024x600');
    await page.setViewportSize({ width: 1366, height: 768 });

    // What the screen lists is enough to sign in.
    await signIn(page, TRAINING.caseManager, TRAINING.password);
    await expect(heading(page, /^Welcome, /)).toBeVisible();
    await expectTrainingBanner(page);
    await expect(page.getByRole('region', { name: 'Practice accounts' })).toHaveCount(0);
    await app.screenshot('home');

    await openParticipant(page, participant.name);
    await expectTrainingBanner(page);
    await app.screenshot('participant');

    // The banner stays at the top of the window when a long record is scrolled.
    await page.evaluate(() => window.scrollTo(0, 2000));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    expect((await trainingBanner(page).boundingBox())?.y).toBe(0);

    // Locking clears the session's stores, not the desk's mode.
    await page.keyboard.press('Control+L');
    await expect(page.getByText('Locked. Sign in to continue.')).toBeVisible();
    await expectTrainingBanner(page);
    await expect(page.getByRole('region', { name: 'Practice accounts' })).toBeVisible();
    await expect(page).toHaveTitle('Training — LEAD Desk');

    await page.getByRole('button', { name: 'Forgot your password? Use the recovery key' }).click();
    await expect(heading(page, /recovery key/i)).toBeVisible();
    await expectTrainingBanner(page);
  });

  test('the administrator’s pages carry the banner too', async ({ app }) => {
    const { page } = app;
    await app.open();
    await signIn(page, TRAINING.administrator, TRAINING.password);
    await expect(heading(page, /^Welcome, /)).toBeVisible();
    await expectTrainingBanner(page);
    await goTo(page, 'Settings');
    await expectTrainingBanner(page);
    await app.screenshot('settings');
    await signOut(page);
    await expectTrainingBanner(page);
  });
});

test('a real desk shows no training banner, no practice accounts and its own title', async ({ app }) => {
  const { page } = app;
  await app.open();
  await expect(heading(page, 'Set up LEAD Desk')).toBeVisible();
  await expect(trainingBanner(page)).toHaveCount(0);
  await setUpDesk(app);
  await expect(trainingBanner(page)).toHaveCount(0);
  await signOut(page);
  await expect(trainingBanner(page)).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Practice accounts' })).toHaveCount(0);
  await expect(page.getByText('TRAINING')).toHaveCount(0);
  await expect(page).toHaveTitle('LEAD Desk');
});
