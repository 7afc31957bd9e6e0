import { ipcMain, type BrowserWindow } from 'electron';
import type { LeadCore } from '../lead-core';
import type { ElectronAudienceScreen } from '../meeting/audience-window';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './bridge-channels';
import { guardInvoke, type FrameIdentity, type TrustedWindow } from './sender-guard';
import { AUDIENCE_WINDOW, PRINT_WINDOW } from './window-scope';

/**
 * Connects the core to Electron's IPC: one invoke channel in, guarded by the sender check, each
 * trusted frame calling through its window's connection (the main window as the core itself,
 * the app's own print windows within PRINT_WINDOW, the meeting's audience window within
 * AUDIENCE_WINDOW), and one event channel out to each window, carrying the events its scope names.
 */
export function connectIpc(
  core: LeadCore,
  mainWindow: () => BrowserWindow | null,
  printFrames: () => FrameIdentity[],
  audience?: Pick<ElectronAudienceScreen, 'frame' | 'deliver'>,
): void {
  const liveWindow = () => {
    const win = mainWindow();
    return win && !win.isDestroyed() ? win : null;
  };
  const printing = core.connect(PRINT_WINDOW);
  const room = core.connect(AUDIENCE_WINDOW);
  const trusted = (): TrustedWindow[] => {
    const windows: TrustedWindow[] = printFrames().map((frame) => ({ frame, connection: printing }));
    const audienceFrame = audience?.frame();
    if (audienceFrame) windows.unshift({ frame: audienceFrame, connection: room });
    const main = liveWindow()?.webContents.mainFrame;
    if (main) windows.unshift({ frame: main, connection: core });
    return windows;
  };
  ipcMain.handle(INVOKE_CHANNEL, guardInvoke(trusted));
  core.onEvent((event) => liveWindow()?.webContents.send(EVENT_CHANNEL, event));
  // session.ended blanks the room's screen in the same turn as the lock (audience-window.ts).
  if (audience) room.onEvent((event) => audience.deliver(event));
}
