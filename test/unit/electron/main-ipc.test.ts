import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bootMain, type BootedMain } from './boot-main';

const FORBIDDEN = { ok: false, error: { code: 'FORBIDDEN', message: expect.any(String) } };
const SETUP = { programName: 'Test District LEAD', displayName: 'Avery Testwell', username: 'avery', password: 'correct horse battery' };

let booted: BootedMain;
beforeEach(async () => {
  booted = await bootMain();
});
afterEach(() => booted.dispose());

const mainFrame = () => booted.window().webContents.mainFrame;

describe('the lead:invoke handler', () => {
  it('passes a message from the main window to the real core', async () => {
    expect(await booted.invoke(mainFrame(), 'app.status', {})).toEqual({ ok: true, value: { phase: 'setup' } });
  });

  it('refuses a message with no sender frame', async () => {
    expect(await booted.invoke(null, 'app.status', {})).toEqual(FORBIDDEN);
  });

  it('refuses a subframe, even on the app origin, without reaching the core', async () => {
    const iframe = mainFrame().child('app://lead/');
    expect(await booted.invoke(iframe, 'setup.create', SETUP)).toEqual(FORBIDDEN);
    expect(await booted.invoke(mainFrame(), 'app.status', {})).toEqual({ ok: true, value: { phase: 'setup' } });
  });

  it('refuses the top frame of any other web contents', async () => {
    const other = new booted.fake.WebContents();
    other.mainFrame.url = 'app://lead/';
    expect(await booted.fake.ipcMain.invokeFrom(other, other.mainFrame, 'lead:invoke', 'app.status', {})).toEqual(FORBIDDEN);
  });

  it('refuses the main window once it shows another origin', async () => {
    mainFrame().url = 'https://example.com/';
    expect(await booted.invoke(mainFrame(), 'app.status', {})).toEqual(FORBIDDEN);
  });

  it('refuses everything after the window has closed', async () => {
    const contents = booted.window().webContents;
    await booted.closeWindow();
    expect(await booted.fake.ipcMain.invokeFrom(contents, contents.mainFrame, 'lead:invoke', 'app.status', {})).toEqual(FORBIDDEN);
  });

  it('answers a channel that is not a string as unknown', async () => {
    expect(await booted.invoke(mainFrame(), ['app.status'], {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });
});

describe('events', () => {
  it('reach the main window on lead:event', async () => {
    expect(await booted.invoke(mainFrame(), 'setup.create', SETUP)).toMatchObject({ ok: true });
    expect(await booted.invoke(mainFrame(), 'session.lock', {})).toEqual({ ok: true, value: { done: true } });
    expect(booted.window().webContents.sent).toEqual([{ channel: 'lead:event', args: [{ type: 'session.ended', reason: 'lock' }] }]);
  });

  it('carry back the request id the window sent with the change', async () => {
    const contents = booted.window().webContents;
    expect(await booted.invoke(mainFrame(), 'setup.create', SETUP)).toMatchObject({ ok: true });
    const invoke = (channel: string, input: unknown, requestId: unknown) =>
      booted.fake.ipcMain.invokeFrom(contents, mainFrame(), 'lead:invoke', channel, input, requestId);
    expect(await invoke('settings.update', { contactAgingDays: 4 }, 'w1-7')).toMatchObject({ ok: true });
    expect(contents.sent).toEqual([
      { channel: 'lead:event', args: [{ type: 'records.changed', participantIds: null, requestId: 'w1-7' }] },
    ]);
    expect(await invoke('settings.update', { contactAgingDays: 5 }, 'not a request id')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(contents.sent).toHaveLength(1);
  });
});
