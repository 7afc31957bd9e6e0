import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SYNTHETIC_PASSWORD, pairUsernames } from '../../electron/synthetic/synthetic-accounts';
import { TRAINING_FLAG } from '../../electron/synthetic/training-desk';

const ROOT = resolve(__dirname, '../..');

/** The built app on a training desk whose data folder is `userData`, as `npm start` runs it. */
function launchTrainingDesk(userData: string): Promise<ElectronApplication> {
  // Chromium refuses to run its sandbox as root (a container's shell); everyone else keeps it.
  const sandbox = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  return electron.launch({
    executablePath: createRequire(__filename)('electron') as string,
    args: [ROOT, TRAINING_FLAG, `--user-data-dir=${userData}`, ...sandbox],
    // Linux finds userData under XDG_CONFIG_HOME too: either way, nothing lands in a real profile.
    env: { ...process.env, XDG_CONFIG_HOME: userData },
    timeout: 180_000,
  });
}

/**
 * The smoke test of the real shell: the built app (out/) started by the Electron binary in
 * node_modules, as `npm start` does, on a training desk of invented people in a data folder of
 * its own. Through the real preload, ipcMain, sender check, app:// protocol and CSP, it signs in,
 * opens a record and locks. Everything else is tested without Electron (npm test).
 */
test('the built app starts in Electron, signs in, opens a record and locks', async () => {
  const userData = mkdtempSync(join(tmpdir(), 'lead-electron-'));
  const app = await launchTrainingDesk(userData);
  try {
    expect(await app.evaluate(({ app: shell }) => shell.getPath('userData'))).toContain(userData);
    const page = await app.firstWindow();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible({ timeout: 180_000 });
    // The renderer has window.lead from the preload, and no Node.
    expect(await page.evaluate(() => Object.keys(window.lead).sort())).toEqual(['invoke', 'onEvent']);
    expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');

    await page.getByLabel('Username').fill(pairUsernames(1).caseManager);
    await page.getByLabel('Password').fill(SYNTHETIC_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Welcome, / })).toBeVisible();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Board' }).click();
    await page.locator('button.board-card-open').first().click();
    await expect(page.getByRole('region', { name: 'Summary' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Timeline' })).toBeVisible();
    const name = (await page.getByRole('heading', { level: 1 }).textContent())!;
    expect(name).not.toBe('Caseload board');

    await page.getByRole('button', { name: /^Lock/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    // Nothing of the record stays on screen behind the lock.
    await expect(page.getByText(name, { exact: true })).toHaveCount(0);
  } finally {
    await app.close();
    rmSync(userData, { recursive: true, force: true });
  }
});

/**
 * The meeting's audience window in the real shell (issue 12): opened from the presenter, it
 * loads the room's screen through its own preload, is refused every channel but the room's
 * view by the real IPC guard, and closes at once when the desk locks.
 */
test('the room’s screen opens as its own window, reads only the room’s view and closes on lock', async () => {
  const userData = mkdtempSync(join(tmpdir(), 'lead-electron-'));
  const app = await launchTrainingDesk(userData);
  try {
    const page = await app.firstWindow();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible({ timeout: 180_000 });
    await page.getByLabel('Username').fill('supervisor');
    await page.getByLabel('Password').fill(SYNTHETIC_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Meeting', exact: true }).click();
    await page.getByRole('button', { name: 'Build the next meeting’s agenda' }).click();
    const room = page.getByRole('region', { name: 'Who is in the room' });
    await room.getByLabel('Person 1: has acknowledged', { exact: false }).check();
    await room.getByLabel('Person 2: name').fill('Officer Smoke Testwell');
    await room.getByLabel('Person 2: has acknowledged', { exact: false }).check();
    await room.getByRole('button', { name: 'Start the meeting' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Meeting in progress/ })).toBeVisible();

    const opened = app.waitForEvent('window');
    await page.getByRole('button', { name: 'Open the room’s screen' }).click();
    const audience = await opened;
    await expect(audience.locator('main.audience')).toHaveAttribute('data-room-screen', 'waiting');
    expect(new URL(audience.url()).pathname).toBe('/audience');
    const refused = await audience.evaluate(() => window.lead.invoke('participants.list', { show: 'caseload' }));
    expect(refused.ok).toBe(false);

    await page.getByRole('button', { name: /^Lock/ }).click();
    await expect.poll(() => audience.isClosed()).toBe(true);
  } finally {
    await app.close();
    rmSync(userData, { recursive: true, force: true });
  }
});
