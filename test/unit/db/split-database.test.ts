import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../../electron/clock';
import { appendAudit, verifyAuditChain } from '../../../electron/db/tables/audit-log';
import { LEGACY_DATABASE_FILE, openDeskDatabases, splitLegacyDatabase } from '../../../electron/db/desk-databases';
import { openKeyed, type Db } from '../../../electron/db/open-database';
import { KEYSLOTS_FILE } from '../../../electron/desk';
import { writeSettings } from '../../../electron/db/tables/settings';
import { generateRecoveryKey } from '../../../electron/vault/recovery-key';
import { KeyVault, newDatabaseKey, newDeskKeys, zeroUnlocked, type DeskKeys } from '../../../electron/vault/vault';
import { ADMIN, FAST_SCRYPT, makeCore, type CoreUnderTest } from '../../support/core';
import { makeDataDir, removeDataDir } from '../../support/data-dir';
import { writeVersion1KeyFile } from '../../support/version1-key-file';
import { TEAM, signInAs } from '../../support/intake';
import { openDatabase, seedParticipant } from '../../support/migration-db';
import { withRecoveryKeyDatabase } from '../../support/recovery-db';

/** Invented people only. */
const MORE_PEOPLE = ['Morgan Fakename', 'Riley Inventedson', 'Quinn Madeup'];
const PARTICIPANT_TABLES = ['people', 'referrals', 'participants', 'contacts', 'needs', 'pairs', 'assessments', 'consents'];
const ORIGINAL_AUDIT = [
  { action: 'participants.enroll', subjectType: 'participant', subjectId: '1', detail: { pairId: 1 } },
  { action: 'needs.update', subjectType: 'participant', subjectId: '1', detail: { need: 'housing', status: 'met', participantId: 1 } },
  { action: 'contacts.log', subjectType: 'participant', subjectId: '2', detail: { kind: 'street_outreach', minutes: 20 } },
  { action: 'outcomes.record', subjectType: 'participant', subjectId: '3', detail: { kind: 'housing_placement' } },
  { action: 'staff.create', subjectType: 'staff', subjectId: '1', detail: { role: 'case_manager' } },
];

interface AuditRowJson {
  id: number;
  action: string;
  detail: string | null;
  hash: string;
  prev_hash: string;
}

async function buildVersion1Desk(
  dataDir: string,
  legacyKey: Buffer,
  recoveryKey: string,
): Promise<{ auditRows: AuditRowJson[]; participants: number }> {
  const db = openDatabase(join(dataDir, LEGACY_DATABASE_FILE), legacyKey, { create: true, layout: 'legacy' });
  let auditRows: AuditRowJson[];
  let participants: number;
  try {
    db.transaction(() => {
      writeSettings(db, { programName: ADMIN.programName, recoveryKeyConfirmed: true });
      seedParticipant(db);
      db.prepare(
        `INSERT INTO staff (id, username, display_name, role, created_at, updated_at) VALUES (3, ?, ?, 'administrator', 'x', 'x')`,
      ).run(ADMIN.username, ADMIN.displayName);
      MORE_PEOPLE.forEach((name, i) => {
        const id = i + 2;
        db.prepare(`INSERT INTO people (id, name, name_key, created_at) VALUES (?, ?, ?, 'x')`).run(id, name, name.toLowerCase());
        db.prepare(
          `INSERT INTO referrals (id, person_id, pathway, status, occurred_at, details, created_by, created_at, updated_at)
           VALUES (?, ?, 'social_contact', 'enrolled', 'x', '{}', 1, 'x', 'x')`,
        ).run(id, id);
        db.prepare(
          `INSERT INTO participants (id, person_id, referral_id, pair_id, stage, enrolled_at, updated_at)
           VALUES (?, ?, ?, 1, 'active', '2026-01-02T10:00:00.000Z', '2026-02-03T10:00:00.000Z')`,
        ).run(id, id, id);
      });
      // The seed's placeholder times, made real ones as the app would have written them.
      const at = '2026-01-02T09:00:00.000Z';
      db.prepare(`UPDATE staff SET created_at = ?, updated_at = ?`).run(at, at);
      db.prepare(`UPDATE pairs SET created_at = ?`).run(at);
      db.prepare(`UPDATE people SET created_at = ?`).run(at);
      db.prepare(`UPDATE referrals SET occurred_at = ?, created_at = ?, updated_at = ?`).run(at, at, at);
      db.prepare(
        `INSERT INTO needs (referral_id, participant_id, need, status, updated_by, updated_at) VALUES (1, 1, 'housing', 'met', 1, '2026-02-01T10:00:00.000Z')`,
      ).run();
      db.prepare(
        `INSERT INTO contacts (participant_id, occurred_at, kind, duration_minutes, staff, note, created_by, created_at)
         VALUES (2, '2026-02-02T10:00:00.000Z', 'street_outreach', 20, 'both', 'Met by the library steps', 1, '2026-02-02T10:00:00.000Z')`,
      ).run();
      for (const [i, entry] of ORIGINAL_AUDIT.entries()) {
        appendAudit(db, { at: new Date(Date.UTC(2026, 1, 1, 10, i)).toISOString(), actorId: 1, ...entry });
      }
    })();
    auditRows = db.prepare('SELECT * FROM audit_log ORDER BY id').all() as AuditRowJson[];
    participants = (db.prepare('SELECT count(*) AS n FROM participants').get() as { n: number }).n;
  } finally {
    db.close();
  }

  await writeVersion1KeyFile(join(dataDir, KEYSLOTS_FILE), legacyKey, [ADMIN, TEAM.caseManager], recoveryKey);
  return { auditRows, participants };
}

