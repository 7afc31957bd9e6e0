import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bootMain, type BootedMain } from './boot-main';

let booted: BootedMain;
afterEach(() => booted.dispose());

describe('the main window', () => {
  it('is created with the hardened web preferences and the built preload', async () => {
    booted = await bootMain();
    const { webPreferences } = booted.window().options;
    expect(webPreferences).toEqual({
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
      devTools: true,
    });
  });

  it('has no DevTools in the packaged app', async () => {
    booted = await bootMain({ packaged: true });
    expect(booted.window().options.webPreferences?.devTools).toBe(false);
  });

  it('fits a 1366x768 screen', async () => {
    booted = await bootMain();
    const { width, height, minWidth, minHeight } = booted.window().options as Record<string, number>;
    expect(minWidth).toBeLessThanOrEqual(width!);
    expect(minHeight).toBeLessThanOrEqual(height!);
    expect(width).toBeLessThanOrEqual(1366);
    // 768 less a taskbar and a title bar.
    expect(height).toBeLessThanOrEqual(728);
  });

  it('loads app://lead/ and shows itself only when ready to show', async () => {
    booted = await bootMain();
    const win = booted.window();
    expect(win.webContents.getURL()).toBe('app://lead/');
    expect(win.options.show).toBe(false);
    expect(win.visible).toBe(false);
    win.emit('ready-to-show');
    expect(win.visible).toBe(true);
  });
});
