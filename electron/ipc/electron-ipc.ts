import { ipcMain, type BrowserWindow } from 'electron';
import type { LeadCore } from '../lead-core';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './bridge-channels';
import { guardInvoke, type FrameIdentity, type TrustedWindow } from './sender-guard';
import { PRINT_WINDOW } from './window-scope';

/**
 * Connects the core to Electron's IPC: one invoke channel in, guarded by the sender check, each
 * trusted frame calling through its window's connection (the main window as the core itself,
 * the app's own print windows within PRINT_WINDOW), and one event channel out to the main window.
 */
export function connectIpc(core: LeadCore, mainWindow: () => BrowserWindow | null, printFrames: () => FrameIdentity[]): void {
  const liveWindow = () => {
    const win = mainWindow();
    return win && !win.isDestroyed() ? win : null;
  };
  const printing = core.connect(PRINT_WINDOW);
  const trusted = (): TrustedWindow[] => {
    const prints = printFrames().map((frame) => ({ frame, connection: printing }));
    const main = liveWindow()?.webContents.mainFrame;
    return main ? [{ frame: main, connection: core }, ...prints] : prints;
  };
  ipcMain.handle(INVOKE_CHANNEL, guardInvoke(trusted));
  core.onEvent((event) => liveWindow()?.webContents.send(EVENT_CHANNEL, event));
}
