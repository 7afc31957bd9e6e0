import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { localDate } from '../../../electron/local-date';
import { addDays } from '../../../shared/domain/local-time';
import { SeededRandom } from '../../../electron/synthetic/seeded-random';
import { inputSchema } from '../../../shared/ipc/channel';
import { CHANNELS, contract, type Channel } from '../../../shared/ipc/contract';
import { INPUT_LIMITS, plainDataProblem } from '../../../shared/ipc/plain-data';
import { ERROR_CODES } from '../../../shared/ipc/reply';
import { addPair, completeAssessment, enrollPerson } from '../../support/caseload';
import { ADMIN, makeCore, setUpDesk, withDatabase, type CoreUnderTest } from '../../support/core';
import { TEAM, setUpTeam, signInAdmin, signInAs } from '../../support/intake';
import { consentInput } from '../domain/fixtures';
import { malformedInput } from './malformed-inputs';

/**
 * Every channel, as every kind of caller, sent many malformed inputs: invoke never rejects,
 * every reply is a refusal of the reply shape and never INTERNAL, nothing is logged, and not
 * a row in the database changes, save the access.denied entries a refused role writes.
 */
const CALLS_PER_CHANNEL = 30;
/** A caller refused a channel outright is refused before the input is read: a few calls show it. */
const CALLS_WHEN_CLOSED = 5;
const SEED = 20261201;

/** Refusals an invalid call may get: by who is asking, then by what they sent. */
const REFUSALS = ['NOT_SIGNED_IN', 'FORBIDDEN', 'INVALID_INPUT'];
const TEMPORARY = { displayName: 'Terry Newstart', username: 'temp.user', password: 'temporary pass 1' };
const CALLERS = ['signed out', 'administrator', 'supervisor', 'case manager', 'peer', 'must change password'] as const;

type Snapshot = Record<string, unknown[]>;

