import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { SYNTHETIC_PASSWORD, TRAINING_ACCOUNTS } from '../../../electron/synthetic/synthetic-accounts';
import { bootMain, type BootedMain } from './boot-main';

/** main.ts builds the team program with the real scrypt cost: this one test is slow on purpose. */
const TRAINING_BUILD_MS = 240_000;

let booted: BootedMain;
afterEach(() => booted.dispose());

it(
  'with --training, the app opens a training desk in userData/training and never touches userData/data',
  async () => {
    booted = await bootMain({ trainingBuildMs: TRAINING_BUILD_MS });
    const frame = booted.window().webContents.mainFrame;

    expect(await booted.invoke(frame, 'app.mode', {})).toEqual({
      ok: true,
      value: { training: true, trainingAccounts: TRAINING_ACCOUNTS },
    });
    expect(readdirSync(booted.userData).sort()).toEqual(['training']);
    expect(readdirSync(join(booted.userData, 'training'))).toEqual(
      expect.arrayContaining(['keyslots.json', expect.stringMatching(/^records-[0-9]+\.db$/)]),
    );

    // The desk is the built program, not a desk waiting to be set up: a practice account signs in.
    expect(await booted.invoke(frame, 'app.status', {})).toMatchObject({ ok: true, value: { phase: 'ready', signedIn: null } });
    expect(await booted.invoke(frame, 'session.signIn', { username: 'cm1', password: SYNTHETIC_PASSWORD })).toMatchObject({
      ok: true,
      value: { user: { username: 'cm1', role: 'case_manager' } },
    });
    booted.fake.app.quit();
    expect(existsSync(join(booted.userData, 'data'))).toBe(false);
  },
  TRAINING_BUILD_MS + 30_000,
);

it('without --training, app.mode says so', async () => {
  booted = await bootMain();
  expect(await booted.invoke(booted.window().webContents.mainFrame, 'app.mode', {})).toEqual({
    ok: true,
    value: { training: false, trainingAccounts: null },
  });
  expect(existsSync(join(booted.userData, 'training'))).toBe(false);
});
