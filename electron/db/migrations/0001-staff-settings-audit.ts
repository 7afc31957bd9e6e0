import type { Migration } from './index';

export const migration0001: Migration = {
  version: 1,
  name: 'staff, settings and the audit log',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE staff (
        id                   INTEGER PRIMARY KEY,
        username             TEXT NOT NULL UNIQUE,
        display_name         TEXT NOT NULL,
        role                 TEXT NOT NULL CHECK (role IN ('administrator', 'supervisor', 'case_manager', 'peer')),
        enabled              INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
        must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
        created_at           TEXT NOT NULL,
        updated_at           TEXT NOT NULL
      ) STRICT;

      CREATE TABLE audit_log (
        id           INTEGER PRIMARY KEY,
        at           TEXT NOT NULL,
        actor_id     INTEGER REFERENCES staff (id),
        action       TEXT NOT NULL,
        subject_type TEXT,
        subject_id   TEXT,
        detail       TEXT,
        prev_hash    TEXT NOT NULL,
        hash         TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_log_action ON audit_log (action, id);
      CREATE INDEX audit_log_actor ON audit_log (actor_id, id);
      CREATE INDEX audit_log_at ON audit_log (at);

      -- Append-only: the chain of hashes detects edits made around these triggers.
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    `);
  },
};
