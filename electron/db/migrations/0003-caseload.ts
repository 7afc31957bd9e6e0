import type { Migration } from './index';

/**
 * Caseload work: contacts (with their notes in an FTS5 index, inside the encrypted file), needs
 * and service referrals per enrollment, dated outcome observations, criminal-justice events,
 * and the history of stage moves and pair reassignments. Rows are only ever added or updated:
 * the history is what the program's evaluation reads.
 */
export const migration0003: Migration = {
  version: 3,
  name: 'contacts, needs, service referrals, outcomes, justice events, stage moves',
  up(db) {
    db.exec(`
      ALTER TABLE participants ADD COLUMN stage_since TEXT;
      UPDATE participants SET stage_since = updated_at;

      CREATE TABLE contacts (
        id               INTEGER PRIMARY KEY,
        participant_id   INTEGER NOT NULL REFERENCES participants (id),
        occurred_at      TEXT NOT NULL,
        kind             TEXT NOT NULL CHECK (kind IN ('street_outreach', 'office', 'phone', 'accompaniment', 'court', 'provider')),
        duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
        staff            TEXT NOT NULL CHECK (staff IN ('case_manager', 'peer', 'both')),
        place            TEXT,
        note             TEXT,
        created_by       INTEGER NOT NULL REFERENCES staff (id),
        created_at       TEXT NOT NULL
      ) STRICT;
      -- The board's "days since contact" reads the newest contact per participant from this index.
      CREATE INDEX contacts_participant_time ON contacts (participant_id, occurred_at);

      -- Contact notes, searchable; an external-content index kept in step by triggers. Every
      -- contact has its row, a contact without a note too (FTS5's integrity check expects one
      -- row per content row).
      CREATE VIRTUAL TABLE contact_notes USING fts5 (
        note, content = 'contacts', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER contacts_note_added AFTER INSERT ON contacts BEGIN
        INSERT INTO contact_notes (rowid, note) VALUES (new.id, new.note);
      END;
      CREATE TRIGGER contacts_note_removed AFTER DELETE ON contacts BEGIN
        INSERT INTO contact_notes (contact_notes, rowid, note) VALUES ('delete', old.id, old.note);
      END;
      CREATE TRIGGER contacts_note_changed AFTER UPDATE OF note ON contacts BEGIN
        INSERT INTO contact_notes (contact_notes, rowid, note) VALUES ('delete', old.id, old.note);
        INSERT INTO contact_notes (rowid, note) VALUES (new.id, new.note);
      END;

      -- Needs belong to an enrollment (as the assessment does): a returning person starts afresh.
      CREATE TABLE needs (
        referral_id    INTEGER NOT NULL REFERENCES referrals (id),
        participant_id INTEGER NOT NULL REFERENCES participants (id),
        need           TEXT NOT NULL,
        status         TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'met')),
        note           TEXT,
        updated_by     INTEGER NOT NULL REFERENCES staff (id),
        updated_at     TEXT NOT NULL,
        PRIMARY KEY (referral_id, need)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE service_referrals (
        id             INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participants (id),
        referral_id    INTEGER NOT NULL REFERENCES referrals (id),
        need           TEXT NOT NULL,
        provider       TEXT NOT NULL,
        referred_on    TEXT NOT NULL,
        status         TEXT NOT NULL CHECK (status IN ('open', 'connected', 'closed')),
        created_by     INTEGER NOT NULL REFERENCES staff (id),
        updated_at     TEXT NOT NULL
      ) STRICT;
      CREATE INDEX service_referrals_participant ON service_referrals (participant_id, status);

      CREATE TABLE outcomes (
        id             INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participants (id),
        kind           TEXT NOT NULL CHECK (kind IN ('housing', 'employment', 'income', 'treatment')),
        value          TEXT NOT NULL,
        observed_on    TEXT NOT NULL,
        note           TEXT,
        created_by     INTEGER NOT NULL REFERENCES staff (id),
        created_at     TEXT NOT NULL
      ) STRICT;
      CREATE INDEX outcomes_participant ON outcomes (participant_id, kind, observed_on);

      CREATE TABLE justice_events (
        id             INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participants (id),
        kind           TEXT NOT NULL CHECK (kind IN ('police_contact', 'arrest', 'jail_booking', 'charge_filed', 'court_date', 'warrant')),
        occurred_on    TEXT NOT NULL,
        description    TEXT NOT NULL,
        created_by     INTEGER NOT NULL REFERENCES staff (id),
        created_at     TEXT NOT NULL
      ) STRICT;
      CREATE INDEX justice_events_participant ON justice_events (participant_id, kind, occurred_on);

      -- Who moved whom, when, from where to where and why; reassignments between pairs too.
      CREATE TABLE stage_moves (
        id             INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participants (id),
        from_stage     TEXT NOT NULL,
        to_stage       TEXT NOT NULL,
        reason         TEXT,
        moved_by       INTEGER NOT NULL REFERENCES staff (id),
        moved_at       TEXT NOT NULL
      ) STRICT;
      CREATE INDEX stage_moves_participant ON stage_moves (participant_id, moved_at);

      CREATE TABLE pair_assignments (
        id                  INTEGER PRIMARY KEY,
        participant_id      INTEGER NOT NULL REFERENCES participants (id),
        from_pair_id        INTEGER NOT NULL REFERENCES pairs (id),
        to_pair_id          INTEGER NOT NULL REFERENCES pairs (id),
        cap_override_reason TEXT,
        assigned_by         INTEGER NOT NULL REFERENCES staff (id),
        assigned_at         TEXT NOT NULL
      ) STRICT;
      CREATE INDEX pair_assignments_participant ON pair_assignments (participant_id, assigned_at);
    `);
  },
};
