import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import type { LeadEvent } from '../shared/ipc/contract';
import { APP_URL } from './app-origin';
import { EVENT_CHANNEL } from './ipc/bridge-channels';

export interface MainWindowOptions {
  preload: string;
  /** Off in the packaged app: DevTools would let anyone at the desk read the renderer's memory. */
  devTools: boolean;
}

export function mainWindowOptions({ preload, devTools }: MainWindowOptions): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 720,
    // Fits the work area of a 1366x768 laptop screen with a taskbar.
    minWidth: 1024,
    minHeight: 600,
    title: 'LEAD Desk',
    // Shown on ready-to-show, so nobody sees a blank white frame first.
    show: false,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // Chromium's spellchecker downloads its dictionaries; the app makes no network requests.
      spellcheck: false,
      safeDialogs: true,
      navigateOnDragDrop: false,
      devTools,
    },
  };
}

/** How long a closing window waits for the renderer to send unsaved typing: it takes milliseconds. */
export const CLOSE_GRACE_MS = 600;

/**
 * Closing the window must not lose the last keystrokes of a form (drafts save 400 ms after
 * typing pauses): the first close is held back, the renderer is told, and the window closes
 * after a short grace while its draft saves arrive.
 */
function saveBeforeClosing(win: BrowserWindow): void {
  let told = false;
  win.on('close', (event) => {
    if (told) return;
    told = true;
    event.preventDefault();
    const closing: LeadEvent = { type: 'window.closing' };
    win.webContents.send(EVENT_CHANNEL, closing);
    setTimeout(() => {
      if (!win.isDestroyed()) win.close();
    }, CLOSE_GRACE_MS);
  });
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(options));
  saveBeforeClosing(win);
  win.once('ready-to-show', () => win.show());
  win.loadURL(APP_URL).catch((error: Error) => console.error(`LEAD Desk could not load its window: ${error.message}`));
  return win;
}