describe('IPC fuzz: every channel, every caller, malformed input', () => {
  let t: CoreUnderTest;
  let recoveryKey: string;
  let recordIds: number[];
  let sent = 0;

  const snapshot = (): Snapshot =>
    withDatabase(t, recoveryKey, (db) => {
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
      // Some tables have no rowid: rows are put in a stable order by their content; the audit
      // log, which only grows, keeps its order by id so the new entries are the last ones.
      const rows = (table: string) =>
        db
          .prepare(`SELECT * FROM "${table}"`)
          .all()
          .map((row) => JSON.stringify(row));
      return Object.fromEntries(
        tables.map((table) => [
          table,
          table === 'audit_log' ? db.prepare('SELECT * FROM audit_log ORDER BY id').all() : rows(table).sort(),
        ]),
      );
    });

  /** What may change: audit entries recording that a role was refused a channel. */
  const withoutAccessDenied = (before: Snapshot, after: Snapshot): Snapshot => {
    const known = before.audit_log!.length;
    const added = after.audit_log!.slice(known) as { action: string }[];
    expect(added.filter((entry) => entry.action !== 'access.denied')).toEqual([]);
    return { ...after, audit_log: after.audit_log!.slice(0, known) };
  };

  const signInAsCaller = async (caller: (typeof CALLERS)[number]) => {
    await t.call('session.signOut', {});
    if (caller === 'administrator') await signInAdmin(t);
    if (caller === 'supervisor') await signInAs(t, TEAM.supervisor);
    if (caller === 'case manager') await signInAs(t, TEAM.caseManager);
    if (caller === 'peer') await signInAs(t, TEAM.peer);
    if (caller === 'must change password') await signInAs(t, TEMPORARY);
  };

  const isInvalid = (channel: Channel, input: unknown) => {
    const now = t.clock.now();
    if (plainDataProblem(input ?? {}, INPUT_LIMITS)) return true;
    try {
      return !inputSchema(contract[channel].input, { now: now.toISOString(), today: localDate(now) }).safeParse(input ?? {}).success;
    } catch {
      return true;
    }
  };

  beforeAll(async () => {
    t = makeCore();
    recoveryKey = await setUpDesk(t);
    const { pairId, ids } = await setUpTeam(t);
    const otherPair = await addPair(t, { caseManager: 'Morgan Othercase', peer: 'Quinn Otherpeer', prefix: 'other' }, TEAM.caseManager);
    const hourAgo = new Date(t.clock.now().getTime() - 3_600_000).toISOString();
    const jordan = await enrollPerson(t, { name: 'Jordan Testcase', dateOfBirth: '1990-05-12' }, pairId, hourAgo);
    const riley = await enrollPerson(t, { name: 'Riley Samplewood', dateOfBirth: '1984-11-03' }, otherPair, hourAgo);
    // Riley is the other pair's: the supervisor, who may open everyone, records their history.
    await signInAs(t, TEAM.supervisor);
    await completeAssessment(t, riley, { name: 'Riley Samplewood', dateOfBirth: '1984-11-03' });
    await t.ok('contacts.log', {
      participantId: riley,
      contact: { kind: 'office', occurredAt: hourAgo, durationMinutes: 20, staff: 'both' },
    });
    const signedOn = localDate(t.clock.now());
    const consent = await t.ok('consents.create', {
      participantId: riley,
      consent: consentInput({ patientName: 'Riley Samplewood', signedOn, expiry: { kind: 'date', on: addDays(signedOn, 365) } }),
    });
    await t.ok('drafts.save', { key: 'referral:new', data: { name: 'Half typed' } });
    await signInAdmin(t);
    const temporary = await t.ok('staff.create', {
      displayName: TEMPORARY.displayName,
      username: TEMPORARY.username,
      role: 'case_manager',
      temporaryPassword: TEMPORARY.password,
    });
    recordIds = [...new Set([pairId, otherPair, jordan, riley, consent.id, temporary.id, ...Object.values(ids), 1])];
  });
  afterAll(() => t.dispose());

  it.each(CALLERS)('as %s: every channel refuses every malformed input and changes nothing', async (caller) => {
    await signInAsCaller(caller);
    const status = await t.ok('app.status', {});
    const random = new SeededRandom(SEED + CALLERS.indexOf(caller));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      for (const channel of CHANNELS) {
        const before = snapshot();
        let closed = 0;
        for (let call = 0; call < CALLS_PER_CHANNEL && closed < CALLS_WHEN_CLOSED; call += 1) {
          const input = malformedInput(
            inputSchema(contract[channel].input, { now: t.clock.now().toISOString(), today: localDate(t.clock.now()) }),
            random,
            recordIds,
          );
          if (!isInvalid(channel, input)) continue;
          sent += 1;
          const reply = await t.core.invoke(channel, input);
          const context = `${caller} ${channel} call ${call}`;
          expect(reply, context).toMatchObject({ ok: false, error: { code: expect.any(String), message: expect.any(String) } });
          if (reply.ok) continue;
          expect(ERROR_CODES, context).toContain(reply.error.code);
          expect(REFUSALS, `${context}: ${reply.error.code} ${reply.error.message}`).toContain(reply.error.code);
          expect(reply.error.message.length, context).toBeGreaterThan(0);
          expect(JSON.parse(JSON.stringify(reply)), context).toEqual(reply);
          if (reply.error.code !== 'INVALID_INPUT') closed += 1;
        }
        expect(withoutAccessDenied(before, snapshot()), `${caller} ${channel}`).toEqual(before);
      }
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
    }
    expect(await t.ok('app.status', {})).toEqual(status);
  });

  it('sent thousands of malformed calls: few of the generated inputs were valid and skipped', () => {
    expect(sent).toBeGreaterThan(CHANNELS.length * CALLERS.length * CALLS_WHEN_CLOSED * 2);
  });

  it('signs in the administrator as before: the fuzz left the accounts as they were', async () => {
    await t.call('session.signOut', {});
    expect(await t.ok('session.signIn', { username: ADMIN.username, password: ADMIN.password })).toMatchObject({
      user: { username: ADMIN.username },
    });
  });
});
