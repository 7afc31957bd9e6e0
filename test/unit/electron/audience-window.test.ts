import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ElectronAudienceScreen } from '../../../electron/meeting/audience-window';
import { ADMIN, callerFor, setUpDesk } from '../../support/core';
import { setUpTeam, signInAs, TEAM } from '../../support/intake';
import { bootMain, type BootedMain } from './boot-main';

const AUDIENCE_MODULE = '../../../electron/meeting/audience-window';
const WINDOW_REFUSAL = { ok: false, error: { code: 'FORBIDDEN', message: 'This window does not allow that.' } };
const PROJECTOR = { x: 1920, y: 0, width: 1920, height: 1080 };

let booted: BootedMain;
/** The audience screen main.ts made and gave the core: the tests open it as the meetings service will. */
let audience: ElectronAudienceScreen;

beforeEach(async () => {
  vi.doMock(AUDIENCE_MODULE, async (importOriginal) => {
    const real = await importOriginal<typeof import('../../../electron/meeting/audience-window')>();
    return {
      ...real,
      createAudienceScreen: (options: Parameters<typeof real.createAudienceScreen>[0]) => (audience = real.createAudienceScreen(options)),
    };
  });
  booted = await bootMain();
});
afterEach(() => {
  vi.doUnmock(AUDIENCE_MODULE);
  booted.dispose();
});

type FakeWindow = InstanceType<BootedMain['fake']['BrowserWindow']>;

/** The one window open beside the main one. */
function audienceWindow(): FakeWindow {
  const others = booted.fake.BrowserWindow.getAllWindows().filter((win) => win !== booted.window());
  if (others.length !== 1) throw new Error(`expected one audience window, found ${others.length}`);
  return others[0]!;
}

/** Opens the room's screen and lets it become ready, as Electron would once the page has painted. */
function openAudience(): FakeWindow {
  audience.open();
  const win = audienceWindow();
  win.emit('ready-to-show');
  return win;
}

const plugInProjector = (id = 2, bounds = PROJECTOR) => booted.fake.screen.addDisplay(booted.fake.makeDisplay(id, bounds));
const within = (inner: { x: number; y: number; width: number; height: number }, outer: typeof inner) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

describe('placement', () => {
  it('with one display, opens as a 1280x720 window on the primary display that the supervisor can drag, without taking focus', () => {
    audience.open();
    const opened = audienceWindow();
    expect(opened.options.show).toBe(false);
    expect(opened.visible).toBe(false);
    opened.emit('ready-to-show');
    expect(opened.visible).toBe(true);
    expect(opened.focused).toBe(false);
    expect(opened.fullScreen).toBe(false);
    expect(opened.options.focusable).not.toBe(false);
    const primary = booted.fake.screen.getPrimaryDisplay();
    expect(opened.getBounds()).toMatchObject({ width: 1280, height: 720 });
    expect(within(opened.getBounds(), primary.workArea)).toBe(true);
    expect(opened.webContents.getURL()).toBe('app://lead/audience');
    expect(audience.isOpen()).toBe(true);
  });

  it('with two displays, opens full screen on the one that is not primary', () => {
    plugInProjector();
    const win = openAudience();
    expect(win.fullScreen).toBe(true);
    expect(win.getBounds()).toEqual(PROJECTOR);
    expect(within(win.getBounds(), booted.fake.screen.getPrimaryDisplay().bounds)).toBe(false);
  });

  it('moves full screen to a display plugged in while it is open as a window', () => {
    const win = openAudience();
    expect(win.fullScreen).toBe(false);
    plugInProjector();
    expect(win.fullScreen).toBe(true);
    expect(win.getBounds()).toEqual(PROJECTOR);
  });

  it('stays on its projector when yet another display is plugged in', () => {
    plugInProjector();
    const win = openAudience();
    plugInProjector(3, { x: -1280, y: 0, width: 1280, height: 1024 });
    expect(win.getBounds()).toEqual(PROJECTOR);
    expect(win.fullScreen).toBe(true);
  });

  it('opening it again while open places it afresh and shows it, without a second window', () => {
    const win = openAudience();
    plugInProjector();
    win.setFullScreen(false);
    win.setBounds({ x: 100, y: 100 });
    audience.open();
    expect(audienceWindow()).toBe(win);
    expect(win.getBounds()).toEqual(PROJECTOR);
  });
});

