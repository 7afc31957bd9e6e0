import { ipcMain, type BrowserWindow } from 'electron';
import type { LeadCore } from '../lead-core';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './bridge-channels';
import { guardInvoke } from './sender-guard';

/**
 * Connects the core to Electron's IPC: one invoke channel in, guarded by the sender check, and
 * one event channel out to the main window only.
 */
export function connectIpc(core: LeadCore, mainWindow: () => BrowserWindow | null): void {
  const liveWindow = () => {
    const win = mainWindow();
    return win && !win.isDestroyed() ? win : null;
  };
  ipcMain.handle(INVOKE_CHANNEL, guardInvoke(core, () => liveWindow()?.webContents.mainFrame ?? null));
  core.onEvent((event) => liveWindow()?.webContents.send(EVENT_CHANNEL, event));
}
