import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConsentInput } from '../../../shared/domain/consent';
import { addDays } from '../../../shared/domain/local-time';
import type { MeetingView } from '../../../shared/ipc/meetings-contract';
import { AUDIENCE_WINDOW } from '../../../electron/ipc/window-scope';
import { localDate } from '../../../electron/local-date';
import { callerFor, makeCore, setUpDesk, withDatabase, type Caller, type CoreUnderTest } from '../../support/core';
import { enrollPerson } from '../../support/caseload';
import { TEAM, setUpTeam, signInAs } from '../../support/intake';

/** Invented people and agencies only. */
const ALPHA = { name: 'Test Person Alpha', dateOfBirth: '1988-02-03' };
const BRAVO = { name: 'Test Person Bravo', dateOfBirth: '1979-07-21' };
const CLINIC = 'Sample Recovery Clinic';
const TEAM_NOTE = 'Team only: sleeps behind the sample depot';
const SUMMARY = 'Keeping appointments; next step is an ID appointment';

describe('the weekly meeting: agenda, room and disclosures', () => {
  let t: CoreUnderTest;
  let audience: Caller;
  let recoveryKey: string;
  let alpha: number;
  let bravo: number;
  let today: string;

  const consent = (overrides: Partial<ConsentInput>): ConsentInput => ({
    patientName: ALPHA.name,
    discloser: 'LEAD case management team (test)',
    recipients: [],
    purpose: 'Coordinate LEAD case management with partners (test).',
    rightToRevokeAcknowledged: true,
    expiry: { kind: 'date', on: addDays(today, 365) },
    signedOn: today,
    witness: 'Case Manager Sample',
    ...overrides,
  });
  const itemOf = (meeting: MeetingView, participantId: number) => meeting.items.find((item) => item.participantId === participantId)!;
  const disclosures = () =>
    withDatabase(t, recoveryKey, (db) =>
      db.prepare(`SELECT participant_id, medium, level, agencies, consent_ids FROM meeting_disclosures ORDER BY id`).all(),
    ) as {
      participant_id: number;
      level: string;
      agencies: string;
      consent_ids: string;
    }[];

  beforeEach(async () => {
    t = makeCore();
    audience = callerFor((channel, input) => t.core.connect(AUDIENCE_WINDOW).invoke(channel, input));
    recoveryKey = await setUpDesk(t);
    const { pairId } = await setUpTeam(t);
    today = localDate(t.clock.now());
    const at = new Date(t.clock.now().getTime() - 3_600_000).toISOString();
    alpha = await enrollPerson(t, ALPHA, pairId, at);
    bravo = await enrollPerson(t, BRAVO, pairId, at);
    await t.ok('consents.create', {
      participantId: alpha,
      consent: consent({
        recipients: [
          { recipient: { kind: 'police' }, scope: 'status' },
          { recipient: { kind: 'states_attorney' }, scope: 'progress' },
          { recipient: { kind: 'provider', name: CLINIC }, scope: 'clinical' },
        ],
      }),
    });
    // Ten days without a contact: past the amber setting (7), so the agenda builder lists both.
    t.clock.advanceMinutes(10 * 24 * 60);
    today = localDate(t.clock.now());
    await signInAs(t, TEAM.supervisor);
  });
  afterEach(() => t.dispose());

  it('builds the agenda for the next meeting, once, and lets the team curate it', async () => {
    const planned = await t.ok('meetings.plan', {});
    expect(planned.state).toBe('planned');
    expect(planned.meetsOn >= today).toBe(true);
    // Both are new and not yet contacted: the builder puts them on with its reasons.
    expect(planned.items.map((item) => item.participantId).sort()).toEqual([alpha, bravo].sort());
    expect(itemOf(planned, alpha).reasons.length).toBeGreaterThan(0);
    expect(await t.call('meetings.plan', {})).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const bravoItem = itemOf(planned, bravo);
    const moved = await t.ok('meetings.moveItem', { itemId: bravoItem.id, position: 1 });
    expect(moved.items[0]!.participantId).toBe(bravo);
    const noted = await t.ok('meetings.updateItem', { itemId: itemOf(moved, alpha).id, teamNote: TEAM_NOTE, sharedSummary: SUMMARY });
    expect(itemOf(noted, alpha)).toMatchObject({ teamNote: TEAM_NOTE, sharedSummary: SUMMARY });
    expect(await t.call('meetings.updateItem', { itemId: bravoItem.id, teamNote: '<b>no</b>' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    const dropped = await t.ok('meetings.updateItem', { itemId: bravoItem.id, dropped: true });
    expect(itemOf(dropped, bravo).dropped).toBe(true);
  });

  it('shows the room the lowest level every agency present may see, and logs each disclosure', async () => {
    const planned = await t.ok('meetings.plan', {});
    await t.ok('meetings.updateItem', { itemId: itemOf(planned, alpha).id, teamNote: TEAM_NOTE, sharedSummary: SUMMARY });
    expect(await audience.ok('meetings.roomView', {})).toEqual({ kind: 'blank' });
    const started = await t.ok('meetings.start', {
      meetingId: planned.id,
      attendees: [
        { name: 'Officer Sample', recipient: { kind: 'police' }, acknowledged: true },
        { name: 'Liaison Sample', recipient: { kind: 'states_attorney' }, acknowledged: true },
        { name: 'Counselor Sample', recipient: { kind: 'provider', name: 'sample  recovery clinic' }, acknowledged: true },
      ],
    });
    // Bravo has no consent: never shown, only counted.
    expect(itemOf(started, bravo).room).toMatchObject({ shown: false });
    expect(itemOf(started, alpha).room).toMatchObject({ shown: true, level: 'status' });
    expect(await audience.ok('meetings.roomView', {})).toEqual({ kind: 'waiting', meetsOn: planned.meetsOn, notDiscussed: 1 });

    const step = await t.ok('meetings.show', { meetingId: planned.id, itemId: itemOf(started, alpha).id });
    // The reply is what the step changed: the item on screen, marked discussed, and the disclosure made.
    expect(step).toMatchObject({
      meetingId: planned.id,
      currentItemId: itemOf(started, alpha).id,
      item: { id: itemOf(started, alpha).id, discussedAt: expect.any(String), room: { shown: true, level: 'status' } },
      disclosure: { itemId: itemOf(started, alpha).id, medium: 'screen', level: 'status', agencies: expect.any(Array) },
    });
    const screen = await audience.ok('meetings.roomView', {});
    expect(screen).toMatchObject({ kind: 'item', notDiscussed: 1, item: { level: 'status', name: ALPHA.name } });
    const text = JSON.stringify(screen);
    expect(text).not.toContain('sample depot');
    expect(text).not.toContain(SUMMARY);
    expect(disclosures()).toEqual([
      expect.objectContaining({ participant_id: alpha, level: 'status', consent_ids: expect.stringMatching(/^\[\d+\]$/) }),
    ]);

    // The police leave: the room may now see progress, which is a new disclosure to those left.
    const police = started.attendees.find((a) => a.recipient?.kind === 'police')!;
    await t.ok('meetings.leave', { attendeeId: police.id });
    expect(await audience.ok('meetings.roomView', {})).toMatchObject({ kind: 'item', item: { level: 'progress', summary: SUMMARY } });
    expect(disclosures().map((d) => d.level)).toEqual(['status', 'progress']);
    expect(JSON.parse(disclosures()[1]!.agencies)).toHaveLength(2);

    // The audit log and the timeline carry each disclosure.
    withDatabase(t, recoveryKey, (db) => {
      expect(db.prepare(`SELECT count(*) FROM records.audit_log WHERE action = 'meetings.disclosed'`).pluck().get()).toBe(2);
      expect(db.prepare(`SELECT count(*) FROM person_events WHERE kind = 'meeting.disclosed'`).pluck().get()).toBe(2);
    });

    // Showing an item no consent covers leaves the room on its waiting screen.
    await t.ok('meetings.show', { meetingId: planned.id, itemId: itemOf(started, bravo).id });
    expect(await audience.ok('meetings.roomView', {})).toMatchObject({ kind: 'waiting', notDiscussed: 1 });
    expect(disclosures()).toHaveLength(2);

    // Shown again to the same room at the same level: no new disclosure.
    expect(await t.ok('meetings.show', { meetingId: planned.id, itemId: itemOf(started, alpha).id })).toMatchObject({ disclosure: null });
    expect(disclosures()).toHaveLength(2);
    await t.ok('meetings.blank', { meetingId: planned.id, blanked: true });
    expect(await audience.ok('meetings.roomView', {})).toEqual({ kind: 'blank' });
    await t.ok('meetings.blank', { meetingId: planned.id, blanked: false });
    expect(await audience.ok('meetings.roomView', {})).toMatchObject({ kind: 'item' });

    // A lock: the audience window gets nothing until someone signs in again.
    await t.ok('session.lock', {});
    expect(await audience.call('meetings.roomView', {})).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
    await signInAs(t, TEAM.supervisor);
    const closed = await t.ok('meetings.close', { meetingId: planned.id });
    expect(closed.state).toBe('closed');
    // The State's Attorney's minutes: Alpha at progress with the summary, Bravo only counted, never the team note.
    const liaison = started.attendees.find((a) => a.recipient?.kind === 'states_attorney')!;
    const minutes = await t.ok('meetings.minutes', { attendeeId: liaison.id });
    expect(minutes.items).toEqual([expect.objectContaining({ view: expect.objectContaining({ level: 'progress', summary: SUMMARY }) })]);
    expect(minutes.notDiscussed).toBe(1);
    expect(JSON.stringify(minutes)).not.toContain('sample depot');
    expect(await audience.ok('meetings.roomView', {})).toEqual({ kind: 'blank' });
  });

  it('refuses an attendee who has not acknowledged confidentiality, and a show before the start', async () => {
    const planned = await t.ok('meetings.plan', {});
    expect(await t.call('meetings.show', { meetingId: planned.id, itemId: planned.items[0]!.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'Start the meeting first.' },
    });
    expect(
      // A form that skipped the acknowledgement: what the contract's types would not let the renderer send.
      await t.call('meetings.start', {
        meetingId: planned.id,
        attendees: [{ name: 'Officer Sample', recipient: { kind: 'police' }, acknowledged: false }],
      } as never),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('records actions that appear on the owner’s home until done, and on the next agenda', async () => {
    const planned = await t.ok('meetings.plan', {});
    const started = await t.ok('meetings.start', { meetingId: planned.id, attendees: [] });
    const caseManager = (await t.ok('staff.list', {})).find((s) => s.username === TEAM.caseManager.username)!;
    await t.ok('meetings.addAction', {
      meetingId: planned.id,
      itemId: itemOf(started, alpha).id,
      what: 'Book the ID appointment',
      ownerId: caseManager.id,
      agency: null,
      dueOn: addDays(today, 7),
    });
    await t.ok('meetings.close', { meetingId: planned.id });
    await signInAs(t, TEAM.caseManager);
    const mine = await t.ok('meetings.myActions', {});
    expect(mine).toEqual([expect.objectContaining({ what: 'Book the ID appointment', participantId: alpha })]);

    const next = await t.ok('meetings.plan', {});
    expect(itemOf(next, alpha).reasons.map((reason) => reason.section)).toContain('actions');
    expect(await t.ok('meetings.completeAction', { actionId: mine[0]!.id })).toEqual([]);
  });

  it('lets the supervisor reopen closed minutes for correction, audited', async () => {
    const planned = await t.ok('meetings.plan', {});
    await t.ok('meetings.start', { meetingId: planned.id, attendees: [] });
    await t.ok('meetings.close', { meetingId: planned.id });
    const itemId = itemOf(planned, alpha).id;
    expect(await t.call('meetings.updateItem', { itemId, decision: 'Corrected' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    await t.ok('meetings.correct', { meetingId: planned.id });
    const corrected = await t.ok('meetings.updateItem', { itemId, decision: 'Corrected' });
    expect(itemOf(corrected, alpha).decision).toBe('Corrected');
    expect((await t.ok('meetings.list', {}))[0]).toMatchObject({ id: planned.id, state: 'closed' });
  });
});
