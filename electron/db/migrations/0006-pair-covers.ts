import type { Migration } from './index';

/**
 * Covers: a case manager or peer stepping in for another pair for the rest of the desk's day,
 * with their reason. A cover is for one calendar day at the desk (`covered_on`), so it ends at
 * the desk's midnight without anything having to close it; asking again the same day keeps the
 * first one, which says since when.
 */
export const migration0006: Migration = {
  version: 6,
  name: 'pair covers',
  up(db) {
    db.exec(`
      CREATE TABLE pair_covers (
        id INTEGER PRIMARY KEY,
        staff_id INTEGER NOT NULL REFERENCES staff(id),
        pair_id INTEGER NOT NULL REFERENCES pairs(id),
        covered_on TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (length(reason) > 0),
        started_at TEXT NOT NULL,
        UNIQUE (staff_id, pair_id, covered_on)
      );
      CREATE INDEX pair_covers_day ON pair_covers (covered_on);
    `);
  },
};
