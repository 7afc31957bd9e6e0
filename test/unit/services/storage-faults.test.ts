import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deskDatabaseFiles } from '../../support/files';
import { afterEach, describe, expect, it } from 'vitest';
import { appendAudit } from '../../../electron/db/tables/audit-log';
import { runningPageChecks } from '../../../electron/db/page-check';
import type { LeadEvent } from '../../../shared/ipc/contract';
import { ADMIN, makeCore, setUpDesk, withDatabase, type CoreUnderTest } from '../../support/core';
import { damagePage, mountSmallDrive, pageCount, type SmallDrive } from '../../support/faults';

const SAM = { displayName: 'Sam Placeholder', username: 'sam', role: 'peer', temporaryPassword: 'temporary pass 1' } as const;

describe('a full or read-only drive', () => {
  let drive: SmallDrive;
  let t: CoreUnderTest | undefined;

  afterEach(() => {
    drive.free();
    drive.writable();
    t?.dispose();
    t = undefined;
    drive.unmount();
  });

  async function deskOnDrive(): Promise<CoreUnderTest> {
    drive = mountSmallDrive(32);
    t = makeCore({ dataDir: join(drive.dir, 'data') });
    await setUpDesk(t);
    return t;
  }

  it('says the disk is full and that nothing was saved, then saves once there is room', async () => {
    const t = await deskOnDrive();
    drive.fill();
    expect(await t.call('settings.update', { programName: 'Renamed LEAD' })).toEqual({
      ok: false,
      error: {
        code: 'DISK_FULL',
        message: 'The disk is full: this was not saved. Free some space on the drive, then try again; what you typed is still here.',
      },
    });
    expect(await t.call('staff.create', SAM)).toMatchObject({
      ok: false,
      error: { code: 'DISK_FULL', message: expect.stringContaining('this was not saved') },
    });
    expect((await t.ok('settings.get', {})).programName).toBe(ADMIN.programName);

    drive.free();
    await t.ok('settings.update', { programName: 'Renamed LEAD' });
    await t.ok('staff.create', SAM);
    expect((await t.ok('settings.get', {})).programName).toBe('Renamed LEAD');
    expect((await t.ok('staff.list', {})).map((member) => member.username).sort()).toEqual([ADMIN.username, SAM.username]);
    expect(await t.ok('audit.verify', {})).toMatchObject({ intact: true });
  });

  it('says the data folder cannot be written when its drive is read-only, and signs in once it is writable', async () => {
    const first = await deskOnDrive();
    first.core.close();
    drive.readOnly();
    t = makeCore({ dataDir: first.dataDir });
    expect(await t.call('session.signIn', { username: ADMIN.username, password: ADMIN.password })).toEqual({
      ok: false,
      error: {
        code: 'READ_ONLY',
        message:
          'LEAD Desk cannot write to its data folder (the drive is read-only, or this computer account may not write there): nothing was changed. Ask IT support to make the data folder writable again, then try again.',
      },
    });

    drive.writable();
    await t.ok('session.signIn', { username: ADMIN.username, password: ADMIN.password });
    expect(await t.ok('audit.verify', {})).toMatchObject({ intact: true });
  });
});

