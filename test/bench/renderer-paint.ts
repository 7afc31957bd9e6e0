import { chromium } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Board } from '../../shared/ipc/caseload-contract';
import type { Reply } from '../../shared/ipc/reply';
import { APP_URL, CHROMIUM_ARGS, wireContext } from '../e2e/app-context';
import { BenchDesk } from './bench-desk';
import { summarize, type Timing } from './measure';

const RENDERER_DIR = resolve(__dirname, '../../out/renderer');
const CARD_COUNTS = [60, 400] as const;
const RUNS = 15;

/**
 * Runs in the page. Kept as source text: tsx's transform names inner functions with a helper
 * that exists only in Node, so a function passed to page.evaluate would fail in the browser.
 */
const OPEN_BOARD_AND_TIME_PAINT = `async (expected) => {
  const nav = [...document.querySelectorAll('nav a, nav button')].find((element) => element.textContent.trim() === 'Board');
  const started = performance.now();
  nav.click();
  await new Promise((done) => {
    const check = () => (document.querySelectorAll('[data-card-id]').length >= expected ? done() : requestAnimationFrame(check));
    check();
  });
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  return performance.now() - started;
}`;

/** The team board cut to its first `cards` cards, lane by lane: the same markup, a chosen size. */
function trimmed(board: Board, cards: number): Board {
  let left = cards;
  const lanes = board.lanes.map((lane) => {
    const kept = lane.cards.slice(0, Math.max(0, left));
    left -= kept.length;
    return { ...lane, cards: kept };
  });
  return { ...board, lanes };
}

function bundleBytes(): { js: number; css: number } {
  const assets = join(RENDERER_DIR, 'assets');
  const sizes = { js: 0, css: 0 };
  for (const file of readdirSync(assets)) {
    if (file.endsWith('.js')) sizes.js += statSync(join(assets, file)).size;
    if (file.endsWith('.css')) sizes.css += statSync(join(assets, file)).size;
  }
  return sizes;
}

/**
 * Time from opening the board route (clicking "Board" in the navigation, coming from the staff
 * page) to the last card being painted (two animation frames after it is in the document), on
 * the supervisor's team board
 * served by the real core, cut to 60 and to 400 cards. Measured in the page, so the IPC round
 * trip to the core is included but Playwright's own protocol is not.
 */
export async function measureRendererPaint(encryptedDir: string): Promise<Record<string, unknown>> {
  const desk = await BenchDesk.open(encryptedDir, 'sqlcipher');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const results: Record<string, Timing & { cards: number }> = {};
  try {
    for (const cards of CARD_COUNTS) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const core = {
        invoke: async (channel: string, input: unknown) => {
          const reply = await desk.invokeRaw(channel, input);
          return channel === 'board.team' && reply.ok ? ({ ok: true, value: trimmed(reply.value as Board, cards) } satisfies Reply<Board>) : reply;
        },
        onEvent: () => () => {},
      };
      await wireContext(context, core, RENDERER_DIR);
      const page = await context.newPage();
      await page.goto(APP_URL);
      await page.getByRole('button', { name: 'Board', exact: true }).or(page.getByRole('link', { name: 'Board', exact: true })).first().waitFor();
      const samples: number[] = [];
      for (let run = 0; run < RUNS + 2; run += 1) {
        // Leave for a light page: the participants list of ten years would still be drawing.
        await page.getByRole('button', { name: 'Staff', exact: true }).or(page.getByRole('link', { name: 'Staff', exact: true })).first().click();
        await page.locator('[data-card-id]').first().waitFor({ state: 'detached' });
        const ms = (await page.evaluate(`(${OPEN_BOARD_AND_TIME_PAINT})(${cards})`)) as number;
        if (run >= 2) samples.push(ms);
      }
      results[`board_paint_${cards}_cards`] = { cards, ...summarize(samples) };
      await context.close();
    }
  } finally {
    await browser.close();
    desk.dispose();
  }
  return { ...results, bundle_bytes: bundleBytes() };
}
