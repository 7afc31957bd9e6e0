import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../../electron/db/open-database';
import { runningPageChecks, startPageCheck } from '../../../electron/db/page-check';
import { MIGRATIONS } from '../../../electron/db/migrations';
import { appendAudit } from '../../../electron/db/tables/audit-log';
import { newDatabaseKey } from '../../../electron/vault/vault';
import { filesContaining, makeDataDir, removeDataDir } from '../../support/data-dir';
import { damagePage, pageCount } from '../../support/faults';
import { snapshotFiles } from '../../support/files';

describe('the encrypted database', () => {
  let dir: string;
  let file: string;
  const key = newDatabaseKey();
  const MARKER = 'ZQXUNITPLAINTEXT4417';

  beforeEach(() => {
    dir = makeDataDir('db');
    file = join(dir, 'lead-desk.db');
  });
  afterEach(() => removeDataDir(dir));

  function createWithMarker(): void {
    const db = openDatabase(file, key, { create: true, layout: 'legacy' });
    db.prepare(`INSERT INTO settings (key, value) VALUES ('marker', ?)`).run(JSON.stringify(MARKER));
    db.close();
  }

  it('is SQLCipher v4 compatible, in WAL mode with full sync, foreign keys on and temp tables in memory', () => {
    const db = openDatabase(file, key, { create: true, layout: 'legacy' });
    expect(db.pragma('cipher', { simple: true })).toBe('sqlcipher');
    expect(Number(db.pragma('legacy', { simple: true }))).toBe(4);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('temp_store', { simple: true })).toBe(2);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it('writes no plaintext to the database or its WAL, while open and after closing', () => {
    const db = openDatabase(file, key, { create: true, layout: 'legacy' });
    db.prepare(`INSERT INTO settings (key, value) VALUES ('marker', ?)`).run(JSON.stringify(MARKER));
    expect(readFileSync(`${file}-wal`).length).toBeGreaterThan(0);
    expect(filesContaining(dir, MARKER)).toEqual([]);
    db.close();
    expect(filesContaining(dir, MARKER)).toEqual([]);
    const reopened = openDatabase(file, key, { create: false, layout: 'legacy' });
    expect(reopened.prepare(`SELECT value FROM settings WHERE key = 'marker'`).pluck().get()).toBe(JSON.stringify(MARKER));
    reopened.close();
  });

  /** How SQLCipher (and LEAD Desk before it keyed with bytes) opens a file: the key as x'hex'. */
  function openTheSqlcipherWay(path: string): Database.Database {
    const db = new Database(path);
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(`key="x'${key.toString('hex')}'"`);
    return db;
  }

  it('opens a file keyed the SQLCipher way, and makes files the SQLCipher way opens', () => {
    const old = openTheSqlcipherWay(file);
    old.exec(`CREATE TABLE kept (value TEXT); INSERT INTO kept VALUES ('${MARKER}')`);
    old.close();
    const opened = openDatabase(file, key, { create: false, layout: 'legacy' });
    expect(opened.prepare('SELECT value FROM kept').pluck().get()).toBe(MARKER);
    opened.prepare(`INSERT INTO settings (key, value) VALUES ('marker', ?)`).run(JSON.stringify(MARKER));
    opened.close();
    const again = openTheSqlcipherWay(file);
    expect(again.prepare(`SELECT value FROM settings WHERE key = 'marker'`).pluck().get()).toBe(JSON.stringify(MARKER));
    again.close();
    expect(filesContaining(dir, MARKER)).toEqual([]);

    const made = join(dir, 'made-new.db');
    const fresh = openDatabase(made, key, { create: true, layout: 'legacy' });
    fresh.prepare(`INSERT INTO settings (key, value) VALUES ('marker', ?)`).run(JSON.stringify(MARKER));
    fresh.close();
    const read = openTheSqlcipherWay(made);
    expect(read.prepare(`SELECT value FROM settings WHERE key = 'marker'`).pluck().get()).toBe(JSON.stringify(MARKER));
    read.close();
  });

  it('leaves the key it was given as it was', () => {
    const given = Buffer.from(key);
    openDatabase(file, given, { create: true, layout: 'legacy' }).close();
    expect(given).toEqual(key);
  });

  it('refuses a wrong key with a clear message and changes nothing on disk', () => {
    createWithMarker();
    const before = snapshotFiles(dir);
    expect(() => openDatabase(file, newDatabaseKey(), { create: false, layout: 'legacy' })).toThrow(/could not be decrypted/);
    expect(snapshotFiles(dir)).toEqual(before);
  });

  it('refuses a damaged file and changes nothing on disk', () => {
    createWithMarker();
    const bytes = readFileSync(file);
    bytes.fill(0x41, 100, 400);
    writeFileSync(file, bytes);
    const before = snapshotFiles(dir);
    expect(() => openDatabase(file, key, { create: false, layout: 'legacy' })).toThrow(/damaged|could not be decrypted/);
    expect(snapshotFiles(dir)).toEqual(before);
  });

  it('refuses a database from a newer LEAD Desk and changes nothing on disk', () => {
    const db = openDatabase(file, key, { create: true, layout: 'legacy' });
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    const before = snapshotFiles(dir);
    expect(() => openDatabase(file, key, { create: false, layout: 'legacy' })).toThrow(/newer version of LEAD Desk/);
    expect(snapshotFiles(dir)).toEqual(before);
  });

  it('says so when the file is missing rather than creating an empty one', () => {
    expect(() => openDatabase(file, key, { create: false, layout: 'legacy' })).toThrow(/missing/);
    expect(snapshotFiles(dir)).toEqual({});
  });
});

const EMPTY_FILE_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

describe('the page check after unlock', () => {
  let dir: string;
  let file: string;
  const key = newDatabaseKey();

  beforeEach(() => {
    dir = makeDataDir('db-pages');
    file = join(dir, 'lead-desk.db');
    // A few thousand audit entries: enough pages that the middle one is a record page, not the schema.
    const db = openDatabase(file, key, { create: true, layout: 'legacy' });
    db.transaction(() => {
      for (let i = 0; i < 3000; i += 1) {
        appendAudit(db, {
          at: '2026-03-02T15:00:00.000Z',
          actorId: null,
          action: 'synthetic.entry',
          detail: { note: `invented note ${i} `.repeat(8) },
        });
      }
    })();
    db.close();
  });
  afterEach(() => removeDataDir(dir));

  it('finds a damaged page in the middle that opening does not read, and writes nothing to the database', async () => {
    const pages = pageCount(file);
    expect(pages).toBeGreaterThan(100);
    damagePage(file, Math.floor(pages / 2));
    const before = snapshotFiles(dir);
    expect(await startPageCheck([{ file, key }]).verdict).toBe('damaged');
    // A read-only WAL reader leaves an empty write-ahead log and its index behind, nothing more.
    expect(snapshotFiles(dir)).toEqual({ ...before, 'lead-desk.db-shm': expect.any(String), 'lead-desk.db-wal': EMPTY_FILE_SHA256 });
    // Opening checks the key and the schema only, so unlocking does not wait for every page.
    openDatabase(file, key, { create: false, layout: 'legacy' }).close();
  });

  it('finds a damaged page of an index as well as of a table', async () => {
    const db = openDatabase(file, key, { create: false, layout: 'legacy' });
    const indexRoot = db
      .prepare(`SELECT rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = 'audit_log' ORDER BY rootpage DESC LIMIT 1`)
      .pluck()
      .get() as number | undefined;
    db.close();
    if (indexRoot === undefined) throw new Error('the audit log has no index to damage');
    damagePage(file, indexRoot);
    expect(await startPageCheck([{ file, key }]).verdict).toBe('damaged');
  });

  it('ends itself when stopped, never terminated, even while its file is being removed', async () => {
    // Terminating a worker while the driver raises an SQLite error aborts the whole process
    // (electron/db/page-check.ts): a stop is a flag the worker reads between tables.
    const terminate = vi.spyOn(Worker.prototype, 'terminate');
    try {
      for (let run = 0; run < 40; run += 1) {
        const copy = join(dir, `copy-${run}.db`);
        copyFileSync(file, copy);
        const check = startPageCheck([{ file: copy, key: Buffer.from(key) }]);
        await new Promise((done) => setTimeout(done, run % 8));
        check.stop();
        for (const suffix of ['', '-wal', '-shm']) rmSync(`${copy}${suffix}`, { force: true });
        expect(await check.verdict).toBe('stopped');
      }
      expect(runningPageChecks()).toBe(0);
      expect(terminate).not.toHaveBeenCalled();
    } finally {
      terminate.mockRestore();
    }
  });

  it('passes an intact database while the desk connection writes to it, and leaves the key it was given', async () => {
    const db = openDatabase(file, key, { create: false, layout: 'legacy' });
    const given = Buffer.from(key);
    const check = startPageCheck([{ file, key: given }]);
    db.prepare(`INSERT INTO settings (key, value) VALUES ('marker', '1')`).run();
    expect(await check.verdict).toBe('ok');
    expect(given.equals(key)).toBe(true);
    db.close();
  });
});
