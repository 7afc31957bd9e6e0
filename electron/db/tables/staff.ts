import { readsRecords, type Role } from '../../../shared/roles';
import type { SessionUser } from '../../../shared/ipc/session-contract';
import type { StaffMember } from '../../../shared/ipc/staff-contract';
import type { Db } from '../open-database';
import { knowStaffInRecords, recordsAttached } from '../desk-databases';
import { preparedFor } from '../prepared';
import type { KeyVault } from '../../vault/vault';
import { UserError } from '../../ipc/user-error';

interface StaffRow {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  enabled: number;
  must_change_password: number;
  work_phone: string | null;
  created_at: string;
}

export interface StaffRecord extends SessionUser {
  enabled: boolean;
  mustChangePassword: boolean;
  workPhone: string | null;
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
    workPhone: row.work_phone,
    createdAt: row.created_at,
  };
}

const COLUMNS = 'id, username, display_name, role, enabled, must_change_password, work_phone, created_at';

/** The staff table (in the desk database): its SQL is here only (docs/architecture.md, "Table modules"). */
const statements = preparedFor({
  byUsername: (db) => db.prepare(`SELECT ${COLUMNS} FROM staff WHERE username = ?`),
  byId: (db) => db.prepare(`SELECT ${COLUMNS} FROM staff WHERE id = ?`),
  all: (db) => db.prepare(`SELECT ${COLUMNS} FROM staff ORDER BY enabled DESC, display_name COLLATE NOCASE`),
  insert: (db) =>
    db.prepare(
      `INSERT INTO staff (username, display_name, role, enabled, must_change_password, work_phone, created_at, updated_at)
       VALUES (?, ?, ?, 1, ?, ?, ?, ?)`,
    ),
  update: (db) =>
    db.prepare(
      `UPDATE staff SET display_name = ?, role = ?, enabled = ?, must_change_password = ?, work_phone = ?, updated_at = ? WHERE id = ?`,
    ),
  enabledAdministrators: (db) => db.prepare(`SELECT count(*) FROM staff WHERE role = 'administrator' AND enabled = 1`).pluck(),
});

export function findStaffByUsername(db: Db, username: string): StaffRecord | null {
  const row = statements(db).byUsername.get(username.trim().toLowerCase()) as StaffRow | undefined;
  return row ? toRecord(row) : null;
}

export function findStaff(db: Db, id: number): StaffRecord | null {
  const row = statements(db).byId.get(id) as StaffRow | undefined;
  return row ? toRecord(row) : null;
}

export function requireStaff(db: Db, id: number): StaffRecord {
  const staff = findStaff(db, id);
  if (!staff) throw new UserError('NOT_FOUND', 'That staff account does not exist.');
  return staff;
}

export function listStaff(db: Db): StaffRecord[] {
  return (statements(db).all.all() as StaffRow[]).map(toRecord);
}

export function insertStaff(
  db: Db,
  member: { username: string; displayName: string; role: Role; mustChangePassword: boolean; workPhone?: string | null },
  now: string,
): number {
  const result = statements(db).insert.run(
    member.username,
    member.displayName,
    member.role,
    member.mustChangePassword ? 1 : 0,
    member.workPhone ?? null,
    now,
    now,
  );
  if (recordsAttached(db)) knowStaffInRecords(db);
  return Number(result.lastInsertRowid);
}

export function updateStaff(
  db: Db,
  id: number,
  changes: Partial<{ displayName: string; role: Role; enabled: boolean; mustChangePassword: boolean; workPhone: string | null }>,
  now: string,
): void {
  const current = requireStaff(db, id);
  const next = { ...current, ...changes };
  statements(db).update.run(next.displayName, next.role, next.enabled ? 1 : 0, next.mustChangePassword ? 1 : 0, next.workPhone, now, id);
}

export function countEnabledAdministrators(db: Db): number {
  return statements(db).enabledAdministrators.get() as number;
}

export function toStaffMember(record: StaffRecord, vault: KeyVault): StaffMember {
  return {
    ...record,
    lockedUntil: record.enabled ? vault.lockedUntil(record.username) : null,
    recordsAccess: recordsAccessOf(record, vault),
  };
}

function recordsAccessOf(record: StaffRecord, vault: KeyVault): StaffMember['recordsAccess'] {
  if (!record.enabled) return 'notNeeded';
  const access = vault.access(record.username);
  if (access === 'none') return 'needsReset';
  if (!readsRecords(record.role)) return 'notNeeded';
  return access === 'desk' ? 'awaitingSupervisor' : 'granted';
}
