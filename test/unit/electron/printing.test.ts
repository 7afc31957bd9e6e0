import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { localDate } from '../../../electron/local-date';
import { callerFor, setUpDesk } from '../../support/core';
import { readyReferral, setUpTeam } from '../../support/intake';
import { bootMain, type BootedMain } from './boot-main';

let booted: BootedMain;
let printerModule: typeof import('../../../electron/print/electron-printer');
/** Imported with the printer, after the fake Electron is in place: the class its module instance throws. */
let PrintViewProblem: typeof import('../../../electron/print/printer').PrintViewProblem;

beforeEach(async () => {
  booted = await bootMain();
  booted.fake.app.setPath('documents', join(booted.userData, 'Documents'));
  printerModule = await import('../../../electron/print/electron-printer');
  ({ PrintViewProblem } = await import('../../../electron/print/printer'));
});
/** What a print view answers the printer's probe: loading, ready, or unable to print and why. */
const LOADING = { ready: false, problem: null };
const READY = { ready: true, problem: null };

afterEach(() => {
  vi.useRealTimers();
  booted.fake.WebContents.initialScriptResult = READY;
  booted.dispose();
});

const JOB = { path: 'print/consent-form/7', title: 'LEAD consent to release information', destination: 'pdf' } as const;

function makePrinter() {
  // The fake window stands in for Electron's (tsc sees the real module's types, Vitest the fake).
  const parent = () => booted.window() as unknown as import('electron').BrowserWindow;
  return printerModule.createElectronPrinter({ preload: '/app/out/preload/preload.js', parent });
}

/** The print window is the one the printer opened next to the main window. */
function printWindow() {
  const win = booted.fake.BrowserWindow.getAllWindows().find((candidate) => candidate !== booted.window());
  if (!win) throw new Error('no print window is open');
  return win;
}

/** Starts a print whose view is not ready yet, so the test can look at the open print window. */
async function printHeldOpen(printer: ReturnType<typeof makePrinter>, job: Parameters<typeof printer.print>[0] = JOB) {
  booted.fake.WebContents.initialScriptResult = LOADING;
  const pending = printer.print(job);
  await vi.waitFor(() => printWindow());
  const win = printWindow();
  booted.fake.WebContents.initialScriptResult = READY;
  await vi.waitFor(() => expect(win.webContents.scripts.length).toBeGreaterThan(0));
  // The view answers `answer` at its next probe: ready by default.
  return { win, finish: (answer: unknown = READY) => ((win.webContents.scriptResult = answer), pending) };
}

