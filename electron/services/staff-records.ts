import { readsRecords, type Role } from '../../shared/roles';
import type { SessionUser } from '../../shared/ipc/session-contract';
import type { StaffMember } from '../../shared/ipc/staff-contract';
import type { Db } from '../db/open-database';
import { knowStaffInRecords, recordsAttached } from '../db/desk-databases';
import type { KeyVault } from '../vault/vault';
import { UserError } from '../ipc/user-error';

interface StaffRow {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  enabled: number;
  must_change_password: number;
  created_at: string;
}

export interface StaffRecord extends SessionUser {
  enabled: boolean;
  mustChangePassword: boolean;
  createdAt: string;
}

function toRecord(row: StaffRow): StaffRecord {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    enabled: row.enabled === 1,
    mustChangePassword: row.must_change_password === 1,
    createdAt: row.created_at,
  };
}

const COLUMNS = 'id, username, display_name, role, enabled, must_change_password, created_at';

export function findStaffByUsername(db: Db, username: string): StaffRecord | null {
  const row = db.prepare(`SELECT ${COLUMNS} FROM staff WHERE username = ?`).get(username.trim().toLowerCase()) as StaffRow | undefined;
  return row ? toRecord(row) : null;
}

export function requireStaff(db: Db, id: number): StaffRecord {
  const row = db.prepare(`SELECT ${COLUMNS} FROM staff WHERE id = ?`).get(id) as StaffRow | undefined;
  if (!row) throw new UserError('NOT_FOUND', 'That staff account does not exist.');
  return toRecord(row);
}

export function listStaff(db: Db): StaffRecord[] {
  return (db.prepare(`SELECT ${COLUMNS} FROM staff ORDER BY enabled DESC, display_name COLLATE NOCASE`).all() as StaffRow[]).map(toRecord);
}

export function insertStaff(
  db: Db,
  member: { username: string; displayName: string; role: Role; mustChangePassword: boolean },
  now: string,
): number {
  const result = db
    .prepare(
      `INSERT INTO staff (username, display_name, role, enabled, must_change_password, created_at, updated_at)
       VALUES (?, ?, ?, 1, ?, ?, ?)`,
    )
    .run(member.username, member.displayName, member.role, member.mustChangePassword ? 1 : 0, now, now);
  if (recordsAttached(db)) knowStaffInRecords(db);
  return Number(result.lastInsertRowid);
}

export function updateStaff(
  db: Db,
  id: number,
  changes: Partial<{ displayName: string; role: Role; enabled: boolean; mustChangePassword: boolean }>,
  now: string,
): void {
  const current = requireStaff(db, id);
  const next = { ...current, ...changes };
  db.prepare(
    `UPDATE staff SET display_name = ?, role = ?, enabled = ?, must_change_password = ?, updated_at = ? WHERE id = ?`,
  ).run(next.displayName, next.role, next.enabled ? 1 : 0, next.mustChangePassword ? 1 : 0, now, id);
}

export function countEnabledAdministrators(db: Db): number {
  return (db.prepare(`SELECT count(*) AS n FROM staff WHERE role = 'administrator' AND enabled = 1`).get() as { n: number }).n;
}

export function toStaffMember(record: StaffRecord, vault: KeyVault): StaffMember {
  return { ...record, lockedUntil: record.enabled ? vault.lockedUntil(record.username) : null, recordsAccess: recordsAccessOf(record, vault) };
}

function recordsAccessOf(record: StaffRecord, vault: KeyVault): StaffMember['recordsAccess'] {
  if (!record.enabled) return 'notNeeded';
  const access = vault.access(record.username);
  if (access === 'none') return 'needsReset';
  if (!readsRecords(record.role)) return 'notNeeded';
  return access === 'desk' ? 'awaitingSupervisor' : 'granted';
}
