import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { LeadCore } from '../../electron/lead-core';
import { AUDIENCE_WINDOW } from '../../electron/ipc/window-scope';
import type { AudienceScreen } from '../../electron/meeting/audience-screen';
import { AUDIENCE_PATH } from '../../shared/audience-route';
import { APP_URL, wireContext } from './app-context';

/** The room's screen as a projector shows it (issue 12 asks for 1920x1080). */
export const AUDIENCE_VIEWPORT = { width: 1920, height: 1080 } as const;

export interface PageAudience extends AudienceScreen {
  /** The audience page once it has loaded, or null when the desk has not opened it (or closed it). */
  page(): Promise<Page | null>;
  dispose(): Promise<void>;
}

/**
 * The audience window of the end-to-end tests: what electron/meeting/audience-window.ts is in
 * Electron, a page of its own browser context whose window.lead is a connection held to
 * AUDIENCE_WINDOW, so the page can call what the real audience window can, and nothing else.
 */
export function pageAudience(browser: Browser, core: () => LeadCore, rendererDir: string): PageAudience {
  let context: Promise<BrowserContext> | null = null;
  let opening: Promise<Page> | null = null;

  const audienceContext = () => {
    context ??= (async () => {
      const made = await browser.newContext({ viewport: AUDIENCE_VIEWPORT });
      await wireContext(made, core().connect(AUDIENCE_WINDOW), rendererDir);
      return made;
    })();
    return context;
  };

  return {
    open() {
      opening ??= (async () => {
        const page = await (await audienceContext()).newPage();
        await page.goto(APP_URL + AUDIENCE_PATH);
        return page;
      })();
    },
    close() {
      const closing = opening;
      opening = null;
      void closing?.then((page) => page.close());
    },
    isOpen: () => opening !== null,
    page: async () => (opening ? await opening : null),
    async dispose() {
      if (context) await (await context).close();
    },
  };
}
