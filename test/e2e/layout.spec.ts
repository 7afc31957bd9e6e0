import { test, expect } from './harness';
import { addStaff, goTo, setUpDesk } from './helpers/desk';

// 1366x768 is the district desktop; 1024x600 is the same screen at about 133% zoom.
for (const size of [
  { width: 1366, height: 768 },
  { width: 1024, height: 600 },
]) {
  test(`every page fits ${size.width}x${size.height} without sideways scrolling`, async ({ app }) => {
    const { page } = app;
    await page.setViewportSize(size);
    await setUpDesk(app);
    await addStaff(page, {
      name: 'Sam Placeholder',
      username: 'sam.placeholder',
      role: 'Peer recovery specialist',
      temporaryPassword: 'temporary pass 1',
    });
    for (const name of ['Home', 'Staff', 'Audit log', 'Settings'] as const) {
      await goTo(page, name);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
      await app.screenshot(name);
    }
  });
}
