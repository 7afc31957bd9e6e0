import type { SplitMigration } from './index';

const STATUSES = `'draft', 'sent', 'accepted', 'declined', 'scheduled', 'attended', 'missed', 'closed'`;
const OUTCOMES = `'got_help', 'no_capacity', 'not_eligible', 'participant_declined', 'could_not_reach', 'referred_elsewhere'`;

/**
 * A service referral followed from sent to the person getting help (docs/architecture.md, "The
 * service referral's lifecycle"): the statuses of shared/domain/service-referral-status.ts, how
 * the person was handed over, the appointment and what to know for it, and every status change
 * in `service_referral_events`. SQLite cannot change a CHECK in place, so the table is rebuilt
 * (created anew, every row copied with its id, the old one dropped, the new one renamed); no
 * table refers to service_referrals, so nothing else has to follow.
 *
 * Existing rows: open becomes sent, connected becomes closed with the outcome "got help", and
 * closed stays closed with no outcome, because the old status never said why. `migrated_from`
 * keeps the old status of every migrated row, and it is the only way a closed row may lack an
 * outcome or any row lack a handoff: the CHECKs allow a NULL there for migrated rows alone, so
 * "not recorded" can never be written by the app. Each migrated row gets one event, from no
 * status to its new one, with the source 'migrated', no staff member, and the row's last change
 * as its time (so the follow-up and stall rules count from when it really last changed).
 */
export const migration0009: SplitMigration = {
  version: 9,
  name: 'service-referral-lifecycle',
  target: 'records',
  up(db, schema) {
    db.exec(`
      CREATE TABLE ${schema}.service_referrals_rebuilt (
        id                INTEGER PRIMARY KEY,
        participant_id    INTEGER NOT NULL REFERENCES participants (id),
        referral_id       INTEGER NOT NULL REFERENCES referrals (id),
        need              TEXT NOT NULL,
        provider          TEXT NOT NULL,
        referred_on       TEXT NOT NULL,
        status            TEXT NOT NULL CHECK (status IN (${STATUSES})),
        outcome           TEXT CHECK (outcome IN (${OUTCOMES})),
        handoff           TEXT CHECK (handoff IN ('escorted', 'called_together', 'slip_only', 'logged_only')),
        appointment_at    TEXT,
        ask_for           TEXT,
        bring             TEXT,
        directions        TEXT,
        note              TEXT,
        migrated_from     TEXT CHECK (migrated_from IN ('open', 'connected', 'closed')),
        created_by        INTEGER NOT NULL REFERENCES staff (id),
        status_changed_at TEXT NOT NULL,
        updated_at        TEXT NOT NULL,
        CHECK (CASE WHEN status = 'closed' THEN outcome IS NOT NULL OR migrated_from IS 'closed' ELSE outcome IS NULL END),
        CHECK (handoff IS NOT NULL OR migrated_from IS NOT NULL),
        CHECK (status NOT IN ('scheduled', 'attended', 'missed') OR appointment_at IS NOT NULL)
      ) STRICT;

      INSERT INTO ${schema}.service_referrals_rebuilt
        (id, participant_id, referral_id, need, provider, referred_on, status, outcome, migrated_from, created_by, status_changed_at, updated_at)
      SELECT id, participant_id, referral_id, need, provider, referred_on,
             CASE status WHEN 'open' THEN 'sent' ELSE 'closed' END,
             CASE status WHEN 'connected' THEN 'got_help' END,
             status, created_by, updated_at, updated_at
      FROM ${schema}.service_referrals;

      DROP TABLE ${schema}.service_referrals;
      ALTER TABLE ${schema}.service_referrals_rebuilt RENAME TO service_referrals;
      CREATE INDEX ${schema}.service_referrals_participant ON service_referrals (participant_id, status);

      CREATE TABLE ${schema}.service_referral_events (
        id                  INTEGER PRIMARY KEY,
        service_referral_id INTEGER NOT NULL REFERENCES service_referrals (id),
        from_status         TEXT CHECK (from_status IN (${STATUSES})),
        to_status           TEXT NOT NULL CHECK (to_status IN (${STATUSES})),
        reason              TEXT,
        outcome             TEXT CHECK (outcome IN (${OUTCOMES})),
        appointment_at      TEXT,
        source              TEXT NOT NULL CHECK (source IN ('peer', 'provider_phone', 'participant', 'migrated')),
        staff_id            INTEGER REFERENCES staff (id),
        at                  TEXT NOT NULL,
        CHECK ((source = 'migrated') = (staff_id IS NULL)),
        CHECK (to_status <> 'declined' OR reason IS NOT NULL),
        CHECK (CASE WHEN to_status = 'closed' THEN outcome IS NOT NULL OR source = 'migrated' ELSE outcome IS NULL END)
      ) STRICT;
      CREATE INDEX ${schema}.service_referral_events_referral ON service_referral_events (service_referral_id, id);

      INSERT INTO ${schema}.service_referral_events (service_referral_id, from_status, to_status, outcome, source, staff_id, at)
      SELECT id, NULL, status, outcome, 'migrated', NULL, updated_at FROM ${schema}.service_referrals ORDER BY id;
    `);
  },
};