const tablesOf = (db: Db, schema = 'main') =>
  db.prepare(`SELECT name FROM ${schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).pluck().all() as string[];
const count = (db: Db, table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('the first unlock after the upgrade splits the old single database', () => {
  let dataDir: string;
  let t: CoreUnderTest | null;
  let legacyKey: Buffer;
  const recoveryKey = generateRecoveryKey();
  let original: { auditRows: AuditRowJson[]; participants: number };

  const vault = () => new KeyVault(join(dataDir, KEYSLOTS_FILE), systemClock, FAST_SCRYPT);
  /** The keys an account's password opens now, straight from the key file. */
  async function keysFor(account: { username: string; password: string }): Promise<DeskKeys> {
    const result = await vault().unlockWithPassword(account.username, account.password);
    if (!result.ok || result.unlocked.layout !== 'split') throw new Error(`${account.username} did not open split keys`);
    return result.unlocked.keys;
  }
  function withOnlyDeskKey<T>(key: Buffer, fn: (db: Db) => T): T {
    const databases = vault().databases()!;
    const db = openKeyed(join(dataDir, databases.desk), key, { create: false });
    try {
      return fn(db);
    } finally {
      db.close();
    }
  }
  async function startCore(): Promise<CoreUnderTest> {
    t = makeCore({ dataDir });
    expect(await t.ok('app.status', {})).toMatchObject({ phase: 'ready' });
    return t;
  }

  beforeEach(async () => {
    dataDir = makeDataDir('split');
    t = null;
    legacyKey = newDatabaseKey();
    original = await buildVersion1Desk(dataDir, legacyKey, recoveryKey);
  });
  afterEach(async () => {
    await t?.core.pageCheck();
    t?.dispose();
    removeDataDir(dataDir);
  });

  it("splits at the case manager's sign-in, keeps every participant, and lets them read the records", async () => {
    expect(vault().databases()).toBeNull();
    const core = await startCore();
    const view = await core.ok('session.signIn', { username: TEAM.caseManager.username, password: TEAM.caseManager.password });
    expect(view.recordsAccess).toBe('granted');
    const files = readdirSync(dataDir);
    expect(files).toContain('desk-1.db');
    expect(files).toContain('records-1.db');
    expect(files.filter((name) => name.startsWith(LEGACY_DATABASE_FILE))).toEqual([]);
    expect(files.filter((name) => name.endsWith('.next'))).toEqual([]);
    expect(vault().databases()).toEqual({ desk: 'desk-1.db', records: 'records-1.db', generation: 1 });
    expect(vault().access(TEAM.caseManager.username)).toBe('records');
    expect(vault().access(ADMIN.username)).toBe('legacy');

    const listed = await core.ok('participants.list', { show: 'all' });
    expect(listed.total).toBe(original.participants);
    expect(listed.total).toBe(1 + MORE_PEOPLE.length);
    await core.ok('participants.get', { id: 1 });

    const keys = await keysFor(TEAM.caseManager);
    expect(keys.records).not.toBeNull();
    const db = openDeskDatabases(dataDir, vault().databases()!, keys);
    try {
      expect(count(db, 'records.participants')).toBe(original.participants);
      expect(count(db, 'records.people')).toBe(original.participants);
      expect(count(db, 'records.needs')).toBe(1);
      expect(count(db, 'records.contacts')).toBe(1);
      expect(db.prepare('SELECT name FROM records.people ORDER BY id').pluck().all()).toEqual(['Jordan Testcase', ...MORE_PEOPLE]);
      // The records keep ids of staff only, for their foreign keys; names stay in the desk database.
      expect((db.pragma('records.table_info(staff)') as { name: string }[]).map((column) => column.name)).toEqual(['id']);
      expect(db.prepare('SELECT id FROM records.staff ORDER BY id').pluck().all()).toEqual([1, 2, 3]);
      expect(db.prepare('SELECT username FROM main.staff ORDER BY id').pluck().all()).toEqual(['casey', 'pat', 'avery']);
      expect(verifyAuditChain(db, 'desk')).toMatchObject({ intact: true });
      expect(verifyAuditChain(db, 'records')).toMatchObject({ intact: true });
    } finally {
      db.close();
      keys.desk.fill(0);
      keys.records?.fill(0);
    }
  });

  it('leaves the administrator, still on a legacy slot, with the desk key only', async () => {
    const core = await startCore();
    await signInAs(core, TEAM.caseManager);
    const view = await core.ok('session.signIn', { username: ADMIN.username, password: ADMIN.password });
    expect(view.user.role).toBe('administrator');
    expect(view.recordsAccess).toBe('notNeeded');
    expect(await core.call('participants.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // The slot was rewritten at that sign-in, with the desk key alone.
    expect(vault().access(ADMIN.username)).toBe('desk');
    const keys = await keysFor(ADMIN);
    expect(keys.records).toBeNull();
    // The old key still reaches the records until the upgrade finishes (the recovery key is still
    // legacy), which is when the records key is rotated: not at this rewrite.
    expect(vault().upgradeUnfinished()).toBe(true);
    expect(vault().recordsKeyRotationDue()).toBe(false);
    await core.ok('staff.list', {});
    keys.desk.fill(0);
  });

  it('gives the desk database no participant tables and no facts about people in its audit log', async () => {
    const core = await startCore();
    await signInAs(core, TEAM.caseManager);
    await core.ok('session.signOut', {});
    const keys = await keysFor(TEAM.caseManager);
    try {
      withOnlyDeskKey(keys.desk, (db) => {
        const tables = tablesOf(db);
        expect(tables.sort()).toEqual(['audit_log', 'settings', 'staff']);
        for (const table of PARTICIPANT_TABLES) expect(tables).not.toContain(table);
        const rows = db.prepare('SELECT * FROM audit_log ORDER BY id').all() as AuditRowJson[];
        const copied = rows.slice(0, original.auditRows.length);
        expect(copied.map((row) => row.action)).toEqual(original.auditRows.map((row) => row.action));
        const details = copied.map((row) => (row.detail ? (JSON.parse(row.detail) as Record<string, unknown>) : null));
        expect(details).toEqual([{ pairId: 1 }, { participantId: 1 }, { minutes: 20 }, null, { role: 'case_manager' }]);
        const text = JSON.stringify(rows);
        for (const fact of ['housing', 'street_outreach', 'housing_placement', '"need"', '"kind"']) expect(text).not.toContain(fact);
        expect(db.prepare('SELECT count(*) FROM staff').pluck().get()).toBe(3);
      });
      // The records database does not open with the desk key.
      expect(() => openKeyed(join(dataDir, 'records-1.db'), keys.desk, { create: false })).toThrow();

      const db = openDeskDatabases(dataDir, vault().databases()!, keys);
      try {
        const records = db.prepare('SELECT * FROM records.audit_log ORDER BY id').all() as AuditRowJson[];
        // The old chain, byte for byte: details, hashes and links as they were written.
        expect(records.slice(0, original.auditRows.length)).toEqual(original.auditRows);
        expect(verifyAuditChain(db, 'records')).toMatchObject({ intact: true });
        expect(verifyAuditChain(db, 'desk')).toMatchObject({ intact: true });
      } finally {
        db.close();
      }
    } finally {
      keys.desk.fill(0);
      keys.records?.fill(0);
    }
  });

  it('keeps the recovery key opening both databases', async () => {
    const core = await startCore();
    await signInAs(core, TEAM.caseManager);
    withRecoveryKeyDatabase(dataDir, recoveryKey, systemClock, FAST_SCRYPT, (db) => {
      expect(count(db, 'records.participants')).toBe(original.participants);
      expect(count(db, 'main.staff')).toBe(3);
    });
    await signInAs(core, ADMIN);
    await core.ok('session.signOut', {});
    withRecoveryKeyDatabase(dataDir, recoveryKey, systemClock, FAST_SCRYPT, (db) => {
      expect(count(db, 'records.participants')).toBe(original.participants);
      expect(count(db, 'main.staff')).toBe(3);
      expect(db.prepare('SELECT name FROM records.people ORDER BY id').pluck().all()).toEqual(['Jordan Testcase', ...MORE_PEOPLE]);
    });
  });

  it('keeps the recovery key from before the split working once it has been used to recover an account', async () => {
    const core = await startCore();
    await signInAs(core, TEAM.caseManager);
    await signInAs(core, ADMIN);
    await core.ok('session.signOut', {});
    // session.recover rewrites a legacy recovery slot (rewriteRecoverySlot) so the key on paper
    // goes on opening the desk.
    await core.ok('session.recover', { recoveryKey, username: ADMIN.username, newPassword: 'quartz meadow lantern nine' });
    await core.ok('session.signOut', {});
    expect(vault().recoveryKeyCurrent()).toBe(true);
    // That finished the upgrade: the next sign-in that holds the records key rotates it.
    expect(vault().upgradeUnfinished()).toBe(false);
    expect(vault().recordsKeyRotationDue()).toBe(true);
    withRecoveryKeyDatabase(dataDir, recoveryKey, systemClock, FAST_SCRYPT, (db) => {
      expect(count(db, 'records.participants')).toBe(original.participants);
    });
  });

  it('keeps the old desk working after a crash between the split files and the commit, and replaces the half-made files', async () => {
    // The split's files written, the key file never committed: the keys they are under are lost.
    const lost = newDeskKeys();
    const legacy = openDatabase(join(dataDir, LEGACY_DATABASE_FILE), legacyKey, { create: false, layout: 'legacy' });
    try {
      splitLegacyDatabase(dataDir, legacy, legacyKey, lost);
    } finally {
      legacy.close();
    }
    expect(existsSync(join(dataDir, 'desk-1.db'))).toBe(true);
    expect(existsSync(join(dataDir, 'records-1.db'))).toBe(true);
    expect(vault().databases()).toBeNull();

    const core = await startCore();
    const recovered = vault().unlockWithRecoveryKey(recoveryKey);
    expect(recovered).toMatchObject({ layout: 'combined' });
    zeroUnlocked(recovered!);
    await signInAs(core, TEAM.caseManager);
    expect((await core.ok('participants.list', { show: 'all' })).total).toBe(original.participants);

    const files = readdirSync(dataDir);
    expect(files.filter((name) => name.startsWith(LEGACY_DATABASE_FILE))).toEqual([]);
    expect(files.filter((name) => name.endsWith('.next'))).toEqual([]);
    // desk-1.db and records-1.db are the committed split's, under the new keys, not the half-made ones.
    expect(() => openKeyed(join(dataDir, 'desk-1.db'), lost.desk, { create: false })).toThrow();
    expect(() => openKeyed(join(dataDir, 'records-1.db'), lost.records, { create: false })).toThrow();
    const keys = await keysFor(TEAM.caseManager);
    try {
      expect(keys.desk.equals(lost.desk)).toBe(false);
      withOnlyDeskKey(keys.desk, (db) => expect(count(db, 'staff')).toBe(3));
    } finally {
      keys.desk.fill(0);
      keys.records?.fill(0);
    }
  });

  it('removes the half-made files of an interrupted split at the next start, before anyone signs in', async () => {
    const lost = newDeskKeys();
    const legacy = openDatabase(join(dataDir, LEGACY_DATABASE_FILE), legacyKey, { create: false, layout: 'legacy' });
    try {
      splitLegacyDatabase(dataDir, legacy, legacyKey, lost);
    } finally {
      legacy.close();
    }
    await startCore();
    // desk-databases.ts (splitLegacyDatabase): "the half-made files are removed at the next start
    // (removeUnreferencedDatabases)". They hold a full copy of the participant records.
    expect(readdirSync(dataDir).filter((name) => /^(desk|records)-/.test(name))).toEqual([]);
  });
});
