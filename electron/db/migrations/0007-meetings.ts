import type { SplitMigration } from './index';

/**
 * The weekly partner meeting (docs/architecture.md, "The weekly meeting"): a meeting, its agenda
 * items, who was in the room, the action items it raised, and every time a participant was
 * shown to the room or printed into an agency's minutes. All of it is participant data, so it
 * lives in the records database.
 *
 * - At most one meeting is open (planned or running) at a time: the agenda is the program's.
 * - An item is about a participant or, before enrollment, a referral, never both. Its
 *   classification caps what any room may see of it, whatever a consent allows.
 * - An attendee's `recipient` is the agency a release of information names (JSON, as consents
 *   store it); NULL is a LEAD team member, to whom showing is not a disclosure.
 * - `meeting_disclosures` is what left the team: the level shown, to which agencies, under
 *   which consents. It is written in the same transaction as the audit entry.
 * - A win a participant agreed to share is marked on the outcome itself.
 */
export const migration0007: SplitMigration = {
  version: 7,
  name: 'meetings',
  target: 'records',
  up(db, schema) {
    db.exec(`
      CREATE TABLE ${schema}.meetings (
        id              INTEGER PRIMARY KEY,
        meets_on        TEXT NOT NULL,
        since_on        TEXT NOT NULL,
        state           TEXT NOT NULL CHECK (state IN ('planned', 'running', 'closed')),
        current_item_id INTEGER,
        blanked         INTEGER NOT NULL DEFAULT 0 CHECK (blanked IN (0, 1)),
        created_by      INTEGER NOT NULL REFERENCES staff (id),
        created_at      TEXT NOT NULL,
        started_at      TEXT,
        closed_at       TEXT,
        corrected_at    TEXT
      ) STRICT;
      CREATE UNIQUE INDEX ${schema}.meetings_one_open ON meetings (state <> 'closed') WHERE state <> 'closed';
      CREATE INDEX ${schema}.meetings_by_date ON meetings (meets_on);

      CREATE TABLE ${schema}.meeting_items (
        id             INTEGER PRIMARY KEY,
        meeting_id     INTEGER NOT NULL REFERENCES meetings (id),
        participant_id INTEGER REFERENCES participants (id),
        referral_id    INTEGER REFERENCES referrals (id),
        position       INTEGER NOT NULL,
        reasons        TEXT NOT NULL DEFAULT '[]',
        classification TEXT NOT NULL DEFAULT 'progress' CHECK (classification IN ('status', 'progress', 'clinical')),
        team_note      TEXT NOT NULL DEFAULT '',
        shared_summary TEXT NOT NULL DEFAULT '',
        decision       TEXT NOT NULL DEFAULT '',
        dropped        INTEGER NOT NULL DEFAULT 0 CHECK (dropped IN (0, 1)),
        added_by       INTEGER REFERENCES staff (id),
        discussed_at   TEXT,
        CHECK ((participant_id IS NULL) <> (referral_id IS NULL)),
        UNIQUE (meeting_id, participant_id),
        UNIQUE (meeting_id, referral_id)
      ) STRICT;
      CREATE INDEX ${schema}.meeting_items_participant ON meeting_items (participant_id);

      CREATE TABLE ${schema}.meeting_attendees (
        id              INTEGER PRIMARY KEY,
        meeting_id      INTEGER NOT NULL REFERENCES meetings (id),
        name            TEXT NOT NULL CHECK (length(name) > 0),
        recipient       TEXT,
        acknowledged_at TEXT NOT NULL,
        joined_at       TEXT NOT NULL,
        left_at         TEXT
      ) STRICT;
      CREATE INDEX ${schema}.meeting_attendees_meeting ON meeting_attendees (meeting_id);

      CREATE TABLE ${schema}.meeting_actions (
        id         INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings (id),
        item_id    INTEGER REFERENCES meeting_items (id),
        what       TEXT NOT NULL CHECK (length(what) > 0),
        owner_id   INTEGER NOT NULL REFERENCES staff (id),
        agency     TEXT,
        due_on     TEXT NOT NULL,
        created_by INTEGER NOT NULL REFERENCES staff (id),
        created_at TEXT NOT NULL,
        done_at    TEXT,
        done_by    INTEGER REFERENCES staff (id)
      ) STRICT;
      CREATE INDEX ${schema}.meeting_actions_open ON meeting_actions (owner_id, due_on) WHERE done_at IS NULL;

      CREATE TABLE ${schema}.meeting_disclosures (
        id             INTEGER PRIMARY KEY,
        meeting_id     INTEGER NOT NULL REFERENCES meetings (id),
        item_id        INTEGER NOT NULL REFERENCES meeting_items (id),
        participant_id INTEGER NOT NULL REFERENCES participants (id),
        medium         TEXT NOT NULL CHECK (medium IN ('screen', 'minutes')),
        at             TEXT NOT NULL,
        level          TEXT NOT NULL CHECK (level IN ('status', 'progress', 'clinical')),
        agencies       TEXT NOT NULL,
        consent_ids    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX ${schema}.meeting_disclosures_meeting ON meeting_disclosures (meeting_id, item_id);

      ALTER TABLE ${schema}.outcomes ADD COLUMN shared_as_win INTEGER NOT NULL DEFAULT 0 CHECK (shared_as_win IN (0, 1));
    `);
  },
};
