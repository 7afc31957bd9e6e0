import type { Db } from '../open-database';
import { preparedFor } from '../prepared';

/** The drafts table: each staff member's unfinished forms, by the form's key. */
const statements = preparedFor({
  get: (db) => db.prepare('SELECT data, updated_at FROM drafts WHERE staff_id = ? AND draft_key = ?'),
  exists: (db) => db.prepare('SELECT 1 FROM drafts WHERE staff_id = ? AND draft_key = ?'),
  save: (db) =>
    db.prepare(
      `INSERT INTO drafts (staff_id, draft_key, data, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (staff_id, draft_key) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
    ),
  discard: (db) => db.prepare('DELETE FROM drafts WHERE staff_id = ? AND draft_key = ?'),
});

export function findDraft(db: Db, staffId: number, key: string): { data: string; updated_at: string } | null {
  return (statements(db).get.get(staffId, key) as { data: string; updated_at: string } | undefined) ?? null;
}

export function draftExists(db: Db, staffId: number, key: string): boolean {
  return statements(db).exists.get(staffId, key) !== undefined;
}

export function saveDraft(db: Db, staffId: number, key: string, data: string, now: string): void {
  statements(db).save.run(staffId, key, data, now);
}

export function discardDraft(db: Db, staffId: number, key: string): void {
  statements(db).discard.run(staffId, key);
}
