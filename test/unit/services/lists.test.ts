import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Stage } from '../../../shared/domain/stages';
import type { Db } from '../../../electron/db/open-database';
import { arrangePeople } from '../../support/lists';
import { addPair } from '../../support/caseload';
import { makeCore, setUpDesk, withDatabase, type CoreUnderTest } from '../../support/core';
import { TEAM, setUpTeam, signInAs } from '../../support/intake';

/**
 * Lists that never lie: every list answers a page with the true count, searches rank every match
 * and page through them, and nothing outside the caller's pairs is listed or counted.
 * Invented people only; the many rows are written straight into the database, as ten years of a
 * program would have left them.
 */

describe('lists that scale and never lie', () => {
  let t: CoreUnderTest;
  let recoveryKey: string;
  let pairId: number;

  const inDatabase = <T>(fn: (db: Db) => T) => withDatabase(t, recoveryKey, fn);
  const lastAudit = () =>
    inDatabase((db) =>
      db.prepare('SELECT action, subject_id AS subjectId, detail FROM records.audit_log ORDER BY id DESC LIMIT 1').get(),
    ) as {
      action: string;
      subjectId: string | null;
      detail: string | null;
    };

  beforeEach(async () => {
    t = makeCore();
    recoveryKey = await setUpDesk(t);
    const team = await setUpTeam(t);
    pairId = team.pairId;
  });
  afterEach(() => t.dispose());

  it('pages the participants, active first, with the true count of every stage', async () => {
    const stages: Stage[] = [
      ...Array<Stage>(40).fill('exited'),
      ...Array<Stage>(12).fill('active'),
      ...Array<Stage>(5).fill('awaiting_intake'),
      'inactive',
      'inactive',
    ];
    inDatabase((db) =>
      arrangePeople(
        db,
        stages.map((stage, i) => ({ name: `Testcase Person${String(i).padStart(2, '0')}`, stage })),
        { pairId },
      ),
    );

    const first = await t.ok('participants.list', { show: 'all', limit: 10 });
    expect(first.total).toBe(59);
    expect(first.counts).toEqual({ caseload: 19, awaiting_intake: 5, intake_in_progress: 0, active: 12, inactive: 2, exited: 40, all: 59 });
    expect(first.participants).toHaveLength(10);
    expect(first.participants.every((p) => p.stage === 'active')).toBe(true);
    // The audit names exactly the page returned.
    expect(JSON.parse(lastAudit().detail!)).toEqual({ participantIds: first.participants.map((p) => p.id) });

    // Paging through covers everyone once, in stage order: active, intake, awaiting, inactive, exited.
    const seen: { id: number; stage: Stage }[] = [];
    for (let offset = 0; offset < first.total; offset += 25) {
      seen.push(...(await t.ok('participants.list', { show: 'all', offset, limit: 25 })).participants);
    }
    expect(new Set(seen.map((p) => p.id)).size).toBe(59);
    const order: Stage[] = ['active', 'intake_in_progress', 'awaiting_intake', 'inactive', 'exited'];
    expect(seen.map((p) => order.indexOf(p.stage))).toEqual([...seen.map((p) => order.indexOf(p.stage))].sort((a, b) => a - b));

    const caseload = await t.ok('participants.list', { show: 'caseload' });
    expect(caseload.total).toBe(19);
    expect(caseload.participants.map((p) => p.stage)).not.toContain('exited');
    expect((await t.ok('participants.list', { show: 'exited', offset: 30 })).participants).toHaveLength(10);
    expect((await t.ok('participants.list', { show: 'exited', offset: 500 })).participants).toEqual([]);
  });

  it('refuses a page too large or out of bounds, so no call asks for everything', async () => {
    for (const input of [{ limit: 101 }, { limit: 0 }, { offset: -1 }, { offset: 2_000_000 }, { show: 'everyone' }]) {
      expect(await t.call('participants.list', input as never)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(await t.call('referrals.list', { limit: 1000 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await t.call('people.search', { query: 'x', limit: 101 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await t.call('contacts.search', { query: 'x', offset: 0.5 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await t.call('participants.timeline', { participantId: 1, limit: 201 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });

  it('counts every referral, past 500, and pages through them newest or oldest first', async () => {
    inDatabase((db) =>
      arrangePeople(
        db,
        Array.from({ length: 530 }, (_, i) => ({ name: `Referral Person${i}`, stage: i % 10 === 0 ? 'active' : null })),
        { pairId },
      ),
    );
    const first = await t.ok('referrals.list', {});
    expect(first.total).toBe(530);
    expect(first.referrals).toHaveLength(50);
    expect(first.counts).toMatchObject({ all: 530, enrolled: 53, screening: 477, awaiting_sao: 0 });
    expect(first.referrals[0]!.personName).toBe('Referral Person0');

    const last = await t.ok('referrals.list', { offset: 500, limit: 100 });
    expect(last.referrals).toHaveLength(30);
    expect(last.referrals.at(-1)!.personName).toBe('Referral Person529');
    expect((await t.ok('referrals.list', { order: 'oldest', limit: 1 })).referrals[0]!.personName).toBe('Referral Person529');

    const enrolled = await t.ok('referrals.list', { statuses: ['enrolled'], limit: 100 });
    expect(enrolled).toMatchObject({ total: 53, counts: { all: 530 } });
    expect(enrolled.referrals).toHaveLength(53);
    expect(JSON.parse(lastAudit().detail!).personIds).toHaveLength(53);
  });

  it('finds every participant a name matches, past 25, ranked, and pages on to the last', async () => {
    const onyx = [
      ...Array.from({ length: 60 }, (_, i) => ({ name: `Testcase Onyx${i}`, stage: 'exited' as const })),
      ...Array.from({ length: 40 }, (_, i) => ({ name: `Onyx Samplewood${i}`, stage: (i % 2 ? 'active' : 'exited') as Stage })),
      { name: 'Onyx', stage: 'exited' as const },
      { name: 'Riley Onyx', stage: 'active' as const },
      { name: 'Jordan Onyxby', stage: 'inactive' as const },
      // Referred, never enrolled: counted apart, not listed as participants.
      ...Array.from({ length: 7 }, (_, i) => ({ name: `Onyx Referredonly${i}`, stage: null })),
    ];
    inDatabase((db) => arrangePeople(db, onyx, { pairId }));

    const first = await t.ok('people.search', { query: 'onyx', scope: 'participants' });
    expect(first).toMatchObject({ total: 103, notEnrolled: 7 });
    expect(first.hits).toHaveLength(25);
    // The whole name first; then names that start with it, active before exited; then the rest.
    expect(first.hits[0]!.name).toBe('Onyx');
    expect(first.hits.slice(1, 21).map((hit) => hit.stage)).toEqual([...Array(20).fill('active')]);
    expect(first.hits.slice(1, 25).every((hit) => hit.name.startsWith('Onyx Samplewood'))).toBe(true);
    expect(JSON.parse(lastAudit().detail!).participantIds).toEqual(first.hits.map((hit) => hit.participantId));

    const all = [...first.hits];
    for (let offset = 25; offset < first.total; offset += 25)
      all.push(...(await t.ok('people.search', { query: 'onyx', scope: 'participants', offset })).hits);
    expect(all).toHaveLength(103);
    expect(new Set(all.map((hit) => hit.personId)).size).toBe(103);
    expect(all.every((hit) => hit.participantId !== null)).toBe(true);
    // Among the other matches, who is on a caseload comes before who has exited.
    const rest = all.slice(41);
    expect(
      rest
        .slice(0, 2)
        .map((hit) => hit.name)
        .sort(),
    ).toEqual(['Jordan Onyxby', 'Riley Onyx']);
    expect((await t.ok('people.search', { query: 'onyx', scope: 'participants', offset: 103 })).hits).toEqual([]);

    // Everyone ever referred: a never-enrolled person ranks after the participants matched as well.
    const everyone = await t.ok('people.search', { query: 'onyx', limit: 100 });
    expect(everyone.total).toBe(110);
    expect(everyone.hits.slice(41, 48).map((hit) => hit.name)).toEqual(
      Array.from({ length: 7 }, () => expect.stringMatching(/^Onyx Referredonly/)),
    );
    expect(everyone.hits.slice(41, 48).every((hit) => hit.participantId === null)).toBe(true);
    expect((await t.ok('people.search', { query: 'onyx samplewood3', scope: 'participants' })).hits.map((hit) => hit.name)).toEqual([
      'Onyx Samplewood3',
      ...Array.from({ length: 10 }, () => expect.stringMatching(/^Onyx Samplewood3\d$/)),
    ]);
  });

  it('lists, counts and finds only within the caller’s pairs', async () => {
    const other = await addPair(t, { caseManager: 'Morgan Othercase', peer: 'Quinn Otherpeer', prefix: 'other' }, TEAM.caseManager);
    inDatabase((db) =>
      arrangePeople(
        db,
        [
          ...Array.from({ length: 30 }, (_, i) => ({ name: `Onyx Mine${i}` })),
          ...Array.from({ length: 20 }, (_, i) => ({ name: `Onyx Theirs${i}`, pairId: other })),
        ],
        { pairId },
      ),
    );
    const list = await t.ok('participants.list', { show: 'all', limit: 100 });
    expect(list.total).toBe(30);
    expect(list.counts.all).toBe(30);
    expect(list.participants.every((p) => p.pair.id === pairId)).toBe(true);
    const found = await t.ok('people.search', { query: 'onyx', scope: 'participants', limit: 100 });
    expect(found.total).toBe(30);
    expect(found.hits.every((hit) => hit.name.startsWith('Onyx Mine'))).toBe(true);

    await signInAs(t, TEAM.supervisor);
    expect((await t.ok('participants.list', {})).total).toBe(50);
    expect((await t.ok('people.search', { query: 'onyx', scope: 'participants' })).total).toBe(50);
  });

  it('counts every contact note that matches and pages through them, newest first', async () => {
    const [person] = inDatabase((db) => arrangePeople(db, [{ name: 'Jordan Testcase' }], { pairId }));
    const participantId = person!.participantId!;
    for (let i = 0; i < 60; i += 1) {
      await t.ok('contacts.log', {
        participantId,
        contact: {
          kind: 'phone',
          occurredAt: new Date(t.clock.now().getTime() - (i + 1) * 3_600_000).toISOString(),
          durationMinutes: 5,
          staff: 'peer',
          place: null,
          note: `Shelter call number ${i}.`,
        },
      });
    }
    const first = await t.ok('contacts.search', { query: 'shelter' });
    expect(first.total).toBe(60);
    expect(first.hits).toHaveLength(50);
    const second = await t.ok('contacts.search', { query: 'shelter', offset: 50 });
    expect(second.hits).toHaveLength(10);
    expect(new Set([...first.hits, ...second.hits].map((hit) => hit.contactId)).size).toBe(60);
  });

  it('sends a long record’s newest timeline lines with the counts, and pages through the rest by filter', async () => {
    const [person] = inDatabase((db) => arrangePeople(db, [{ name: 'Jordan Testcase' }], { pairId }));
    const participantId = person!.participantId!;
    const hour = 3_600_000;
    for (let i = 0; i < 70; i += 1) {
      await t.ok('contacts.log', {
        participantId,
        contact: {
          kind: 'street_outreach',
          occurredAt: new Date(t.clock.now().getTime() - (i + 1) * hour).toISOString(),
          durationMinutes: 15,
          staff: 'both',
          place: null,
          note: null,
        },
      });
    }
    await t.ok('outcomes.record', {
      participantId,
      observation: { kind: 'housing', value: 'emergency_shelter', observedOn: '2026-01-05', note: null },
    });

    const record = await t.ok('participants.get', { id: participantId });
    expect(record.timeline).toHaveLength(50);
    expect(record.timelineCounts).toMatchObject({ all: 71, contacts: 70, outcomes: 1, justice: 0, changes: 0 });

    const before = inDatabase((db) => db.prepare('SELECT count(*) FROM records.audit_log').pluck().get());
    const rest = await t.ok('participants.timeline', { participantId, offset: 50 });
    expect(rest.total).toBe(71);
    expect(rest.events).toHaveLength(21);
    // Newest first across the pages, every line once; paging an opened record is no new opening.
    const lines = [...record.timeline, ...rest.events];
    expect(new Set(lines.map((line) => line.key)).size).toBe(71);
    expect(lines.at(-1)!.kind).toBe('outcome.housing');
    expect(inDatabase((db) => db.prepare('SELECT count(*) FROM records.audit_log').pluck().get())).toBe(before);

    const outcomes = await t.ok('participants.timeline', { participantId, group: 'outcomes' });
    expect(outcomes).toMatchObject({ total: 1, events: [{ kind: 'outcome.housing', allDay: true }] });
    expect((await t.ok('participants.timeline', { participantId, group: 'contacts', offset: 60 })).events).toHaveLength(10);

    // Paging a record this sign-in never opened is audited as its opening, once.
    await signInAs(t, TEAM.caseManager);
    await t.ok('participants.timeline', { participantId, offset: 50 });
    expect(lastAudit()).toMatchObject({ action: 'participants.timeline', subjectId: String(participantId) });
    const audited = inDatabase((db) => db.prepare('SELECT count(*) FROM records.audit_log').pluck().get());
    await t.ok('participants.timeline', { participantId, offset: 0 });
    expect(inDatabase((db) => db.prepare('SELECT count(*) FROM records.audit_log').pluck().get())).toBe(audited);
  });
});
