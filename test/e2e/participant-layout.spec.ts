import { test, expect } from './harness';
import { heading } from './helpers/desk';
import { JORDAN, RILEY, arrangeTeam, enroll, goToParticipants, openParticipant } from './helpers/participant-arrange';
import { completeAssessment, fullConsent, recordConsent } from './helpers/participant-records';

// 1366x768 is the district desktop; 1024x600 is the same screen at about 133% zoom.
for (const size of [
  { width: 1366, height: 768 },
  { width: 1024, height: 600 },
]) {
  test(`the participant pages fit ${size.width}x${size.height} without sideways scrolling`, async ({ app }) => {
    const { page } = app;
    await page.setViewportSize(size);
    const { pairId } = await arrangeTeam(app);
    const jordan = await enroll(app, pairId, JORDAN);
    await enroll(app, pairId, RILEY);
    await completeAssessment(app, jordan, JORDAN, { preferredName: 'Jo', aliases: ['JT'] });
    await recordConsent(app, jordan, fullConsent(app, JORDAN.name));
    await app.open();

    const fits = async (name: string) => {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
      await app.screenshot(name);
    };
    await goToParticipants(page);
    await fits('participants');
    await openParticipant(page, /Jordan Testcase/);
    await fits('participant');
    await page.getByRole('button', { name: 'Edit assessment' }).click();
    await expect(heading(page, /Edit assessment/)).toBeVisible();
    await fits('assessment');
    await page.getByRole('button', { name: 'Back to the record' }).click();
    await page.getByRole('button', { name: 'Record a consent' }).click();
    await expect(heading(page, /Record a consent/)).toBeVisible();
    await page.getByRole('button', { name: 'Add a named provider' }).click();
    await fits('consent');

    // Keyboard: the record's actions are reachable with Tab, with a visible focus ring.
    await page.getByRole('button', { name: /Back to Jo/ }).click();
    await expect(heading(page, /Jordan Testcase/)).toBeVisible();
    await page.keyboard.press('Tab');
    const edit = page.getByRole('button', { name: 'Edit assessment' });
    await expect(edit).toBeFocused();
    expect(await edit.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Continue recording a consent' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(heading(page, /Record a consent/)).toBeVisible();
  });
}
