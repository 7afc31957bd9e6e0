import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bootMain, type BootedMain } from './boot-main';

const SETUP = { programName: 'Test District LEAD', displayName: 'Avery Testwell', username: 'avery', password: 'correct horse battery' };

let booted: BootedMain;
afterEach(() => {
  vi.useRealTimers();
  booted.dispose();
});

/** Sets the desk up through the window, which leaves the administrator signed in. */
async function signedIn(): Promise<void> {
  const frame = booted.window().webContents.mainFrame;
  expect(await booted.invoke(frame, 'setup.create', SETUP)).toMatchObject({ ok: true });
  expect(await status()).toMatchObject({ value: { phase: 'ready', signedIn: { user: { username: 'avery' } } } });
}

const status = () => booted.invoke(booted.window().webContents.mainFrame, 'app.status', {});

describe('single instance', () => {
  it('a second copy quits before touching anything', async () => {
    booted = await bootMain({ anotherInstanceRunning: true });
    expect(booted.fake.app.quitRequested).toBe(true);
    expect(booted.fake.BrowserWindow.getAllWindows()).toEqual([]);
    expect(booted.fake.ipcMain.handlers.size).toBe(0);
    expect(booted.fake.protocol.handlers.size).toBe(0);
    expect(existsSync(booted.userData)).toBe(false);
  });

  it('the first copy comes forward when a second one starts', async () => {
    booted = await bootMain();
    const win = booted.window();
    win.minimize();
    booted.fake.app.emit('second-instance', new booted.fake.FakeEvent(), [], '/');
    expect(win.isMinimized()).toBe(false);
    expect(win.focused).toBe(true);
  });

  it('a second copy starting as the first one closes does not touch the closed window', async () => {
    booted = await bootMain();
    await booted.closeWindow();
    expect(() => booted.fake.app.emit('second-instance', new booted.fake.FakeEvent(), [], '/')).not.toThrow();
  });
});

describe('the data folder', () => {
  it('is data/ under userData', async () => {
    booted = await bootMain();
    await signedIn();
    expect(readdirSync(join(booted.userData, 'data'))).toEqual(
      expect.arrayContaining(['keyslots.json', expect.stringMatching(/^desk-[0-9]+\.db$/), expect.stringMatching(/^records-[0-9]+\.db$/)]),
    );
  });
});

describe('locking and quitting', () => {
  it('closing the window quits the app', async () => {
    booted = await bootMain();
    await booted.closeWindow();
    expect(booted.fake.app.quitRequested).toBe(true);
  });

  it('closing the window first tells the renderer, so unsaved typing is sent before it goes', async () => {
    booted = await bootMain();
    const win = booted.window();
    win.close();
    expect(win.isDestroyed()).toBe(false);
    expect(win.webContents.sent).toEqual([{ channel: 'lead:event', args: [{ type: 'window.closing' }] }]);
    await vi.waitFor(() => expect(win.isDestroyed()).toBe(true), { timeout: 2000 });
    expect(booted.fake.app.quitRequested).toBe(true);
  });

  it('quitting locks the desk and stops the idle timer', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    booted = await bootMain();
    await signedIn();
    expect(vi.getTimerCount()).toBe(1);
    booted.fake.app.quit();
    expect(await status()).toMatchObject({ ok: true, value: { phase: 'ready', signedIn: null } });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a Windows sign-out or shutdown closes the desk', async () => {
    booted = await bootMain();
    await signedIn();
    booted.window().emit('session-end', new booted.fake.FakeEvent());
    expect(await status()).toMatchObject({ ok: true, value: { phase: 'ready', signedIn: null } });
  });

  it.each(['lock-screen', 'suspend'])('the OS event %s locks the desk and tells the window', async (name) => {
    booted = await bootMain();
    await signedIn();
    booted.fake.powerMonitor.emit(name);
    expect(await status()).toMatchObject({ ok: true, value: { phase: 'ready', signedIn: null } });
    expect(booted.window().webContents.sent).toEqual([{ channel: 'lead:event', args: [{ type: 'session.ended', reason: 'lock' }] }]);
  });

  it('the idle timer locks the desk after the idle-lock setting and tells the window', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    booted = await bootMain();
    await signedIn();
    vi.advanceTimersByTime(14 * 60_000);
    expect(booted.window().webContents.sent).toEqual([]);
    vi.advanceTimersByTime(60_000 + 15_000);
    expect(booted.window().webContents.sent).toEqual([{ channel: 'lead:event', args: [{ type: 'session.ended', reason: 'idle' }] }]);
    expect(await status()).toMatchObject({ value: { signedIn: null } });
  });
});
