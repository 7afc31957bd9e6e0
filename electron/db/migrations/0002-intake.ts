import type { Migration } from './index';

/**
 * Intake: pairs, the people referred, their referrals (with the eligibility answers, the SAO's
 * verification and the person's decision), participants, assessments, consents, drafts and
 * each person's timeline. Criminal history is never stored: only the screen's answers.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'pairs, referrals, participants, assessments, consents, drafts',
  up(db) {
    db.exec(`
      CREATE TABLE pairs (
        id              INTEGER PRIMARY KEY,
        case_manager_id INTEGER NOT NULL REFERENCES staff (id),
        peer_id         INTEGER NOT NULL REFERENCES staff (id),
        active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at      TEXT NOT NULL
      ) STRICT;
      -- A person works in one active pair at a time.
      CREATE UNIQUE INDEX pairs_active_case_manager ON pairs (case_manager_id) WHERE active = 1;
      CREATE UNIQUE INDEX pairs_active_peer ON pairs (peer_id) WHERE active = 1;

      CREATE TABLE people (
        id             INTEGER PRIMARY KEY,
        name           TEXT NOT NULL,
        name_key       TEXT NOT NULL,
        preferred_name TEXT,
        date_of_birth  TEXT,
        created_at     TEXT NOT NULL
      ) STRICT;
      CREATE INDEX people_name_key ON people (name_key, date_of_birth);
      CREATE INDEX people_date_of_birth ON people (date_of_birth);

      CREATE TABLE person_aliases (
        person_id INTEGER NOT NULL REFERENCES people (id),
        alias     TEXT NOT NULL,
        alias_key TEXT NOT NULL,
        PRIMARY KEY (person_id, alias_key)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX person_aliases_key ON person_aliases (alias_key);

      -- Names, preferred name and aliases, for search as you type (rowid = people.id).
      CREATE VIRTUAL TABLE people_search USING fts5 (names, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');

      CREATE TABLE referrals (
        id                 INTEGER PRIMARY KEY,
        person_id          INTEGER NOT NULL REFERENCES people (id),
        pathway            TEXT NOT NULL CHECK (pathway IN ('arrest_diversion', 'social_contact')),
        status             TEXT NOT NULL,
        occurred_at        TEXT NOT NULL,
        details            TEXT NOT NULL,
        eligibility        TEXT,
        eligibility_result TEXT,
        sao_status         TEXT CHECK (sao_status IN ('pending', 'verified', 'not_approved')),
        sao_decided_on     TEXT,
        sao_person         TEXT,
        sao_recorded_by    INTEGER REFERENCES staff (id),
        decision           TEXT CHECK (decision IN ('accepted', 'declined')),
        decision_reason    TEXT,
        decided_at         TEXT,
        created_by         INTEGER NOT NULL REFERENCES staff (id),
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL
      ) STRICT;
      CREATE INDEX referrals_person ON referrals (person_id);
      CREATE INDEX referrals_occurred ON referrals (occurred_at);
      CREATE INDEX referrals_status ON referrals (status, occurred_at);

      CREATE TABLE participants (
        id                  INTEGER PRIMARY KEY,
        person_id           INTEGER NOT NULL UNIQUE REFERENCES people (id),
        referral_id         INTEGER NOT NULL UNIQUE REFERENCES referrals (id),
        pair_id             INTEGER NOT NULL REFERENCES pairs (id),
        stage               TEXT NOT NULL CHECK (stage IN ('awaiting_intake', 'intake_in_progress', 'active', 'inactive', 'exited')),
        enrolled_at         TEXT NOT NULL,
        intake_due_on       TEXT,
        cap_override_reason TEXT,
        updated_at          TEXT NOT NULL
      ) STRICT;
      CREATE INDEX participants_pair_stage ON participants (pair_id, stage);

      -- One per enrollment: a returning person's earlier assessments stay on record.
      CREATE TABLE assessments (
        referral_id    INTEGER PRIMARY KEY REFERENCES referrals (id),
        participant_id INTEGER NOT NULL REFERENCES participants (id),
        data           TEXT NOT NULL,
        completed_at   TEXT NOT NULL,
        completed_by   INTEGER NOT NULL REFERENCES staff (id),
        updated_at     TEXT NOT NULL
      ) STRICT;
      CREATE INDEX assessments_participant ON assessments (participant_id);

      CREATE TABLE consents (
        id             INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participants (id),
        data           TEXT NOT NULL,
        created_by     INTEGER NOT NULL REFERENCES staff (id),
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL
      ) STRICT;
      CREATE INDEX consents_participant ON consents (participant_id);

      CREATE TABLE drafts (
        staff_id   INTEGER NOT NULL REFERENCES staff (id),
        draft_key  TEXT NOT NULL,
        data       TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (staff_id, draft_key)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE person_events (
        id        INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES people (id),
        at        TEXT NOT NULL,
        kind      TEXT NOT NULL,
        summary   TEXT NOT NULL,
        actor_id  INTEGER REFERENCES staff (id)
      ) STRICT;
      CREATE INDEX person_events_person ON person_events (person_id, at);
    `);
  },
};
