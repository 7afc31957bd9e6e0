import type { Db } from '../open-database';
import { preparedFor } from '../prepared';

/** The assessments table: one intake assessment (JSON) per enrollment, keyed by its referral. */
const statements = preparedFor({
  data: (db) => db.prepare('SELECT data FROM assessments WHERE referral_id = ?').pluck(),
  insert: (db) =>
    db.prepare(
      'INSERT INTO assessments (referral_id, participant_id, data, completed_at, completed_by, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
  update: (db) => db.prepare('UPDATE assessments SET data = ?, updated_at = ? WHERE referral_id = ?'),
});

/** The stored assessment of this enrollment (JSON), or null before it is completed. */
export function assessmentData(db: Db, referralId: number): string | null {
  return (statements(db).data.get(referralId) as string | undefined) ?? null;
}

export function insertAssessment(
  db: Db,
  assessment: { referralId: number; participantId: number; data: string; staffId: number; at: string },
): void {
  const { referralId, participantId, data, staffId, at } = assessment;
  statements(db).insert.run(referralId, participantId, data, at, staffId, at);
}

export function updateAssessment(db: Db, referralId: number, data: string, now: string): void {
  statements(db).update.run(data, now, referralId);
}
