import { test, expect } from './harness';
import { ADMIN, goTo, heading, signIn } from './helpers/desk';
import { CASEY, SKY, arrangeTeam, signInAs } from './helpers/intake-team';
import { createReferral, openReferrals, sampleReferral, screen, startNewReferral } from './helpers/intake-ui';

// 1366x768 is the district desktop; 1024x600 is the same screen at about 133% zoom.
for (const size of [
  { width: 1366, height: 768 },
  { width: 1024, height: 600 },
]) {
  test(`the intake pages fit ${size.width}x${size.height} without sideways scrolling`, async ({ app }) => {
    const { page } = app;
    await page.setViewportSize(size);
    await arrangeTeam(app);
    const fits = async (name: string) => {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
      await app.screenshot(name);
    };

    await signIn(page, ADMIN.username, ADMIN.password);
    await goTo(page, 'Settings');
    await fits('Settings');
    await page.getByRole('button', { name: 'Sign out' }).click();
    // Pairs are the supervisor's (part of the participant records).
    await signInAs(page, SKY);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Pairs' }).click();
    await expect(heading(page, 'Pairs')).toBeVisible();
    await fits('Pairs');
    await page.getByRole('button', { name: 'Sign out' }).click();

    await signInAs(page, CASEY);
    await createReferral(page, sampleReferral());
    await fits('Referral');
    await screen(page);
    await fits('Referral screened');
    await openReferrals(page);
    await fits('Referrals');
    await startNewReferral(page);
    await page.getByLabel('Name', { exact: true }).fill('Jordan Testcase');
    await expect(page.getByRole('region', { name: 'Same person?' })).toBeVisible();
    await fits('New referral');
  });
}
