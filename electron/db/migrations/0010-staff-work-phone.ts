import type { SplitMigration } from './index';

/**
 * A team member's work phone, printed on the referral slips and wallet cards they hand out
 * ("Questions? Call Pat at 410-555-0107"). A work number is not participant data, so it sits in
 * the desk database with the rest of the account, kept by administrators. NULL until one is set.
 */
export const migration0010: SplitMigration = {
  version: 10,
  name: 'staff work phone',
  target: 'desk',
  up(db, schema) {
    db.exec(`ALTER TABLE ${schema}.staff ADD COLUMN work_phone TEXT CHECK (work_phone IS NULL OR length(work_phone) BETWEEN 1 AND 30)`);
  },
};
