import { test, expect } from './harness';
import { JORDAN, arrangeTeam, enroll, ok, openParticipant } from './helpers/participant-arrange';
import { ASSESSMENT_TEXT_FIELDS, field } from './helpers/participant-forms';

test('closing the window sends what was just typed, before the autosave delay would have', async ({ app }) => {
  const { page } = app;
  const { pairId } = await arrangeTeam(app);
  const id = await enroll(app, pairId, JORDAN);
  await app.open();
  await openParticipant(page, 'Jordan Testcase');
  await page.getByRole('button', { name: 'Start intake assessment' }).click();

  await field(page, ASSESSMENT_TEXT_FIELDS.preferredLanguage).fill('Spanish');
  // What Electron's main process sends when the window's close button is pressed.
  await page.evaluate(() => (window as unknown as { __leadDispatch(event: unknown): void }).__leadDispatch({ type: 'window.closing' }));
  // The draft is in the encrypted database well inside the 400 ms the autosave would wait.
  await expect
    .poll(async () => (await ok(app, 'drafts.get', { key: `assessment:${id}` })).data, { timeout: 250, intervals: [20] })
    .toMatchObject({ preferredLanguage: 'Spanish' });
});
