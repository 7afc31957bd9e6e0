import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BrowserWindow, app, dialog } from 'electron';
import { PRINT_PROBLEM_ATTRIBUTE, PRINT_READY_ATTRIBUTE } from '../../shared/print-jobs';
import { APP_URL } from '../app-origin';
import type { FrameIdentity } from '../ipc/sender-guard';
import { mainWindowOptions } from '../window';
import { PrintViewProblem, type PrintOutcome, type Printer } from './printer';

/** How long a print view may take to fetch its data before printing gives up. */
const READY_TIMEOUT_MS = 15_000;
const READY_POLL_MS = 100;

export interface ElectronPrinter extends Printer {
  /** Top frames of print windows now open: the IPC guard trusts these as it trusts the main window. */
  openFrames(): FrameIdentity[];
}

/**
 * Prints a print route as Electron does best: the same renderer in a hidden, equally hardened
 * window, then either the system print dialog (a printer, or the system's own "save as PDF"), or
 * printToPDF and a save dialog so the person decides where the PDF goes (never the data folder).
 * The PDF never passes through the renderer or the core. The page size is the print view's own
 * (CSS @page: a slip is half a letter sheet), Letter when it names none.
 */
export function createElectronPrinter(options: { preload: string; parent: () => BrowserWindow | null }): ElectronPrinter {
  const open = new Set<BrowserWindow>();
  return {
    openFrames: () => [...open].filter((win) => !win.isDestroyed()).map((win) => win.webContents.mainFrame),
    async print({ path, title, destination }) {
      const win = new BrowserWindow({ ...mainWindowOptions({ preload: options.preload, devTools: false }), show: false });
      open.add(win);
      let pdf: Buffer;
      try {
        await win.loadURL(APP_URL + path);
        await waitUntilReady(win);
        if (destination === 'printer') return await systemPrintDialog(win);
        pdf = await win.webContents.printToPDF({ pageSize: 'Letter', preferCSSPageSize: true, printBackground: true });
      } finally {
        open.delete(win);
        if (!win.isDestroyed()) win.close();
      }
      const parent = options.parent();
      const saveOptions = {
        title,
        defaultPath: join(app.getPath('documents'), `${title}.pdf`),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      };
      const choice = parent ? await dialog.showSaveDialog(parent, saveOptions) : await dialog.showSaveDialog(saveOptions);
      if (choice.canceled || !choice.filePath) return 'cancelled';
      await writeFile(choice.filePath, pdf);
      return 'saved';
    },
  };
}

/**
 * The system's print dialog for the hidden window. Electron answers once the job is handed to
 * the printer or the dialog is dismissed; a cancel is the person's choice, anything else a fault.
 */
function systemPrintDialog(win: BrowserWindow): Promise<PrintOutcome> {
  return new Promise((resolve, reject) => {
    win.webContents.print({ silent: false, printBackground: true }, (success, failureReason) => {
      if (success) resolve('printed');
      else if (/cancel/i.test(failureReason)) resolve('cancelled');
      else reject(new Error(`Printing failed: ${failureReason}`));
    });
  });
}

/** Until the print view is ready; a view that says it cannot be printed stops the job with its reason. */
async function waitUntilReady(win: BrowserWindow): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  const probe = `({ ready: document.body.getAttribute(${JSON.stringify(PRINT_READY_ATTRIBUTE)}) === 'true',
    problem: document.body.getAttribute(${JSON.stringify(PRINT_PROBLEM_ATTRIBUTE)}) })`;
  for (;;) {
    const state = (await win.webContents.executeJavaScript(probe)) as { ready: boolean; problem: string | null };
    if (state.problem !== null) throw new PrintViewProblem(state.problem);
    if (state.ready) return;
    if (Date.now() > deadline) throw new Error('the print view did not finish loading');
    await new Promise((resolve) => setTimeout(resolve, READY_POLL_MS));
  }
}
