import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    // Each test file gets its own temp data folder; scrypt and SQLite keep two workers busy.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    alias: { electron: new URL('./test/unit/fakes/electron.ts', import.meta.url).pathname },
    reporters: process.env.CI_REPORT_DIR ? ['default', ['json', { outputFile: `${process.env.CI_REPORT_DIR}/vitest.json` }]] : ['default'],
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
  },
});
