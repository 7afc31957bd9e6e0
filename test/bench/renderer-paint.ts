import { chromium } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Board } from '../../shared/ipc/caseload-contract';
import type { Reply } from '../../shared/ipc/reply';
import { APP_URL, CHROMIUM_ARGS, wireContext } from '../e2e/app-context';
import { BenchDesk } from './bench-desk';
import { summarize } from './measure';
import type { BoardTiming, RendererResult } from './report';

const RENDERER_DIR = resolve(__dirname, '../../out/renderer');
const CARD_COUNTS = [60, 400] as const;
const RUNS = 40;
const WARM_UP_RUNS = 2;

/**
 * The in-page half of the measure, installed as `window.__boardBench`. It finds and clicks the
 * navigation itself, with plain DOM calls: Playwright's role locators leave the page several
 * times slower at building DOM (measured: 400 spans x 14 went from 15 to 100 ms), which would
 * be a cost of the tool, not of the app. Kept as source text: tsx's transform names inner
 * functions with a helper that exists only in Node, so a function passed to page.evaluate would
 * fail in the browser.
 */
const BOARD_BENCH = `{
  frame() { return new Promise((done) => requestAnimationFrame(() => done())); },
  async until(condition) { while (!condition()) await this.frame(); },
  cards() { return document.querySelectorAll('[data-card-id]').length; },
  navigate(name) {
    const item = [...document.querySelectorAll('nav a, nav button')].find((element) => element.textContent.trim() === name);
    if (!item) throw new Error('no "' + name + '" in the navigation');
    item.click();
  },
  async leaveBoard() {
    await this.until(() => document.querySelector('nav') !== null);
    this.navigate('Staff');
    await this.until(() => this.cards() === 0);
    await this.frame();
    await this.frame();
  },
  async openBoard(expected) {
    const started = performance.now();
    this.navigate('Board');
    let frames = 0, firstSeen = null, everySeen = null, firstDrawing = null;
    for (;;) {
      const cards = this.cards();
      if (firstSeen === null && cards > 0) firstSeen = frames;
      if (everySeen === null && cards >= expected) everySeen = frames;
      await this.frame();
      frames += 1;
      if (firstDrawing === null && firstSeen !== null && frames - firstSeen >= 2) firstDrawing = performance.now() - started;
      if (everySeen !== null && frames - everySeen >= 2) return { firstDrawing, everyCard: performance.now() - started };
    }
  },
}`;

/** The team board cut to its first `cards` cards, lane by lane, and to the lanes that hold them: a team of that size. */
function trimmed(board: Board, cards: number): Board {
  let left = cards;
  const lanes = [];
  for (const lane of board.lanes) {
    if (left === 0) break;
    const kept = lane.cards.slice(0, left);
    left -= kept.length;
    lanes.push({ ...lane, cards: kept });
  }
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

interface Opening {
  firstDrawing: number;
  everyCard: number;
}

/**
 * Time from the click on "Board" (coming from the staff page) to the board being painted, on the
 * supervisor's team board served by the real core and cut to 60 and to 400 cards:
 * - `board_paint_N_cards`: the board's first drawing painted (two animation frames after its
 *   first card is in the document): the screen's worth of lanes a person sees;
 * - `board_complete_N_cards`: every card in the document, painted the same way: the rest of
 *   the lanes, below the window, drawn after the first drawing is on screen.
 * The page shows the board it has from the last visit at once and refreshes it from the core
 * behind (that round trip runs inside the measure). The board's very first load after sign-in
 * waits for the core as well: the "team board" operation above. Measured in the page, so
 * Playwright's own protocol is not included.
 */
export async function measureRendererPaint(encryptedDir: string): Promise<RendererResult> {
  const desk = await BenchDesk.open(encryptedDir, 'sqlcipher');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const results: Record<string, BoardTiming> = {};
  try {
    for (const cards of CARD_COUNTS) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const core = {
        invoke: async (channel: string, input: unknown) => {
          const reply = await desk.invokeRaw(channel, input);
          return channel === 'board.team' && reply.ok
            ? ({ ok: true, value: trimmed(reply.value as Board, cards) } satisfies Reply<Board>)
            : reply;
        },
        onEvent: () => () => {},
      };
      await wireContext(context, core, RENDERER_DIR);
      const page = await context.newPage();
      await page.goto(APP_URL);
      await page.evaluate(`window.__boardBench = ${BOARD_BENCH}`);
      const openings: Opening[] = [];
      for (let run = 0; run < WARM_UP_RUNS + RUNS; run += 1) {
        await page.evaluate('window.__boardBench.leaveBoard()');
        const opening = (await page.evaluate(`window.__boardBench.openBoard(${cards})`)) as Opening;
        if (run >= WARM_UP_RUNS) openings.push(opening);
      }
      results[`board_paint_${cards}_cards`] = { cards, ...summarize(openings.map((opening) => opening.firstDrawing)) };
      results[`board_complete_${cards}_cards`] = { cards, ...summarize(openings.map((opening) => opening.everyCard)) };
      await context.close();
    }
  } finally {
    await browser.close();
    desk.dispose();
  }
  return { ...results, bundle_bytes: bundleBytes() };
}
