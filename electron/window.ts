import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { APP_URL } from './app-origin';

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

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(options));
  win.once('ready-to-show', () => win.show());
  win.loadURL(APP_URL).catch((error: Error) => console.error(`LEAD Desk could not load its window: ${error.message}`));
  return win;
}