describe('a database found damaged', () => {
  let t: CoreUnderTest;
  let recoveryKey: string;
  let file: string;

  afterEach(() => t.dispose());

  /** A desk whose audit log spans hundreds of pages, so a page in the middle of the file holds records. */
  async function deskWithHistory(): Promise<void> {
    t = makeCore();
    recoveryKey = await setUpDesk(t);
    await t.ok('session.signOut', {});
    withDatabase(t, recoveryKey, (db) =>
      db.transaction(() => {
        for (let i = 0; i < 3000; i += 1) {
          appendAudit(db, {
            at: '2026-03-02T15:00:00.000Z',
            actorId: null,
            action: 'synthetic.entry',
            detail: { note: `invented note ${i} `.repeat(8) },
          });
        }
      })(),
    );
    file = deskDatabaseFiles(t.dataDir).desk;
    await t.ok('session.signIn', { username: ADMIN.username, password: ADMIN.password });
    // Damage made while the background check still reads would be its to find, not the read's.
    expect(await t.core.pageCheck()).toBe('ok');
  }

  const damageMiddlePage = () => damagePage(file, Math.floor(pageCount(file) / 2));

  async function expectRefusedFromNowOn(): Promise<void> {
    expect(await t.call('settings.update', { programName: 'Renamed LEAD' })).toMatchObject({
      ok: false,
      error: { code: 'DATABASE_DAMAGED' },
    });
    expect(await t.call('staff.list', {})).toMatchObject({ ok: false, error: { code: 'DATABASE_DAMAGED' } });
    expect(await t.ok('app.status', {})).toMatchObject({
      phase: 'problem',
      problem: 'database-damaged',
      message: expect.stringContaining('is damaged'),
    });
    // The next start of LEAD Desk says so before anyone signs in.
    t.core.close();
    const next = makeCore({ dataDir: t.dataDir });
    expect(await next.ok('app.status', {})).toMatchObject({ phase: 'problem', problem: 'database-damaged' });
    expect(await next.call('session.signIn', { username: ADMIN.username, password: ADMIN.password })).toMatchObject({
      ok: false,
      error: { code: 'DATABASE_DAMAGED' },
    });
    next.core.close();
  }

  it('is found by the page check after the next unlock, which shuts the desk and tells the screen', async () => {
    await deskWithHistory();
    await t.ok('session.lock', {});
    damageMiddlePage();
    const events: LeadEvent[] = [];
    t.core.onEvent((event) => events.push(event));
    // Unlocking checks the key and the schema only: sign-in completes while the pages are read.
    await t.ok('session.signIn', { username: ADMIN.username, password: ADMIN.password });
    let checked = false;
    void t.core.pageCheck()?.then(() => (checked = true));
    expect(checked).toBe(false);

    expect(await t.core.pageCheck()).toBe('damaged');
    expect(events).toContainEqual({
      type: 'database.damaged',
      message: expect.stringContaining('The database is damaged: part of it can no longer be read.'),
    });
    await expectRefusedFromNowOn();
  });

  it('stops the page check when the desk locks, and a check that was stopped finds nothing', async () => {
    await deskWithHistory();
    await t.ok('session.lock', {});
    damageMiddlePage();
    await t.ok('session.signIn', { username: ADMIN.username, password: ADMIN.password });
    await t.ok('session.lock', {});
    expect(await t.core.pageCheck()).toBe('stopped');
    expect(runningPageChecks()).toBe(0);
    expect(await t.ok('app.status', {})).toEqual({ phase: 'ready', signedIn: null });

    // The check of the next unlock runs whole and finds the damage.
    await t.ok('session.signIn', { username: ADMIN.username, password: ADMIN.password });
    expect(await t.core.pageCheck()).toBe('damaged');
    expect(runningPageChecks()).toBe(0);
    await expectRefusedFromNowOn();
  });

  it('while the desk is open: the read that meets the damage stops every later write', async () => {
    await deskWithHistory();
    // Another connection's write makes the desk's connection drop its page cache at its next
    // read, so the damaged page is read from the file, as after a long session evicts it.
    withDatabase(t, recoveryKey, (db) => db.prepare(`INSERT INTO settings (key, value) VALUES ('marker', '1')`).run());
    damageMiddlePage();
    expect(await t.call('audit.verify', {})).toEqual({
      ok: false,
      error: {
        code: 'DATABASE_DAMAGED',
        message:
          'The database is damaged: nothing was changed. LEAD Desk has stopped using it, so nothing more is written over the damage.',
      },
    });
    await expectRefusedFromNowOn();
  });
});

describe('a damaged key file', () => {
  it('says what is damaged, that nothing was saved and what to do', async () => {
    const t = makeCore();
    await setUpDesk(t);
    writeFileSync(join(t.dataDir, 'keyslots.json'), '{ "format": "lead-desk-keyslots"');
    expect(await t.call('staff.create', SAM)).toEqual({
      ok: false,
      error: {
        code: 'VAULT_PROBLEM',
        message:
          'The key file (keyslots.json) is damaged: not readable as JSON. Because of that, this was not saved. Ask the program’s administrator or IT support to restore keyslots.json from a backup of the data folder.',
      },
    });
    t.dispose();
  });
});
