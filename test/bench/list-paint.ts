import { chromium } from '@playwright/test';
import { resolve } from 'node:path';
import { APP_URL, CHROMIUM_ARGS, wireContext } from '../e2e/app-context';
import { BenchDesk } from './bench-desk';
import { summarize, type Timing } from './measure';

const RENDERER_DIR = process.env.LEAD_RENDERER_DIR ?? resolve(__dirname, '../../out/renderer');
const RUNS = 30;
const WARM_UP_RUNS = 2;
/** Names typed a key at a time, as a person types them: first names and surnames of the dataset, common and rare. */
const TYPED_NAMES = ['onyx', 'juniper', 'quill', 'kai', 'thistle', 'birch'];

/**
 * The in-page half, installed as `window.__listBench`, with plain DOM calls for the reason
 * renderer-paint.ts gives (Playwright's locators slow the page itself). Kept as source text for
 * the same reason as BOARD_BENCH there. It reads the page by what a person sees (tables, the
 * status line), not by the app's internals, so the same measure runs on any version of the app.
 */
const LIST_BENCH = `{
  frame() { return new Promise((done) => requestAnimationFrame(() => done())); },
  async until(condition) { while (!condition()) await this.frame(); },
  rows(selector) { return document.querySelectorAll(selector).length; },
  navigate(name) {
    const item = [...document.querySelectorAll('nav a, nav button')].find((element) => element.textContent.trim() === name);
    if (!item) throw new Error('no "' + name + '" in the navigation');
    item.click();
  },
  async leaveFor(selector) {
    await this.until(() => document.querySelector('nav') !== null);
    this.navigate('Staff');
    await this.until(() => this.rows(selector) === 0);
    await this.frame();
    await this.frame();
  },
  /** From the click on the page's name to its first rows painted (two frames after they are in the document). */
  async open(name, selector) {
    const started = performance.now();
    this.navigate(name);
    await this.until(() => this.rows(selector) > 0);
    await this.frame();
    await this.frame();
    return { paint: performance.now() - started, rows: this.rows(selector), nodes: document.getElementsByTagName('*').length };
  },
  /**
   * Types 'text' into the name search a key at a time. For each key: from the search being sent
   * (after the box's pause for typing) to its answer painted, the status line naming the query.
   */
  async type(text) {
    if (!this.wrapped) {
      const invoke = window.__leadInvoke;
      window.__leadInvoke = (channel, input) => {
        if (channel === 'people.search' && !input.offset) window.__searchSent = { query: input.query, at: performance.now() };
        return invoke(channel, input);
      };
      this.wrapped = true;
    }
    const box = [...document.querySelectorAll('input')].find((input) => input.labels && [...input.labels].some((label) => label.textContent.includes('Search participants')));
    if (!box) throw new Error('no participant search box');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    const answered = (query) => [...document.querySelectorAll('[role=status]')].some((status) => status.textContent.includes('\\u201c' + query + '\\u201d'));
    const times = [];
    for (let i = 1; i <= text.length; i += 1) {
      const query = text.slice(0, i);
      window.__searchSent = null;
      setValue.call(box, query);
      box.dispatchEvent(new Event('input', { bubbles: true }));
      await this.until(() => window.__searchSent !== null && window.__searchSent.query === query && answered(query));
      await this.frame();
      await this.frame();
      times.push(performance.now() - window.__searchSent.at);
    }
    setValue.call(box, '');
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await this.until(() => ![...document.querySelectorAll('[role=status]')].some((status) => status.textContent.includes('\\u201c')));
    return times;
  },
}`;

export interface ListTiming extends Timing {
  /** Rows drawn and elements in the document once painted. */
  rows?: number;
  dom_nodes?: number;
}

interface Opening {
  paint: number;
  rows: number;
  nodes: number;
}

const PAGES = [
  { key: 'participants_page_paint', nav: 'Participants', rows: '.participant-table tbody tr' },
  { key: 'referrals_page_paint', nav: 'Referrals', rows: '[aria-label="Referrals"] tbody tr' },
] as const;

/**
 * On the decade dataset, as the supervisor (who sees everyone), in Chromium at 1366x768:
 * - `participants_page_paint`, `referrals_page_paint`: from the click on the page's name in the
 *   navigation (coming from the staff page) to its first rows painted, the core's round trip
 *   included; with the rows drawn and the document's element count;
 * - `name_search_keystroke`: each key of a name typed into the participants search, from the
 *   search being sent to its answer painted. The box waits SEARCH_DELAY_MS (150 ms) after a key
 *   before it sends, so a fast typist's keys are not each searched; that pause is not included.
 */
export async function measureListPaint(encryptedDir: string): Promise<Record<string, ListTiming>> {
  const desk = await BenchDesk.open(encryptedDir, 'sqlcipher');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const results: Record<string, ListTiming> = {};
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    await wireContext(context, { invoke: (channel, input) => desk.invokeRaw(channel, input), onEvent: () => () => {} }, RENDERER_DIR);
    const page = await context.newPage();
    await page.goto(APP_URL);
    await page.evaluate(`window.__listBench = ${LIST_BENCH}`);
    for (const { key, nav, rows } of PAGES) {
      const openings: Opening[] = [];
      for (let run = 0; run < WARM_UP_RUNS + RUNS; run += 1) {
        await page.evaluate(`window.__listBench.leaveFor(${JSON.stringify(rows)})`);
        const opening = (await page.evaluate(`window.__listBench.open(${JSON.stringify(nav)}, ${JSON.stringify(rows)})`)) as Opening;
        if (run >= WARM_UP_RUNS) openings.push(opening);
      }
      results[key] = {
        ...summarize(openings.map((opening) => opening.paint)),
        rows: openings.at(-1)!.rows,
        dom_nodes: openings.at(-1)!.nodes,
      };
    }
    await page.evaluate(`window.__listBench.leaveFor('.participant-table tbody tr')`);
    await page.evaluate(`window.__listBench.open('Participants', '.participant-table tbody tr')`);
    const keystrokes: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      for (const name of TYPED_NAMES)
        keystrokes.push(...((await page.evaluate(`window.__listBench.type(${JSON.stringify(name)})`)) as number[]));
    }
    results.name_search_keystroke = summarize(keystrokes);
    await context.close();
  } finally {
    await browser.close();
    desk.dispose();
  }
  return results;
}
