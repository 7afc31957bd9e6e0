import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { createLeadCore, type LeadCore } from '../../electron/lead-core';
import type { Printer } from '../../electron/print/printer';
import type { PrintDestination } from '../../shared/print-jobs';
import { waitForPrintView } from './print-view';
import { APP_URL, wireContext } from './app-context';
import { pageAudience } from './audience-page';
import { makeDataDir, removeDataDir } from '../support/data-dir';
import { TestClock } from '../support/test-clock';
import { TRAINING_BUILD_MS, trainingProgramBuilder } from './helpers/training-program';

// A copy of the build can be served instead (LEAD_RENDERER_DIR), so that a build in progress never
// pulls files out from under a test run that is reading them.
const RENDERER_DIR = process.env.LEAD_RENDERER_DIR ?? resolve(__dirname, '../../out/renderer');
// Outside Playwright's output folder, which each run empties: screenshots stay to be looked at.
const SCREENSHOT_DIR = resolve(__dirname, '../../screenshots');

export interface PrintedDocument {
  path: string;
  title: string;
  destination: PrintDestination;
  pdf: Buffer;
}

/** One call the page made through window.lead, as it reached the main process. */
export interface IpcCall {
  channel: string;
  requestId: string | null;
}

export interface TestApp {
  page: Page;
  dataDir: string;
  clock: TestClock;
  core: LeadCore;
  /**
   * Every call the pages made, oldest first: counted where they pass from the page to the core,
   * as Electron's ipcMain would see them (calls a test makes on `core` itself are not among them).
   */
  ipcCalls: IpcCall[];
  /** What the app printed, newest last: the PDFs Chromium made from the print routes. */
  printed: PrintedDocument[];
  /** The folder an export is written to: the folder dialog's stand-in chooses it (electron/directory/folder-chooser.ts). */
  exportDir: string;
  /** Loads the renderer; call again to simulate restarting the window. */
  open(path?: string): Promise<void>;
  /** Ends the main process side, as closing the app does; the data folder stays. */
  closeCore(): void;
  screenshot(name: string): Promise<void>;
  /** The meeting room's screen, once the desk has opened it (meetings.audience), else null. */
  audience(): Promise<Page | null>;
  /** A screenshot of the room's screen at 1920x1080, kept beside the app's. */
  screenshotAudience(name: string): Promise<void>;
}

/**
 * One import gives a test a fresh LEAD Desk: the real built renderer, `window.lead` made by the
 * shared createLeadApi, and the real router on a real encrypted database in a temp data folder.
 * Only Electron is replaced: Playwright's binding stands in for ipcMain, a second page with
 * page.pdf() for the hidden print window and printToPDF, and a page of its own context, held to
 * the audience window's scope, for the meeting room's screen (audience-page.ts).
 */
export const test = base.extend<{ app: TestApp; training: boolean }, { trainingProgram: ReturnType<typeof trainingProgramBuilder> }>({
  /** `test.use({ training: true })`: the app is a training desk holding the synthetic team program. */
  training: [false, { option: true }],
  trainingProgram: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
    async ({}, use) => {
      const builder = trainingProgramBuilder();
      await use(builder);
      builder.remove();
    },
    { scope: 'worker' },
  ],
  app: async ({ page, context, browser, training, trainingProgram }, use, testInfo) => {
    const dataDir = makeDataDir('e2e');
    const clock = new TestClock();
    const printed: PrintedDocument[] = [];
    if (training) {
      if (!trainingProgram.built()) testInfo.setTimeout(testInfo.timeout + TRAINING_BUILD_MS);
      cpSync(await trainingProgram.folder(), dataDir, { recursive: true });
    }
    const audience = pageAudience(browser, () => core, RENDERER_DIR);
    const exportDir = `${dataDir}-export`;
    // The folder dialog's stand-in: the person always picks this folder, beside the data folder.
    const folders = {
      choose: async () => {
        mkdirSync(exportDir, { recursive: true });
        return exportDir;
      },
    };
    const core = createLeadCore({ dataDir, clock, printer: pdfPrinter(context, printed), folders, audience, training });
    const ipcCalls: IpcCall[] = [];
    const counted: Pick<LeadCore, 'invoke' | 'onEvent'> = {
      invoke: (channel, input, requestId) => {
        ipcCalls.push({ channel, requestId: typeof requestId === 'string' ? requestId : null });
        return core.invoke(channel, input, requestId);
      },
      onEvent: (listener) => core.onEvent(listener),
    };
    await wireContext(context, counted, RENDERER_DIR);
    const idleTimer = setInterval(() => core.lockIfIdle(), 100);
    let coreOpen = true;
    const screenshotPath = (name: string) =>
      `${SCREENSHOT_DIR}/${`${testInfo.titlePath.slice(1).join(' - ')} - ${name}.png`.replace(/[^\w./ -]/g, '_')}`;
    await use({
      page,
      dataDir,
      clock,
      core,
      ipcCalls,
      printed,
      exportDir,
      open: async (path = '') => {
        await page.goto(APP_URL + path);
      },
      closeCore: () => {
        clearInterval(idleTimer);
        core.close();
        coreOpen = false;
      },
      screenshot: async (name) => {
        await page.screenshot({ path: screenshotPath(name), fullPage: true });
      },
      audience: () => audience.page(),
      screenshotAudience: async (name) => {
        const shown = await audience.page();
        if (!shown) throw new Error('The room’s screen is not open.');
        await shown.screenshot({ path: screenshotPath(`room - ${name}`) });
      },
    });
    await audience.dispose();
    clearInterval(idleTimer);
    if (coreOpen) core.close();
    removeDataDir(dataDir);
    rmSync(exportDir, { recursive: true, force: true });
  },
});

export { APP_URL, expect };

function pdfPrinter(context: BrowserContext, printed: PrintedDocument[]): Printer {
  return {
    async print({ path, title, destination }) {
      const page = await context.newPage();
      try {
        await page.goto(APP_URL + path);
        await waitForPrintView(page);
        // What the printer would be sent is the PDF the system dialog's "save as PDF" makes.
        const pdf = await page.pdf({ format: 'Letter', preferCSSPageSize: true, printBackground: true });
        printed.push({ path, title, destination, pdf });
        return destination === 'printer' ? 'printed' : 'saved';
      } finally {
        await page.close();
      }
    },
  };
}
