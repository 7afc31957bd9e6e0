import type { Migration } from './index';

/**
 * Holds version 5 on this branch only, so that 0006 sits at its position: another branch adds
 * the real 0005. Drop this file (and its line in index.ts) when the two are merged.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'placeholder for the parallel migration 0005',
  up() {},
};
