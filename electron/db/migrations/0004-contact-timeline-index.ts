import type { Migration } from './index';

/**
 * A participant's contacts side by side on disk. Contacts are stored in the order they are
 * logged, so the hundreds of contacts of one long-time participant sit one to a page among
 * everyone else's, and opening their record read (and, encrypted, decrypted) a page per
 * contact. This index holds every column the timeline shows, sorted by participant, so the
 * record reads a few dozen pages instead. It starts with (participant_id, occurred_at), so it
 * also answers "newest contact" for the board and replaces the index that did.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'contacts indexed for the timeline',
  up(db) {
    db.exec(`
      CREATE INDEX contacts_timeline ON contacts (participant_id, occurred_at, kind, duration_minutes, staff, place, created_by, note);
      DROP INDEX contacts_participant_time;
    `);
  },
};
