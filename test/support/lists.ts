import type { Stage } from '../../shared/domain/stages';
import type { Db } from '../../electron/db/open-database';
import { insertPerson } from '../../electron/services/people';

/** Someone to write straight into a desk's database: their name, and the stage of their participant (null: referred, never enrolled). */
export interface ArrangedPerson {
  name: string;
  stage?: Stage | null;
  pairId?: number;
}

const AT = '2026-03-02T15:00:00.000Z';

/**
 * People with a referral each and, unless their stage is null, a participant with `pairId`: what
 * years of a program leave behind, written in one transaction (through the router, hundreds of
 * enrollments would take minutes). Each is a minute older than the one before. Returns their ids.
 */
export function arrangePeople(
  db: Db,
  people: ArrangedPerson[],
  defaults: { pairId: number },
): { personId: number; participantId: number | null }[] {
  const createdBy = db.prepare(`SELECT id FROM staff WHERE role = 'case_manager' ORDER BY id LIMIT 1`).pluck().get() as number;
  const addReferral = db.prepare(
    `INSERT INTO referrals (person_id, pathway, status, occurred_at, details, created_by, created_at, updated_at)
     VALUES (?, 'social_contact', ?, ?, '{}', ?, ?, ?)`,
  );
  const addParticipant = db.prepare(
    `INSERT INTO participants (person_id, referral_id, pair_id, stage, stage_since, enrolled_at, intake_due_on, cap_override_reason, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, ?)`,
  );
  return db.transaction(() =>
    people.map((person, index) => {
      const personId = insertPerson(db, { name: person.name, dateOfBirth: '1980-01-01' }, AT);
      const at = new Date(Date.parse(AT) - index * 60_000).toISOString();
      const stage = person.stage === undefined ? 'active' : person.stage;
      const referralId = Number(addReferral.run(personId, stage ? 'enrolled' : 'screening', at, createdBy, at, at).lastInsertRowid);
      if (!stage) return { personId, participantId: null };
      const participantId = Number(
        addParticipant.run(personId, referralId, person.pairId ?? defaults.pairId, stage, at, at, at).lastInsertRowid,
      );
      return { personId, participantId };
    }),
  )();
}
