import type { SplitMigration } from './index';

/**
 * A service referral chosen from the provider directory points at the service at the location
 * the person is sent to (directory_service_at_locations, migration 0008): the slip reads the
 * address, the way there, the hours and the phone from it. NULL for a referral to a provider
 * typed by name, as every referral made before the directory was: those keep their name, and
 * their slip says only what the referral itself holds.
 */
export const migration0011: SplitMigration = {
  version: 11,
  name: 'service referral directory link',
  target: 'records',
  up(db, schema) {
    db.exec(`
      ALTER TABLE ${schema}.service_referrals ADD COLUMN service_at_location_id TEXT REFERENCES directory_service_at_locations (id);
      CREATE INDEX ${schema}.service_referrals_place ON service_referrals (service_at_location_id);
    `);
  },
};
