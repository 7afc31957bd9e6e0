import { ipcMain, type BrowserWindow } from 'electron';
import type { LeadCore } from '../lead-core';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './bridge-channels';
import { guardInvoke, type FrameIdentity } from './sender-guard';

/**
 * Connects the core to Electron's IPC: one invoke channel in, guarded by the sender check (the
 * main window and the app's own print windows), and one event channel out to the main window.
 */
export function connectIpc(core: LeadCore, mainWindow: () => BrowserWindow | null, printFrames: () => FrameIdentity[]): void {
  const liveWindow = () => {
    const win = mainWindow();
    return win && !win.isDestroyed() ? win : null;
  };
  const trusted = () => {
    const main = liveWindow()?.webContents.mainFrame;
    return main ? [main, ...printFrames()] : printFrames();
  };
  ipcMain.handle(INVOKE_CHANNEL, guardInvoke(core, trusted));
  core.onEvent((event) => liveWindow()?.webContents.send(EVENT_CHANNEL, event));
}
