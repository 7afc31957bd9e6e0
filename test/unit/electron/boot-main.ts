import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';
import { TRAINING_FLAG } from '../../../electron/synthetic/training-desk';
import { CLOSE_GRACE_MS } from '../../../electron/window';
import { makeDataDir, removeDataDir } from '../../support/data-dir';

export type FakeElectron = typeof import('../fakes/electron');

export interface BootedMain {
  fake: FakeElectron;
  /** Where main.ts was told userData is; the core's data folder is its data/ child. */
  userData: string;
  /** The one window main.ts opened (throws if there is none). */
  window(): InstanceType<FakeElectron['BrowserWindow']>;
  /** Closes the main window as a person would, and waits out the grace given to unsaved drafts. */
  closeWindow(): Promise<void>;
  /** Calls the app's invoke handler as ipcRenderer.invoke would from `frame` of the main window. */
  invoke(frame: InstanceType<FakeElectron['WebFrameMain']> | null, channel: unknown, input?: unknown): Promise<unknown>;
  dispose(): void;
}

export interface BootOptions {
  packaged?: boolean;
  anotherInstanceRunning?: boolean;
  /**
   * Started with --training: main.ts builds the training program (real scrypt cost) before it
   * opens the window, so boot waits up to this long for the window.
   */
  trainingBuildMs?: number;
}

/**
 * Runs electron/main.ts against a fresh fake Electron, as `electron .` would, then makes the
 * app ready. The app folder is a temp folder with a tiny built renderer, so these tests do not
 * depend on (or race with) `vite build`.
 */
export async function bootMain(options: BootOptions = {}): Promise<BootedMain> {
  vi.resetModules();
  const fake = await import('../fakes/electron');
  const root = makeDataDir('electron');
  const userData = join(root, 'user-data');
  const rendererDir = join(root, 'app', 'out', 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>LEAD Desk</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'export {};');
  writeFileSync(join(root, 'app', 'secret.txt'), 'outside the renderer folder');
  fake.app.setPath('userData', userData);
  fake.app.appPath = join(root, 'app');
  fake.app.isPackaged = options.packaged ?? false;
  fake.app.anotherInstanceRunning = options.anotherInstanceRunning ?? false;

  const argv = process.argv;
  // main.ts reads its flags as it starts, before its first await.
  if (options.trainingBuildMs) process.argv = [...argv, TRAINING_FLAG];
  try {
    await import('../../../electron/main');
  } finally {
    process.argv = argv;
  }
  await fake.app.becomeReady();

  const window = () => {
    const [win] = fake.BrowserWindow.getAllWindows();
    if (!win) throw new Error('main.ts opened no window');
    return win;
  };
  if (options.trainingBuildMs) await vi.waitFor(window, { timeout: options.trainingBuildMs, interval: 200 });
  return {
    fake,
    userData,
    window,
    async closeWindow() {
      window().close();
      await new Promise((resolve) => setTimeout(resolve, CLOSE_GRACE_MS + 50));
    },
    invoke: (frame, channel, input) => fake.ipcMain.invokeFrom(window().webContents, frame, 'lead:invoke', channel, input),
    dispose() {
      if (!fake.app.quitRequested) fake.app.quit();
      removeDataDir(root);
    },
  };
}
