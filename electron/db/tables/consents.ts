import type { Consent } from '../../../shared/domain/consent';
import type { StoredConsent } from '../../../shared/domain/disclosure';
import type { Db } from '../open-database';
import { preparedFor } from '../prepared';

export interface ConsentRow {
  id: number;
  participant_id: number;
  data: string;
  created_at: string;
  creator: string;
}

const CONSENT_QUERY = `SELECT c.id, c.participant_id, c.data, c.created_at, s.display_name AS creator FROM consents c JOIN staff s ON s.id = c.created_by`;

/** The consents table: each consent as the participant signed it (JSON), with who recorded it. */
const statements = preparedFor({
  byId: (db) => db.prepare(`${CONSENT_QUERY} WHERE c.id = ?`),
  ofParticipant: (db) => db.prepare(`${CONSENT_QUERY} WHERE c.participant_id = ? ORDER BY c.id DESC`),
  ofParticipants: (db) => db.prepare(`${CONSENT_QUERY} WHERE c.participant_id IN (SELECT value FROM json_each(?)) ORDER BY c.id DESC`),
  insert: (db) => db.prepare('INSERT INTO consents (participant_id, data, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?)'),
  update: (db) => db.prepare('UPDATE consents SET data = ?, updated_at = ? WHERE id = ?'),
});

export function findConsentRow(db: Db, id: number): ConsentRow | null {
  return (statements(db).byId.get(id) as ConsentRow | undefined) ?? null;
}

/** Newest first. */
export function consentRowsOf(db: Db, participantId: number): ConsentRow[] {
  return statements(db).ofParticipant.all(participantId) as ConsentRow[];
}

/** The consents of these participants only, newest first, in one query. */
export function consentRowsOfEach(db: Db, participantIds: number[]): ConsentRow[] {
  return statements(db).ofParticipants.all(JSON.stringify(participantIds)) as ConsentRow[];
}

/** What `mayDisclose` reads of these participants' consents (shared/domain/disclosure.ts), in one query. */
export function storedConsentsOfEach(db: Db, participantIds: number[]): StoredConsent[] {
  return consentRowsOfEach(db, participantIds).map((row) => {
    const consent = JSON.parse(row.data) as Consent;
    return {
      id: row.id,
      participantId: row.participant_id,
      recipients: consent.recipients,
      signedOn: consent.signedOn,
      expiry: consent.expiry,
      revocation: consent.revocation,
    };
  });
}

export function insertConsent(db: Db, participantId: number, data: string, staffId: number, now: string): number {
  return Number(statements(db).insert.run(participantId, data, staffId, now, now).lastInsertRowid);
}

export function updateConsent(db: Db, id: number, data: string, now: string): void {
  statements(db).update.run(data, now, id);
}
