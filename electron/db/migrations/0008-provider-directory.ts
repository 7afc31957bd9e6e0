import type { SplitMigration } from './index';

/**
 * The provider directory (docs/architecture.md, "The provider directory"): the places the team
 * refers people to, shaped like Open Referral's HSDS 3.0 so a 211 or city directory loads as it
 * is exported. Table and column names are HSDS's, each table prefixed `directory_`; ids are
 * HSDS's text ids (a UUID for an entry made here), so re-importing a file updates its rows.
 * It holds no participant data, but it lives in the records database: referrals will point at
 * `directory_service_at_locations (id)`, and only the team, which holds the records key, uses it.
 *
 * LEAD's extensions (not in HSDS): on services, walk_in, no_id_needed, moud (medication for
 * opioid use disorder), harm_reduction, screens_warrants (at entry), part2_program (42 CFR Part
 * 2), capacity with capacity_confirmed_on; on locations, cross_streets (HSDS's transportation
 * holds the bus lines); directory_service_needs, which of the app's needs a service meets; and
 * who created and last changed each organization, service, location and service at location.
 * Schedules keep HSDS's one row per opening window (byday, opens_at, closes_at), so a day may
 * have several, with its plain-language description and notes.
 */
export const migration0008: SplitMigration = {
  version: 8,
  name: 'provider-directory',
  target: 'records',
  up(db, schema) {
    const stamps = `
        created_by INTEGER NOT NULL REFERENCES staff (id),
        created_at TEXT NOT NULL,
        updated_by INTEGER NOT NULL REFERENCES staff (id),
        updated_at TEXT NOT NULL`;
    const flag = (name: string) => `${name} INTEGER NOT NULL DEFAULT 0 CHECK (${name} IN (0, 1))`;
    db.exec(`
      CREATE TABLE ${schema}.directory_organizations (
        id             TEXT PRIMARY KEY CHECK (length(id) > 0),
        name           TEXT NOT NULL CHECK (length(name) > 0),
        alternate_name TEXT,
        description    TEXT,
        email          TEXT,
        website        TEXT,
        ${stamps}
      ) STRICT;

      CREATE TABLE ${schema}.directory_services (
        id                      TEXT PRIMARY KEY CHECK (length(id) > 0),
        organization_id         TEXT NOT NULL REFERENCES directory_organizations (id),
        name                    TEXT NOT NULL CHECK (length(name) > 0),
        alternate_name          TEXT,
        description             TEXT,
        url                     TEXT,
        email                   TEXT,
        status                  TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive', 'defunct', 'temporarily closed')),
        interpretation_services TEXT,
        application_process     TEXT,
        fees_description        TEXT,
        eligibility_description TEXT,
        wait_time               TEXT,
        alert                   TEXT,
        ${flag('walk_in')},
        ${flag('no_id_needed')},
        ${flag('moud')},
        ${flag('harm_reduction')},
        ${flag('screens_warrants')},
        ${flag('part2_program')},
        capacity                TEXT CHECK (capacity IN ('has_capacity', 'no_capacity', 'waitlist', 'assessment_needed')),
        capacity_confirmed_on   TEXT,
        ${stamps}
      ) STRICT;
      CREATE INDEX ${schema}.directory_services_organization ON directory_services (organization_id);

      CREATE TABLE ${schema}.directory_service_needs (
        service_id TEXT NOT NULL REFERENCES directory_services (id) ON DELETE CASCADE,
        -- One of NEEDS (shared/domain/assessment.ts), checked where it is written: a list that grows needs no rebuild here.
        need       TEXT NOT NULL CHECK (length(need) > 0),
        PRIMARY KEY (service_id, need)
      ) STRICT;
      CREATE INDEX ${schema}.directory_service_needs_need ON directory_service_needs (need, service_id);

      CREATE TABLE ${schema}.directory_locations (
        id              TEXT PRIMARY KEY CHECK (length(id) > 0),
        location_type   TEXT NOT NULL DEFAULT 'physical' CHECK (location_type IN ('physical', 'postal', 'virtual')),
        organization_id TEXT REFERENCES directory_organizations (id),
        name            TEXT,
        alternate_name  TEXT,
        description     TEXT,
        transportation  TEXT,
        latitude        REAL,
        longitude       REAL,
        cross_streets   TEXT,
        ${stamps}
      ) STRICT;

      CREATE TABLE ${schema}.directory_addresses (
        id             TEXT PRIMARY KEY CHECK (length(id) > 0),
        location_id    TEXT NOT NULL REFERENCES directory_locations (id) ON DELETE CASCADE,
        attention      TEXT,
        address_1      TEXT NOT NULL,
        address_2      TEXT,
        city           TEXT NOT NULL,
        region         TEXT,
        state_province TEXT NOT NULL,
        postal_code    TEXT NOT NULL,
        country        TEXT NOT NULL DEFAULT 'US',
        address_type   TEXT NOT NULL DEFAULT 'physical' CHECK (address_type IN ('physical', 'postal', 'virtual'))
      ) STRICT;
      CREATE INDEX ${schema}.directory_addresses_location ON directory_addresses (location_id);

      CREATE TABLE ${schema}.directory_service_at_locations (
        id          TEXT PRIMARY KEY CHECK (length(id) > 0),
        service_id  TEXT NOT NULL REFERENCES directory_services (id),
        location_id TEXT NOT NULL REFERENCES directory_locations (id),
        description TEXT,
        ${stamps},
        UNIQUE (service_id, location_id)
      ) STRICT;
      CREATE INDEX ${schema}.directory_service_at_locations_location ON directory_service_at_locations (location_id);

      CREATE TABLE ${schema}.directory_phones (
        id                     TEXT PRIMARY KEY CHECK (length(id) > 0),
        location_id            TEXT REFERENCES directory_locations (id) ON DELETE CASCADE,
        service_id             TEXT REFERENCES directory_services (id) ON DELETE CASCADE,
        organization_id        TEXT REFERENCES directory_organizations (id) ON DELETE CASCADE,
        service_at_location_id TEXT REFERENCES directory_service_at_locations (id) ON DELETE CASCADE,
        number                 TEXT NOT NULL CHECK (length(number) > 0),
        extension              TEXT,
        type                   TEXT CHECK (type IN ('text', 'voice', 'fax', 'cell', 'video', 'pager', 'textphone')),
        description            TEXT
      ) STRICT;
      CREATE INDEX ${schema}.directory_phones_service_at_location ON directory_phones (service_at_location_id);
      CREATE INDEX ${schema}.directory_phones_service ON directory_phones (service_id);
      CREATE INDEX ${schema}.directory_phones_location ON directory_phones (location_id);

      CREATE TABLE ${schema}.directory_schedules (
        id                     TEXT PRIMARY KEY CHECK (length(id) > 0),
        service_id             TEXT REFERENCES directory_services (id) ON DELETE CASCADE,
        location_id            TEXT REFERENCES directory_locations (id) ON DELETE CASCADE,
        service_at_location_id TEXT REFERENCES directory_service_at_locations (id) ON DELETE CASCADE,
        valid_from             TEXT,
        valid_to               TEXT,
        freq                   TEXT CHECK (freq IN ('WEEKLY', 'MONTHLY')),
        interval               INTEGER,
        byday                  TEXT,
        opens_at               TEXT,
        closes_at              TEXT,
        description            TEXT,
        notes                  TEXT
      ) STRICT;
      CREATE INDEX ${schema}.directory_schedules_service_at_location ON directory_schedules (service_at_location_id);
      CREATE INDEX ${schema}.directory_schedules_service ON directory_schedules (service_id);

      CREATE TABLE ${schema}.directory_languages (
        id          TEXT PRIMARY KEY CHECK (length(id) > 0),
        service_id  TEXT REFERENCES directory_services (id) ON DELETE CASCADE,
        location_id TEXT REFERENCES directory_locations (id) ON DELETE CASCADE,
        phone_id    TEXT REFERENCES directory_phones (id) ON DELETE CASCADE,
        name        TEXT,
        code        TEXT,
        note        TEXT
      ) STRICT;
      CREATE INDEX ${schema}.directory_languages_service ON directory_languages (service_id);

      CREATE TABLE ${schema}.directory_accessibility (
        id          TEXT PRIMARY KEY CHECK (length(id) > 0),
        location_id TEXT REFERENCES directory_locations (id) ON DELETE CASCADE,
        description TEXT,
        details     TEXT,
        url         TEXT
      ) STRICT;
      CREATE INDEX ${schema}.directory_accessibility_location ON directory_accessibility (location_id);

      CREATE TABLE ${schema}.directory_required_documents (
        id         TEXT PRIMARY KEY CHECK (length(id) > 0),
        service_id TEXT REFERENCES directory_services (id) ON DELETE CASCADE,
        document   TEXT,
        uri        TEXT
      ) STRICT;
      CREATE INDEX ${schema}.directory_required_documents_service ON directory_required_documents (service_id);
    `);
  },
};