describe('blanking', () => {
  it('hides and closes at once when its display is removed, and comes back as a window on the primary', () => {
    plugInProjector();
    const win = openAudience();
    const hidden: boolean[] = [];
    // What the window was when the operating system moved it off the removed display: hidden, or gone.
    win.on('close', () => hidden.push(!win.visible));
    booted.fake.screen.removeDisplay(2);
    expect(hidden).toEqual([true]);
    expect(win.isDestroyed()).toBe(true);
    expect(audience.isOpen()).toBe(false);
    expect(audience.frame()).toBeNull();

    const reopened = openAudience();
    expect(reopened.fullScreen).toBe(false);
    expect(within(reopened.getBounds(), booted.fake.screen.getPrimaryDisplay().workArea)).toBe(true);
  });

  it('blanks when a display it was dragged onto is removed', () => {
    const win = openAudience();
    plugInProjector(3, { x: -1280, y: 0, width: 1280, height: 1024 });
    // It moved full screen to display 3; the supervisor takes it out of full screen and drags it onto display 4.
    win.setFullScreen(false);
    plugInProjector(4, { x: 0, y: -1080, width: 1920, height: 1080 });
    win.setBounds({ x: 200, y: -900, width: 1280, height: 720 });
    booted.fake.screen.removeDisplay(4);
    expect(win.isDestroyed()).toBe(true);
  });

  it('stays when a display it is not on is removed', () => {
    plugInProjector();
    plugInProjector(3, { x: -1280, y: 0, width: 1280, height: 1024 });
    const win = openAudience();
    booted.fake.screen.removeDisplay(3);
    expect(win.isDestroyed()).toBe(false);
    expect(win.visible).toBe(true);
  });

  it('closes in the same turn as a lock, an operating-system lock and a sign-out', async () => {
    const app = callerFor((channel, input) => booted.invoke(booted.window().webContents.mainFrame, channel, input));
    await setUpDesk(app);
    let win = openAudience();
    await app.ok('session.lock', {});
    expect(win.isDestroyed()).toBe(true);

    win = openAudience();
    booted.fake.powerMonitor.emit('lock-screen');
    expect(win.isDestroyed()).toBe(true);

    win = openAudience();
    booted.fake.powerMonitor.emit('suspend');
    expect(win.isDestroyed()).toBe(true);

    await app.ok('session.signIn', { username: ADMIN.username, password: ADMIN.password });
    win = openAudience();
    await app.ok('session.signOut', {});
    expect(win.isDestroyed()).toBe(true);
    // Its page never saw the session end: the window was gone first.
    expect(win.webContents.sent).toEqual([]);
  });

  it('closes with the main window, so the app still quits', async () => {
    const win = openAudience();
    await booted.closeWindow();
    expect(win.isDestroyed()).toBe(true);
    expect(booted.fake.app.quitRequested).toBe(true);
  });
});

describe('the presenter window', () => {
  it('is protected from screen capture while the room’s screen is open, and not after', () => {
    const main = booted.window();
    expect(main.contentProtected).toBe(false);
    openAudience();
    expect(main.contentProtected).toBe(true);
    audience.close();
    expect(main.contentProtected).toBe(false);
    plugInProjector();
    openAudience();
    expect(main.contentProtected).toBe(true);
    booted.fake.screen.removeDisplay(2);
    expect(main.contentProtected).toBe(false);
  });
});

describe('hardening', () => {
  it('has the main window’s web preferences, no DevTools and no menu', () => {
    const win = openAudience();
    expect(win.options.webPreferences).toEqual({
      preload: join(booted.fake.app.getAppPath(), 'out', 'preload', 'preload.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      safeDialogs: true,
      navigateOnDragDrop: false,
      devTools: false,
    });
    expect(win.menuRemoved).toBe(true);
  });

  it('opens no other window and leaves the app’s origin for nothing (the app-wide guard covers it)', () => {
    const win = openAudience();
    expect(win.webContents.windowOpen('app://lead/')).toBe('deny');
    const away = booted.fake.navigationEvent('https://example.com/');
    win.webContents.emit('will-navigate', away);
    expect(away.defaultPrevented).toBe(true);
  });
});

describe('the audience window’s calls and events', () => {
  const fromAudience = (win: FakeWindow, channel: string, input: unknown = {}) =>
    booted.fake.ipcMain.invokeFrom(win.webContents, win.webContents.mainFrame, 'lead:invoke', channel, input);

  it('are held to AUDIENCE_WINDOW: the room view passes, a participant list does not', async () => {
    const app = callerFor((channel, input) => booted.invoke(booted.window().webContents.mainFrame, channel, input));
    await setUpDesk(app);
    const win = openAudience();
    // Events outside its scope stay with the main window.
    await app.ok('settings.update', { contactAgingDays: 4 });
    expect(booted.window().webContents.sent).toHaveLength(1);
    expect(win.webContents.sent).toEqual([]);

    await setUpTeam(app);
    // Each sign-out on the way closed it, as a lock does.
    expect(win.isDestroyed()).toBe(true);
    await signInAs(app, TEAM.supervisor);
    const room = openAudience();
    expect(await fromAudience(room, 'participants.list', {})).toEqual(WINDOW_REFUSAL);
    expect(await fromAudience(room, 'session.signOut', {})).toEqual(WINDOW_REFUSAL);
    expect(await fromAudience(room, 'meetings.roomView', {})).toEqual({ ok: true, value: { kind: 'blank' } });
    expect(await app.ok('participants.list', {})).toMatchObject({ participants: [] });

    // The events it names reach its page (session.ended excepted: that closes it).
    expect(room.webContents.sent).toEqual([]);
    audience.deliver({ type: 'meeting.room' });
    expect(room.webContents.sent).toEqual([{ channel: 'lead:event', args: [{ type: 'meeting.room' }] }]);
  }, 60_000);

  it('are refused from a frame inside it and from it once closed', async () => {
    const win = openAudience();
    const iframe = win.webContents.mainFrame.child('app://lead/audience');
    expect(await booted.fake.ipcMain.invokeFrom(win.webContents, iframe, 'lead:invoke', 'app.status', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await fromAudience(win, 'app.status', {})).toEqual(WINDOW_REFUSAL);
    expect(await fromAudience(win, 'meetings.roomView', {})).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
    audience.close();
    expect(await fromAudience(win, 'meetings.roomView', {})).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'This request did not come from the LEAD Desk window.' },
    });
  });
});
