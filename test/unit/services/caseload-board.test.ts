import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LeadEvent } from '../../../shared/ipc/contract';
import { makeCore, setUpDesk, withDatabase, type CoreUnderTest } from '../../support/core';
import { addPair, completeAssessment, enrollPerson } from '../../support/caseload';
import { TEAM, readyReferral, setUpTeam, signInAdmin, signInAs } from '../../support/intake';

const JORDAN = { name: 'Jordan Testcase', dateOfBirth: '1990-05-12' };
const RILEY = { name: 'Riley Samplewood', dateOfBirth: '1984-11-03' };
const DAY_MS = 86_400_000;

describe('caseload board: stages, moves and reassignment', () => {
  let t: CoreUnderTest;
  let pairId: number;
  let recoveryKey: string;
  let hourAgo: string;
  let jordan: number;

  const card = async (participantId: number) => {
    const board = await t.ok('board.pair', { pairId });
    return board.lanes.flatMap((lane) => lane.cards).find((c) => c.participantId === participantId);
  };

  beforeEach(async () => {
    t = makeCore();
    recoveryKey = await setUpDesk(t);
    ({ pairId } = await setUpTeam(t));
    hourAgo = new Date(t.clock.now().getTime() - 3_600_000).toISOString();
    jordan = await enrollPerson(t, JORDAN, pairId, hourAgo);
  });
  afterEach(() => t.dispose());

  it('shows each pair its participants by stage, with load against the cap', async () => {
    const board = await t.ok('board.pair', { pairId });
    expect(board.lanes).toHaveLength(1);
    expect(board.lanes[0]!.pair).toMatchObject({ id: pairId, caseload: 1, cap: 28 });
    expect(board.lanes[0]!.cards[0]).toMatchObject({
      participantId: jordan,
      name: JORDAN.name,
      stage: 'awaiting_intake',
      assessmentComplete: false,
      daysSinceContact: null,
      newPoliceContacts: 0,
      openServiceReferrals: 0,
      courtDateOn: null,
      housing: null,
    });
    expect(board.lanes[0]!.cards[0]!.intakeDaysLeft).toBeGreaterThanOrEqual(29);
    expect(board).toMatchObject({ contactAgingDays: 7, contactOverdueDays: 14 });
  });

  it('asks a reason to go inactive or exit, and records who, when, from, to and why', async () => {
    const refused = await t.call('participants.move', { participantId: jordan, to: 'inactive', reason: null });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { reason: 'Give a reason for moving to inactive.' } },
    });
    expect(await t.call('participants.move', { participantId: jordan, to: 'active', reason: null })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'That move is not possible from this stage.' },
    });
    await t.ok('participants.move', { participantId: jordan, to: 'intake_in_progress', reason: null });
    expect(await t.call('participants.move', { participantId: jordan, to: 'active', reason: null })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'Complete the intake assessment before moving to active.' },
    });
    const moved = await t.ok('participants.move', { participantId: jordan, to: 'inactive', reason: 'Not seen in six weeks' });
    expect(moved).toMatchObject({ participantId: jordan, stage: 'inactive' });

    const history = withDatabase(t, recoveryKey, (db) =>
      db.prepare('SELECT from_stage, to_stage, reason, moved_by FROM stage_moves WHERE participant_id = ? ORDER BY id').all(jordan),
    );
    expect(history).toEqual([
      { from_stage: 'awaiting_intake', to_stage: 'intake_in_progress', reason: null, moved_by: expect.any(Number) },
      { from_stage: 'intake_in_progress', to_stage: 'inactive', reason: 'Not seen in six weeks', moved_by: expect.any(Number) },
    ]);
    const record = await t.ok('participants.get', { id: jordan });
    expect(record.timeline[0]).toMatchObject({
      kind: 'participant.moved',
      summary: 'Moved from Intake in progress to Inactive: Not seen in six weeks.',
      actorName: TEAM.caseManager.displayName,
    });

    // An inactive person comes back; with the assessment done they can be active.
    await completeAssessment(t, jordan, JORDAN);
    expect((await t.ok('participants.move', { participantId: jordan, to: 'active', reason: null })).stage).toBe('active');

    await signInAs(t, TEAM.supervisor);
    const { entries } = await t.ok('audit.list', { log: 'records', action: 'participants.move' });
    expect(entries.map((entry) => entry.detail)).toEqual([
      { from: 'inactive', to: 'active' },
      { from: 'intake_in_progress', to: 'inactive' },
      { from: 'awaiting_intake', to: 'intake_in_progress' },
    ]);
    expect(JSON.stringify(entries)).not.toContain('six weeks');
  });

  it('keeps in the history and the timeline the moves other steps make: completing the assessment, re-enrolling', async () => {
    await completeAssessment(t, jordan, JORDAN);
    await t.ok('participants.move', { participantId: jordan, to: 'exited', reason: 'Moved out of state' });
    const again = await t.ok('participants.enroll', {
      referralId: await readyReferral(t, JORDAN, hourAgo),
      pairId,
      capOverrideReason: null,
    });
    expect(again).toMatchObject({ id: jordan, stage: 'awaiting_intake' });

    const history = withDatabase(t, recoveryKey, (db) =>
      db.prepare('SELECT from_stage, to_stage, reason, moved_by FROM stage_moves WHERE participant_id = ? ORDER BY id').all(jordan),
    );
    expect(history).toEqual([
      { from_stage: 'awaiting_intake', to_stage: 'active', reason: 'Assessment completed', moved_by: expect.any(Number) },
      { from_stage: 'active', to_stage: 'exited', reason: 'Moved out of state', moved_by: expect.any(Number) },
      { from_stage: 'exited', to_stage: 'awaiting_intake', reason: 'Re-enrolled', moved_by: expect.any(Number) },
    ]);
    expect(again.timeline.filter((event) => event.kind === 'participant.moved').map((event) => event.summary)).toEqual([
      'Moved from Exited to Awaiting intake: Re-enrolled.',
      'Moved from Active to Exited: Moved out of state.',
      'Moved from Awaiting intake to Active: Assessment completed.',
    ]);
    expect(again.timeline.slice(0, 2).map((event) => event.kind)).toEqual(['participant.enrolled', 'participant.moved']);
  });

  it('sends exited people back through a new referral, and lets them leave the board after a month', async () => {
    await t.ok('participants.move', { participantId: jordan, to: 'exited', reason: 'Moved out of state' });
    expect(await t.call('participants.move', { participantId: jordan, to: 'active', reason: null })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'Someone who has exited comes back through a new referral.' },
    });
    expect((await card(jordan))?.stage).toBe('exited');
    expect((await t.ok('board.pair', { pairId })).lanes[0]!.pair.caseload).toBe(0);
    t.clock.advanceMinutes(31 * 24 * 60);
    expect(await card(jordan)).toBeUndefined();
  });

  it('lets only a supervisor reassign, and applies the cap to the pair taking the participant on', async () => {
    const otherPair = await addPair(t, { caseManager: 'Morgan Casefile', peer: 'Quinn Peerwell', prefix: 'mq' }, TEAM.caseManager);
    expect(await t.call('participants.reassign', { participantId: jordan, pairId: otherPair, capOverrideReason: null })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });

    await signInAs(t, TEAM.supervisor);
    const riley = await enrollPerson(t, RILEY, otherPair, hourAgo);
    await signInAdmin(t);
    await t.ok('settings.update', { caseloadCap: 1 });
    await signInAs(t, TEAM.supervisor);

    expect(await t.call('participants.reassign', { participantId: jordan, pairId: otherPair, capOverrideReason: null })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', fields: { capOverrideReason: expect.stringContaining('cap') } },
    });
    expect(await t.call('participants.reassign', { participantId: jordan, pairId, capOverrideReason: null })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    const moved = await t.ok('participants.reassign', {
      participantId: jordan,
      pairId: otherPair,
      capOverrideReason: 'Knows the peer from outreach',
    });
    expect(moved.pairId).toBe(otherPair);

    const team = await t.ok('board.team', {});
    const lanes = Object.fromEntries(team.lanes.map((lane) => [lane.pair.id, lane]));
    expect(lanes[otherPair]!.cards.map((c) => c.participantId).sort()).toEqual([jordan, riley].sort());
    expect(lanes[otherPair]!.pair.caseload).toBe(2);
    expect(lanes[pairId]!.cards).toEqual([]);

    const record = await t.ok('participants.get', { id: jordan });
    expect(record.timeline[0]!.summary).toContain('Over the cap (2 of 1), approved by Sky Supervisor: Knows the peer from outreach');

    await signInAs(t, TEAM.supervisor);
    const overrides = await t.ok('audit.list', { log: 'records', action: 'caseload.capOverride' });
    expect(overrides.entries[0]).toMatchObject({ subjectId: String(otherPair), detail: { participantId: jordan, caseload: 2, cap: 1 } });
    expect((await t.ok('audit.list', { log: 'records', action: 'participants.reassign' })).entries[0]!.detail).toEqual({
      fromPairId: pairId,
      toPairId: otherPair,
    });
  });

  it('keeps the team board for the supervisor and every board from administrators', async () => {
    expect(await t.call('board.team', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await signInAs(t, TEAM.peer);
    expect((await t.ok('board.pair', { pairId })).lanes[0]!.cards).toHaveLength(1);
    await signInAdmin(t);
    expect(await t.call('board.pair', { pairId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('tells the renderer when records change, so boards refresh without a reload', async () => {
    const events: LeadEvent[] = [];
    t.core.onEvent((event) => events.push(event));
    await t.ok('board.pair', { pairId });
    expect(events).toEqual([]);
    await t.ok('participants.move', { participantId: jordan, to: 'intake_in_progress', reason: null });
    expect(events).toEqual([{ type: 'records.changed', participantIds: [jordan], requestId: null }]);
    expect(await t.call('participants.move', { participantId: jordan, to: 'intake_in_progress', reason: null })).toMatchObject({
      ok: false,
    });
    expect(events).toHaveLength(1);
  });

  it('colours by settings the program can change, with red after amber', async () => {
    await signInAdmin(t);
    expect(await t.call('settings.update', { contactAgingDays: 10, contactOverdueDays: 10 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { contactOverdueDays: expect.stringContaining('more days for red') } },
    });
    expect(await t.ok('settings.update', { contactAgingDays: 3, contactOverdueDays: 10, meetingWeekday: 4 })).toMatchObject({
      contactAgingDays: 3,
      contactOverdueDays: 10,
      meetingWeekday: 4,
    });
    await signInAs(t, TEAM.caseManager);
    expect(await t.ok('board.pair', { pairId })).toMatchObject({ contactAgingDays: 3, contactOverdueDays: 10 });
  });

  it('counts days since contact on the desk calendar, resetting with each contact', async () => {
    const contact = { kind: 'street_outreach', durationMinutes: 20, staff: 'both', place: null, note: null } as const;
    await t.ok('contacts.log', {
      participantId: jordan,
      contact: { ...contact, occurredAt: new Date(t.clock.now().getTime() - 9 * DAY_MS).toISOString() },
    });
    expect((await card(jordan))?.daysSinceContact).toBe(9);
    // An older contact logged late does not make the last contact older.
    await t.ok('contacts.log', {
      participantId: jordan,
      contact: { ...contact, occurredAt: new Date(t.clock.now().getTime() - 20 * DAY_MS).toISOString() },
    });
    expect((await card(jordan))?.daysSinceContact).toBe(9);
    const logged = await t.ok('contacts.log', { participantId: jordan, contact: { ...contact, occurredAt: t.clock.now().toISOString() } });
    expect(logged.card.daysSinceContact).toBe(0);
    expect(logged.record).toBeNull();
    expect((await t.ok('participants.get', { id: jordan })).daysSinceContact).toBe(0);
    expect((await card(jordan))?.daysSinceContact).toBe(0);
  });
});
