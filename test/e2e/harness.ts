import { test as base, expect, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { CONTENT_SECURITY_POLICY, resolveAsset } from '../../electron/app-assets';
import { createLeadCore, type LeadCore } from '../../electron/lead-core';
import { CHANNELS } from '../../shared/ipc/contract';
import { createLeadApi } from '../../shared/ipc/lead-api';
import { makeDataDir, removeDataDir } from '../support/data-dir';
import { TestClock } from '../support/test-clock';

export const APP_URL = 'http://lead.localhost/';
const RENDERER_DIR = resolve(__dirname, '../../out/renderer');
const SCREENSHOT_DIR = resolve(__dirname, '../../test-results/screens');

export interface TestApp {
  page: Page;
  dataDir: string;
  clock: TestClock;
  core: LeadCore;
  /** Loads the renderer; call again to simulate restarting the window. */
  open(path?: string): Promise<void>;
  /** Ends the main process side, as closing the app does; the data folder stays. */
  closeCore(): void;
  screenshot(name: string): Promise<void>;
}

/**
 * One import gives a test a fresh LEAD Desk: the real built renderer, `window.lead` made by the
 * shared createLeadApi, and the real router on a real encrypted database in a temp data folder.
 * Only Electron's transport is replaced: Playwright's binding stands in for ipcMain.
 */
export const test = base.extend<{ app: TestApp }>({
  app: async ({ page }, use, testInfo) => {
    const dataDir = makeDataDir('e2e');
    const clock = new TestClock();
    const core = createLeadCore({ dataDir, clock });
    await page.exposeBinding('__leadInvoke', (_source, channel: string, input: unknown) => core.invoke(channel, input));
    await page.addInitScript({ content: leadApiInitScript() });
    core.onEvent((event) => {
      page.evaluate((e) => (window as unknown as { __leadDispatch(e: unknown): void }).__leadDispatch(e), event).catch(() => {});
    });
    await page.route(`${APP_URL}**`, async (route) => {
      const asset = resolveAsset(RENDERER_DIR, new URL(route.request().url()).pathname);
      if (!asset) return route.fulfill({ status: 404, body: 'not found' });
      return route.fulfill({
        path: asset.file,
        contentType: asset.mimeType,
        headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
      });
    });
    // Anything else the page asks for would be a remote request: there must be none.
    await page.route((url) => !url.href.startsWith(APP_URL), (route) => route.abort());
    const idleTimer = setInterval(() => core.lockIfIdle(), 100);
    let coreOpen = true;
    await use({
      page,
      dataDir,
      clock,
      core,
      open: async (path = '') => {
        await page.goto(APP_URL + path);
      },
      closeCore: () => {
        clearInterval(idleTimer);
        core.close();
        coreOpen = false;
      },
      screenshot: async (name) => {
        await page.screenshot({ path: `${SCREENSHOT_DIR}/${testInfo.titlePath.slice(1).join(' - ')} - ${name}.png`.replace(/[^\w./ -]/g, '_'), fullPage: true });
      },
    });
    clearInterval(idleTimer);
    if (coreOpen) core.close();
    removeDataDir(dataDir);
  },
});

export { expect };

function leadApiInitScript(): string {
  return `(() => {
    const listeners = new Set();
    window.__leadDispatch = (event) => listeners.forEach((listener) => listener(event));
    const transport = {
      invoke: (channel, input) => window.__leadInvoke(channel, input),
      subscribe: (listener) => { listeners.add(listener); return () => listeners.delete(listener); },
    };
    Object.defineProperty(window, 'lead', {
      value: (${createLeadApi.toString()})(${JSON.stringify(CHANNELS)}, transport),
      writable: false,
      configurable: false,
    });
  })();`;
}
