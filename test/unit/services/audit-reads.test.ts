import { RECORDS_CHANNELS } from '../../../shared/ipc/contract';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendAudit } from '../../../electron/db/tables/audit-log';
import type { LoggedContact } from '../../../shared/ipc/caseload-contract';
import { localDate } from '../../../electron/local-date';
import { makeCore, setUpDesk, withDatabase, type CoreUnderTest } from '../../support/core';
import { completeAssessment, enrollPerson } from '../../support/caseload';
import { TEAM, arrestReferral, setUpTeam, signInAdmin, signInAs } from '../../support/intake';

const JORDAN = { name: 'Jordan Testcase', dateOfBirth: '1990-05-12' };
const RILEY = { name: 'Riley Samplewood', dateOfBirth: '1984-11-03' };
const SAM = { name: 'Sam Referredonly', dateOfBirth: '1979-02-14' };

interface Row {
  action: string;
  subject_id: string | null;
  detail: string | null;
}

describe('audit of what is read', () => {
  let t: CoreUnderTest;
  let recoveryKey: string;
  let pairId: number;
  let jordan: number;
  let riley: number;
  let hourAgo: string;

  /** The audit rows written by `fn`, read from the database so the session under test is left alone. */
  const auditedBy = async (fn: () => Promise<unknown>): Promise<{ action: string; subjectId: string | null; detail: unknown }[]> => {
    const last = () =>
      withDatabase(t, recoveryKey, (db) => db.prepare('SELECT coalesce(max(id), 0) FROM records.audit_log').pluck().get() as number);
    const before = last();
    await fn();
    const rows = withDatabase(
      t,
      recoveryKey,
      (db) => db.prepare('SELECT action, subject_id, detail FROM records.audit_log WHERE id > ? ORDER BY id').all(before) as Row[],
    );
    return rows.map((row) => ({ action: row.action, subjectId: row.subject_id, detail: row.detail ? JSON.parse(row.detail) : null }));
  };
  const openings = (rows: { action: string; subjectId: string | null }[]) =>
    rows.filter((row) => row.action === 'participants.get').map((row) => row.subjectId);

  beforeEach(async () => {
    t = makeCore();
    recoveryKey = await setUpDesk(t);
    ({ pairId } = await setUpTeam(t));
    hourAgo = new Date(t.clock.now().getTime() - 3_600_000).toISOString();
    jordan = await enrollPerson(t, JORDAN, pairId, hourAgo);
    riley = await enrollPerson(t, RILEY, pairId, hourAgo);
  });
  afterEach(() => t.dispose());

  it('audits lists, searches and boards with the ids they returned, never the query', async () => {
    await t.ok('contacts.log', {
      participantId: riley,
      contact: {
        kind: 'phone',
        occurredAt: hourAgo,
        durationMinutes: 10,
        staff: 'peer',
        place: null,
        note: 'Called about the Samplewood lease.',
      },
    });
    const sam = await t.ok('referrals.create', { person: SAM, referral: arrestReferral(hourAgo) });

    expect(await auditedBy(() => t.ok('participants.list', {}))).toEqual([
      { action: 'participants.list', subjectId: null, detail: { participantIds: [jordan, riley] } },
    ]);
    expect(await auditedBy(() => t.ok('board.pair', { pairId }))).toEqual([
      { action: 'board.pair', subjectId: null, detail: { participantIds: [jordan, riley] } },
    ]);
    expect(await auditedBy(() => t.ok('contacts.search', { query: 'Samplewood' }))).toEqual([
      { action: 'contacts.search', subjectId: null, detail: { participantIds: [riley] } },
    ]);
    const people = await auditedBy(() => t.ok('people.search', { query: 'Sam' }));
    expect(people).toEqual([
      { action: 'people.search', subjectId: null, detail: { personIds: [sam.personId, expect.any(Number)], participantIds: [riley] } },
    ]);
    expect(await auditedBy(() => t.ok('people.matches', { name: SAM.name, dateOfBirth: null }))).toEqual([
      { action: 'people.matches', subjectId: null, detail: { personIds: [sam.personId], participantIds: [] } },
    ]);
    expect(await auditedBy(() => t.ok('referrals.list', { statuses: ['screening'] }))).toEqual([
      { action: 'referrals.list', subjectId: null, detail: { personIds: [sam.personId] } },
    ]);

    await signInAs(t, TEAM.supervisor);
    expect(await auditedBy(() => t.ok('board.team', {}))).toEqual([
      { action: 'board.team', subjectId: null, detail: { participantIds: [jordan, riley] } },
    ]);
    expect(await auditedBy(() => t.ok('people.search', { query: 'Nobody Here' }))).toEqual([
      { action: 'people.search', subjectId: null, detail: { personIds: [], participantIds: [] } },
    ]);
    const everything = withDatabase(t, recoveryKey, (db) =>
      JSON.stringify([...db.prepare('SELECT * FROM audit_log').all(), ...db.prepare('SELECT * FROM records.audit_log').all()]),
    );
    expect(everything).not.toMatch(/Samplewood|Nobody Here|Sam Referredonly/);
  });

  it('audits opening a record once, not each refresh of the open page', async () => {
    const opening = await auditedBy(async () => {
      await t.ok('participants.get', { id: jordan, reason: 'open' });
      await t.ok('contacts.log', {
        participantId: jordan,
        contact: { kind: 'street_outreach', occurredAt: hourAgo, durationMinutes: 15, staff: 'both', place: null, note: null },
      });
      await t.ok('participants.get', { id: jordan, reason: 'refresh' });
      await completeAssessment(t, jordan, JORDAN);
      await t.ok('participants.get', { id: jordan, reason: 'refresh' });
    });
    expect(openings(opening)).toEqual([String(jordan)]);
    expect(opening.map((row) => row.action)).toEqual(['participants.get', 'contacts.log', 'assessments.save']);

    // Opening it again is a new reading; a call without a reason counts as an opening.
    expect(openings(await auditedBy(() => t.ok('participants.get', { id: jordan, reason: 'open' })))).toEqual([String(jordan)]);
    expect(openings(await auditedBy(() => t.ok('participants.get', { id: jordan })))).toEqual([String(jordan)]);
  });

  it('audits a write that answers with the open record as part of its opening: one open and two writes, one read', async () => {
    const contact = { kind: 'office', occurredAt: hourAgo, durationMinutes: 20, staff: 'both', place: null, note: null } as const;
    let logged: LoggedContact | null = null;
    const rows = await auditedBy(async () => {
      await t.ok('participants.get', { id: jordan, reason: 'open' });
      logged = await t.ok('contacts.log', { participantId: jordan, contact, withRecord: true });
      await t.ok('needs.update', { participantId: jordan, update: { need: 'housing', status: 'in_progress', note: null } });
    });
    expect(rows.map((row) => row.action)).toEqual(['participants.get', 'contacts.log', 'needs.update']);
    expect(openings(rows)).toEqual([String(jordan)]);
    expect(logged!.record).toMatchObject({ id: jordan, lastContactAt: expect.any(String) });
    expect(logged!.card).toMatchObject({ participantId: jordan, lastContactAt: new Date(hourAgo).toISOString() });

    // Without asking, the board gets the card alone, and reads nothing.
    const fromBoard = await auditedBy(() => t.ok('contacts.log', { participantId: riley, contact }));
    expect(fromBoard.map((row) => row.action)).toEqual(['contacts.log']);

    // Asking for a record this sign-in never opened is an opening, once.
    const unopened = await auditedBy(async () => {
      await t.ok('contacts.log', { participantId: riley, contact, withRecord: true });
      await t.ok('contacts.log', { participantId: riley, contact, withRecord: true });
    });
    expect(unopened.map((row) => [row.action, row.subjectId])).toEqual([
      ['contacts.log', String(riley)],
      ['participants.get', String(riley)],
      ['contacts.log', String(riley)],
    ]);
  });

  it('audits a "refresh" of a record this sign-in never opened, as an opening', async () => {
    expect(openings(await auditedBy(() => t.ok('participants.get', { id: riley, reason: 'refresh' })))).toEqual([String(riley)]);
    expect(openings(await auditedBy(() => t.ok('participants.get', { id: riley, reason: 'refresh' })))).toEqual([]);

    // A new sign-in, even by the same person, starts with no record open.
    await signInAs(t, TEAM.caseManager);
    expect(openings(await auditedBy(() => t.ok('participants.get', { id: riley, reason: 'refresh' })))).toEqual([String(riley)]);
    await signInAs(t, TEAM.peer);
    expect(openings(await auditedBy(() => t.ok('participants.get', { id: riley, reason: 'refresh' })))).toEqual([String(riley)]);
  });

  it('refuses a read reason it does not know, and audits nothing', async () => {
    const refused = await auditedBy(async () => {
      const reply = await t.core.invoke('participants.get', { id: jordan, reason: 'peek' });
      expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { reason: expect.any(String) } } });
    });
    expect(refused).toEqual([]);
  });

  it('writes no need, contact, outcome or justice-event kind where administrators read, and hides those older entries wrote', async () => {
    await completeAssessment(t, jordan, JORDAN);
    const writes = await auditedBy(async () => {
      await t.ok('needs.update', { participantId: jordan, update: { need: 'housing', status: 'in_progress', note: null } });
      await t.ok('services.refer', {
        participantId: jordan,
        referral: { need: 'housing', provider: 'Sample Shelter', referredOn: localDate(t.clock.now()), handoff: 'slip_only' },
      });
      await t.ok('contacts.log', {
        participantId: jordan,
        contact: { kind: 'court', occurredAt: hourAgo, durationMinutes: 30, staff: 'case_manager', place: null, note: null },
      });
      await t.ok('outcomes.record', {
        participantId: jordan,
        observation: { kind: 'treatment', value: 'moud', observedOn: localDate(t.clock.now()), note: null },
      });
      await t.ok('justiceEvents.record', {
        participantId: jordan,
        event: { kind: 'arrest', occurredOn: localDate(t.clock.now()), description: 'Picked up near the market.' },
      });
    });
    expect(writes.map((row) => [row.action, row.detail])).toEqual([
      ['needs.update', null],
      ['services.refer', { serviceReferralId: expect.any(Number) }],
      ['contacts.log', { contactId: expect.any(Number) }],
      ['outcomes.record', { outcomeId: expect.any(Number) }],
      ['justiceEvents.record', { justiceEventId: expect.any(Number) }],
    ]);

    // Nothing about a participant reaches the desk's log, which administrators read.
    const deskLog = withDatabase(t, recoveryKey, (db) => db.prepare('SELECT action FROM audit_log').pluck().all() as string[]);
    expect(deskLog.filter((action) => RECORDS_CHANNELS.has(action))).toEqual([]);

    // Entries an earlier version wrote stay in the chain as they are, and show without the facts.
    withDatabase(t, recoveryKey, (db) =>
      db.transaction(() => {
        appendAudit(db, {
          at: hourAgo,
          actorId: 2,
          action: 'justiceEvents.record',
          subjectType: 'participant',
          subjectId: String(jordan),
          detail: { justiceEventId: 9, kind: 'arrest' },
        });
        appendAudit(db, {
          at: hourAgo,
          actorId: 2,
          action: 'needs.update',
          subjectType: 'participant',
          subjectId: String(jordan),
          detail: { need: 'substance_use_treatment', status: 'open' },
        });
      })(),
    );
    await signInAdmin(t);
    const { entries } = await t.ok('audit.list', { limit: 500 });
    expect(JSON.stringify(entries.map((entry) => entry.detail))).not.toMatch(/arrest|treatment|court|housing|substance/);
    expect(entries.find((entry) => entry.action === 'justiceEvents.record' && entry.detail?.justiceEventId === 9)).toBeDefined();
    expect(await t.ok('audit.verify', {})).toMatchObject({ intact: true });
  });
});
