import { chromium, expect, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { APP_URL, CHROMIUM_ARGS, wireContext } from '../e2e/app-context';
import { BenchDesk } from './bench-desk';
import type { Subjects } from './operations';

const RENDERER_DIR = resolve(__dirname, '../../out/renderer');
/** Longer than the board's refresh delay (150 ms) and an event's trip, several times over: a call that would follow has come by then. */
const SETTLE_MS = 750;

export interface ActionCalls {
  /** Calls from the window to the main process the action made (the idle-lock heartbeat left out). */
  calls: number;
  channels: string[];
  target: number;
}

export interface IpcCallsResult {
  card_move: ActionCalls;
  contact_from_record: ActionCalls;
}

/**
 * How many IPC calls one card move on the supervisor's team board and one contact logged from a
 * participant's record make, counted where every call of the page passes to the core (where
 * Electron's ipcMain would see it), on the decade dataset, in Chromium. `session.touch` (sent at
 * most once in 30 s on any key or click, for the idle lock) is not part of an action.
 */
export async function measureIpcCalls(encryptedDir: string, subjects: Subjects): Promise<IpcCallsResult> {
  const desk = await BenchDesk.open(encryptedDir, 'sqlcipher');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const channels: string[] = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    await wireContext(
      context,
      {
        invoke: (channel, input, requestId) => {
          channels.push(channel);
          return desk.invokeRaw(channel, input, requestId);
        },
        onEvent: (listener) => desk.onEvent(listener),
      },
      RENDERER_DIR,
    );
    const page = await context.newPage();
    await page.goto(APP_URL);
    const participantId = subjects.participantIds[0]!;

    await navigate(page, 'Board');
    const cardOnBoard = page.locator(`[data-card-id="${participantId}"]`);
    await expect(cardOnBoard).toBeAttached({ timeout: 60_000 });
    const cardMove = await counted(page, channels, async () => {
      await cardOnBoard.locator('.board-card-open').focus();
      await page.keyboard.press('m');
      await page.getByRole('menu', { name: 'Move to…' }).getByRole('menuitem', { name: 'Inactive', exact: true }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Reason').fill('Benchmark: not seen for three weeks.');
      await dialog.getByRole('button', { name: 'Move to Inactive' }).click();
      await expect(page.locator('.board-news[role="status"]')).toContainText('moved to Inactive', { timeout: 60_000 });
    });

    await cardOnBoard.locator('.board-card-open').click();
    const contacts = page.getByRole('region', { name: 'Contacts' });
    await expect(contacts).toBeVisible({ timeout: 60_000 });
    const contactFromRecord = await counted(page, channels, async () => {
      await contacts.getByRole('button', { name: 'Log a contact' }).click();
      await contacts.getByLabel('Kind of contact').selectOption({ label: 'Phone call' });
      await contacts.getByRole('button', { name: 'Log contact' }).click();
      await expect(contacts.getByRole('status')).toHaveText('Contact logged.', { timeout: 60_000 });
    });
    await context.close();
    return { card_move: cardMove, contact_from_record: contactFromRecord };
  } finally {
    await browser.close();
    desk.dispose();
  }
}

async function navigate(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name }).click();
}

async function counted(page: Page, channels: string[], action: () => Promise<void>): Promise<ActionCalls> {
  await page.waitForTimeout(SETTLE_MS);
  const mark = channels.length;
  await action();
  await page.waitForTimeout(SETTLE_MS);
  const made = channels.slice(mark).filter((channel) => channel !== 'session.touch');
  return { calls: made.length, channels: made, target: 1 };
}
