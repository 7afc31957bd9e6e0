import { defineConfig } from '@playwright/test';

/**
 * `npm run test:electron` only (test/electron/run.mjs): the built app in the real Electron shell.
 * Not part of `npm test`, which runs everywhere, including machines with no Electron binary.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  workers: 1,
  // The first start builds the training desk's invented program (10 to 30 s) before the window opens.
  timeout: 240_000,
  expect: { timeout: 30_000 },
  reporter: [['list']],
});
