import type { BrowserContext } from '@playwright/test';
import { CONTENT_SECURITY_POLICY, resolveAsset } from '../../electron/app-assets';
import type { LeadCore } from '../../electron/lead-core';
import { CHANNELS } from '../../shared/ipc/contract';
import { createLeadApi } from '../../shared/ipc/lead-api';

export const APP_URL = 'http://lead.localhost/';

/**
 * The Chromium switches every test and benchmark runs with: no sandbox (CI runs as root), no GPU
 * (a headless machine has none), and nothing that would reach the network on its own.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Every page of the context (the app window and print pages) gets the app as Electron serves it:
 * the built renderer from `rendererDir` under the app's CSP, and window.lead wired to `core`.
 */
export async function wireContext(context: BrowserContext, core: Pick<LeadCore, 'invoke' | 'onEvent'>, rendererDir: string): Promise<void> {
  // Replies cross as JSON text: Playwright's own serialisation of a binding's result costs the
  // page tens of milliseconds for a 400-card board, where Electron's structured clone costs a few.
  await context.exposeBinding('__leadInvoke', async (_source, channel: string, input: unknown, requestId: unknown) =>
    JSON.stringify(await core.invoke(channel, input, requestId ?? undefined)),
  );
  await context.addInitScript({ content: leadApiInitScript() });
  core.onEvent((event) => {
    for (const open of context.pages()) {
      open.evaluate((e) => (window as unknown as { __leadDispatch(e: unknown): void }).__leadDispatch(e), event).catch(() => {});
    }
  });
  await context.route(`${APP_URL}**`, async (route) => {
    const asset = resolveAsset(rendererDir, new URL(route.request().url()).pathname);
    if (!asset) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({
      path: asset.file,
      contentType: asset.mimeType,
      headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
    });
  });
  // Anything else a page asks for would be a remote request: there must be none.
  await context.route(
    (url) => !url.href.startsWith(APP_URL),
    (route) => route.abort(),
  );
}

function leadApiInitScript(): string {
  return `(() => {
    const listeners = new Set();
    window.__leadDispatch = (event) => listeners.forEach((listener) => listener(event));
    const transport = {
      invoke: (channel, input, requestId) => window.__leadInvoke(channel, input, requestId ?? null).then(JSON.parse),
      subscribe: (listener) => { listeners.add(listener); return () => listeners.delete(listener); },
    };
    Object.defineProperty(window, 'lead', {
      value: (${createLeadApi.toString()})(${JSON.stringify(CHANNELS)}, transport),
      writable: false,
      configurable: false,
    });
  })();`;
}
