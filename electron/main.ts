import { join } from 'node:path';
import { app, powerMonitor, session, type BrowserWindow } from 'electron';
import { registerAppScheme, serveApp } from './app-protocol';
import { hardenApp, hardenSession } from './hardening';
import { connectIpc } from './ipc/electron-ipc';
import { systemClock } from './clock';
import { createElectronFolderChooser } from './directory/electron-folder-chooser';
import { createLeadCore } from './lead-core';
import { createAudienceScreen } from './meeting/audience-window';
import { createElectronPrinter } from './print/electron-printer';
import { prepareTrainingDesk, TRAINING_FLAG, TRAINING_SCRYPT_COST } from './synthetic/training-desk';
import { createMainWindow } from './window';

/** How often the idle-lock setting is checked; the setting itself is in minutes. */
const IDLE_CHECK_MS = 15_000;

async function startLeadDesk(): Promise<void> {
  hardenApp();
  registerAppScheme();

  // The training desk has a data folder of its own; its core never learns the real one's path.
  const training = process.argv.includes(TRAINING_FLAG);
  const dataDir = join(app.getPath('userData'), training ? 'training' : 'data');
  if (training) await prepareTrainingDesk(dataDir, systemClock, TRAINING_SCRYPT_COST);

  const preload = join(app.getAppPath(), 'out', 'preload', 'preload.js');
  let mainWindow: BrowserWindow | null = null;
  const printer = createElectronPrinter({ preload, parent: () => mainWindow });
  // Made before the core, which is given it; it opens no window (and touches no display) until
  // the meeting asks, after the main window exists.
  const audience = createAudienceScreen({ preload, presenter: () => mainWindow });
  const folders = createElectronFolderChooser(() => mainWindow);
  const core = createLeadCore({ dataDir, printer, folders, audience, training });
  connectIpc(core, () => mainWindow, printer.openFrames, audience);
  const idleTimer = setInterval(() => core.lockIfIdle(), IDLE_CHECK_MS);

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // Closing the window ends the app on every platform: a desk left running would keep the key.
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', () => {
    clearInterval(idleTimer);
    core.close();
  });

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    serveApp(join(app.getAppPath(), 'out', 'renderer'));
    // A locked screen or a sleeping laptop (whose memory may be written to disk) must not hold the key.
    powerMonitor.on('lock-screen', () => core.lock());
    powerMonitor.on('suspend', () => core.lock());
    mainWindow = createMainWindow({ preload, devTools: !app.isPackaged });
    // Windows skips before-quit when the user signs out or shuts down; this is its last word.
    mainWindow.on('session-end', () => core.close());
    mainWindow.on('closed', () => {
      mainWindow = null;
      // The room's screen goes with the presenter; left open it would also keep the app running.
      audience.close();
    });
  });
}

// A second copy would open the same database: hand over to the first one instead.
if (app.requestSingleInstanceLock()) {
  startLeadDesk().catch((error: unknown) => {
    // Only the kind of failure: the training build must not print anything it was writing.
    console.error(`[lead-desk] could not start: ${error instanceof Error ? error.name : typeof error}`);
    app.quit();
  });
} else {
  app.quit();
}