describe('the Electron printer', () => {
  it('renders the print route in a hidden window as hardened as the main one, and saves where the person chooses', async () => {
    const target = join(booted.userData, 'chosen.pdf');
    booted.fake.dialog.nextSavePath = target;
    const printer = makePrinter();
    const { win, finish } = await printHeldOpen(printer);
    expect(win.options.show).toBe(false);
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      devTools: false,
      preload: '/app/out/preload/preload.js',
    });
    expect(win.webContents.getURL()).toBe('app://lead/print/consent-form/7');
    expect(await finish()).toBe('saved');
    expect(win.webContents.pdfRequests).toEqual([{ pageSize: 'Letter', preferCSSPageSize: true, printBackground: true }]);
    expect(win.isDestroyed()).toBe(true);
    expect(readFileSync(target, 'utf8')).toContain('%PDF');
    const [request] = booted.fake.dialog.saveRequests;
    expect(request!.parent).toBe(booted.window());
    expect(request!.options.defaultPath).toBe(join(booted.userData, 'Documents', `${JOB.title}.pdf`));
  });

  it('writes nothing when the person cancels the save dialog', async () => {
    booted.fake.dialog.nextSavePath = null;
    expect(await makePrinter().print(JOB)).toBe('cancelled');
    expect(booted.fake.BrowserWindow.getAllWindows()).toEqual([booted.window()]);
  });

  it('closes the print window and asks nothing when printing fails', async () => {
    const printer = makePrinter();
    const { win, finish } = await printHeldOpen(printer);
    win.webContents.printFails = true;
    await expect(finish()).rejects.toThrow('Printing failed');
    expect(win.isDestroyed()).toBe(true);
    expect(booted.fake.dialog.saveRequests).toEqual([]);
  });

  it('opens the system print dialog for the printer, and neither makes a PDF nor asks where to save one', async () => {
    const printer = makePrinter();
    const { win, finish } = await printHeldOpen(printer, { ...JOB, destination: 'printer' });
    expect(await finish()).toBe('printed');
    expect(win.webContents.printRequests).toEqual([{ silent: false, printBackground: true }]);
    expect(win.webContents.pdfRequests).toEqual([]);
    expect(booted.fake.dialog.saveRequests).toEqual([]);
    expect(win.isDestroyed()).toBe(true);
  });

  it('tells a cancelled print dialog from a failed print job', async () => {
    const cancelled = await printHeldOpen(makePrinter(), { ...JOB, destination: 'printer' });
    cancelled.win.webContents.printAnswer = { success: false, failureReason: 'Print job canceled' };
    expect(await cancelled.finish()).toBe('cancelled');
    const failed = await printHeldOpen(makePrinter(), { ...JOB, destination: 'printer' });
    failed.win.webContents.printAnswer = { success: false, failureReason: 'Print job failed' };
    await expect(failed.finish()).rejects.toThrow('Printing failed: Print job failed');
    expect(booted.fake.BrowserWindow.getAllWindows()).toEqual([booted.window()]);
  });

  it('prints nothing when the print view says it cannot be printed, and passes on its reason', async () => {
    const printer = makePrinter();
    const { win, finish } = await printHeldOpen(printer, { ...JOB, destination: 'printer' });
    const refused = finish({ ready: false, problem: 'the slip’s words do not fit four to a sheet.' });
    await expect(refused).rejects.toBeInstanceOf(PrintViewProblem);
    await expect(refused).rejects.toThrow('the slip’s words do not fit four to a sheet.');
    expect(win.webContents.printRequests).toEqual([]);
    expect(win.webContents.pdfRequests).toEqual([]);
    expect(booted.fake.BrowserWindow.getAllWindows()).toEqual([booted.window()]);
  });

  it('gives up on a print view that never finishes loading', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'Date'] });
    booted.fake.WebContents.initialScriptResult = LOADING;
    const pending = makePrinter().print(JOB);
    const outcome = expect(pending).rejects.toThrow('did not finish loading');
    await vi.advanceTimersByTimeAsync(16_000);
    await outcome;
    expect(booted.fake.BrowserWindow.getAllWindows()).toEqual([booted.window()]);
  });

  it('lets a print window talk to the core only while it is printing', async () => {
    const printer = makePrinter();
    const { win, finish } = await printHeldOpen(printer);
    expect(printer.openFrames()).toEqual([win.webContents.mainFrame]);
    booted.fake.dialog.nextSavePath = null;
    await finish();
    expect(printer.openFrames()).toEqual([]);
  });
});

describe('printing through main.ts', () => {
  it('prints a consent form from a print.document call, the print window reading its data over IPC', async () => {
    const app = callerFor((channel, input) => booted.invoke(booted.window().webContents.mainFrame, channel, input));
    await setUpDesk(app);
    const { pairId } = await setUpTeam(app);
    const now = new Date();
    const participant = await app.ok('participants.enroll', {
      referralId: await readyReferral(
        app,
        { name: 'Jordan Testcase', dateOfBirth: '1990-05-12' },
        new Date(now.getTime() - 3_600_000).toISOString(),
      ),
      pairId,
    });
    const consent = await app.ok('consents.create', {
      participantId: participant.id,
      consent: {
        patientName: 'Jordan Testcase',
        discloser: 'LEAD case management team',
        recipients: [{ recipient: { kind: 'bhsb' }, scope: 'status' }],
        purpose: 'Program oversight',
        rightToRevokeAcknowledged: true,
        expiry: { kind: 'event', event: 'Leaving LEAD' },
        signedOn: localDate(now),
        witness: 'Casey Casework',
      },
    });
    const target = join(booted.userData, 'consent.pdf');
    booted.fake.dialog.nextSavePath = target;

    const printing = app.call('print.document', { job: { document: 'consent-form', consentId: consent.id }, destination: 'pdf' });
    await vi.waitFor(() => printWindow());
    const win = printWindow();
    // The print view asks for its data from the print window's own frame: the guard lets it in.
    expect(
      await booted.fake.ipcMain.invokeFrom(win.webContents, win.webContents.mainFrame, 'lead:invoke', 'consents.get', { id: consent.id }),
    ).toMatchObject({
      ok: true,
      value: { id: consent.id },
    });
    expect(await printing).toEqual({ ok: true, value: { outcome: 'saved', record: null } });
    expect(win.webContents.getURL()).toBe(`app://lead/print/consent-form/${consent.id}`);
    expect(existsSync(target)).toBe(true);
    expect(await booted.fake.ipcMain.invokeFrom(win.webContents, win.webContents.mainFrame, 'lead:invoke', 'app.status', {})).toMatchObject(
      {
        ok: false,
        error: { code: 'FORBIDDEN' },
      },
    );
  }, 60_000);
});
