import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConsentInput } from '../../../shared/domain/consent';
import { addDays } from '../../../shared/domain/local-time';
import { recipientLabel } from '../../../shared/domain/recipients';
import type { MeetingView } from '../../../shared/ipc/meetings-contract';
import { localDate } from '../../../electron/local-date';
import { PrintViewProblem, type Printer } from '../../../electron/print/printer';
import { makeCore, setUpDesk, withDatabase, type CoreUnderTest } from '../../support/core';
import { enrollPerson } from '../../support/caseload';
import { TEAM, setUpTeam, signInAs } from '../../support/intake';

/** Invented people and agencies only. */
const ALPHA = { name: 'Test Person Alpha', dateOfBirth: '1988-02-03' };
const BRAVO = { name: 'Test Person Bravo', dateOfBirth: '1979-07-21' };
const CHARLIE = { name: 'Test Person Charlie', dateOfBirth: '1991-11-09' };
const SUMMARY = 'Keeping appointments; next step is an ID appointment';

type Outcome = 'saved' | 'cancelled' | 'fails' | 'refused';

describe('printing one agency’s minutes: each participant shown is a logged disclosure', () => {
  let t: CoreUnderTest;
  let recoveryKey: string;
  let alpha: number;
  let bravo: number;
  let charlie: number;
  let today: string;
  let outcome: Outcome;
  let jobs: { path: string; title: string }[];
  /** Set by a test to answer the save dialog itself, later. */
  let answer: Promise<'saved' | 'cancelled'> | null;

  const printer: Printer = {
    print: async (job) => {
      jobs.push(job);
      if (answer) return answer;
      if (outcome === 'fails') throw new Error('printer jammed');
      if (outcome === 'refused') throw new PrintViewProblem('its data could not be read.');
      return outcome;
    },
  };

  const consent = (patientName: string, recipients: ConsentInput['recipients']): ConsentInput => ({
    patientName,
    discloser: 'LEAD case management team (test)',
    recipients,
    purpose: 'Coordinate LEAD case management with partners (test).',
    rightToRevokeAcknowledged: true,
    expiry: { kind: 'date', on: addDays(today, 365) },
    signedOn: today,
    witness: 'Case Manager Sample',
  });
  const itemOf = (meeting: MeetingView, participantId: number) => meeting.items.find((item) => item.participantId === participantId)!;
  const minutesRows = () =>
    withDatabase(t, recoveryKey, (db) =>
      db
        .prepare(
          `SELECT participant_id, level, agencies, consent_ids FROM meeting_disclosures WHERE medium = 'minutes' ORDER BY participant_id`,
        )
        .all(),
    ) as { participant_id: number; level: string; agencies: string; consent_ids: string }[];
  const count = (sql: string) => withDatabase(t, recoveryKey, (db) => db.prepare(sql).pluck().get()) as number;
  const printed = () => count(`SELECT count(*) FROM person_events WHERE kind = 'meeting.disclosed' AND summary LIKE 'In the minutes%'`);
  const withdrawnReasons = () =>
    withDatabase(t, recoveryKey, (db) =>
      db
        .prepare(`SELECT json_extract(detail, '$.reason') FROM records.audit_log WHERE action = 'meetings.disclosureWithdrawn' ORDER BY id`)
        .pluck()
        .all(),
    ) as string[];
  const audited = (action: string, medium = 'minutes') =>
    count(`SELECT count(*) FROM records.audit_log WHERE action = '${action}' AND json_extract(detail, '$.medium') = '${medium}'`);

  /** A running meeting with the police, the State's Attorney and a team member present; the items in `shown` put on the screen. */
  async function runningMeeting(shown: number[]) {
    const planned = await t.ok('meetings.plan', {});
    await t.ok('meetings.updateItem', { itemId: itemOf(planned, charlie).id, sharedSummary: SUMMARY, decision: 'Book the ID appointment' });
    const started = await t.ok('meetings.start', {
      meetingId: planned.id,
      attendees: [
        { name: 'Officer Sample', recipient: { kind: 'police' }, acknowledged: true },
        { name: 'Liaison Sample', recipient: { kind: 'states_attorney' }, acknowledged: true },
        { name: 'Team Member Sample', recipient: null, acknowledged: true },
      ],
    });
    for (const participantId of shown) await t.ok('meetings.show', { meetingId: planned.id, itemId: itemOf(started, participantId).id });
    const attendee = (kind: string | null) => started.attendees.find((a) => (a.recipient?.kind ?? null) === kind)!.id;
    return { meetingId: planned.id, police: attendee('police'), liaison: attendee('states_attorney'), team: attendee(null), started };
  }

  const printMinutes = (attendeeId: number) =>
    t.call('print.document', { job: { document: 'meeting-minutes', attendeeId }, destination: 'printer' });

  beforeEach(async () => {
    outcome = 'saved';
    jobs = [];
    answer = null;
    t = makeCore({ printer });
    recoveryKey = await setUpDesk(t);
    const { pairId } = await setUpTeam(t);
    today = localDate(t.clock.now());
    const at = new Date(t.clock.now().getTime() - 3_600_000).toISOString();
    alpha = await enrollPerson(t, ALPHA, pairId, at);
    bravo = await enrollPerson(t, BRAVO, pairId, at);
    charlie = await enrollPerson(t, CHARLIE, pairId, at);
    await t.ok('consents.create', {
      participantId: alpha,
      consent: consent(ALPHA.name, [
        { recipient: { kind: 'police' }, scope: 'status' },
        { recipient: { kind: 'states_attorney' }, scope: 'progress' },
      ]),
    });
    // Charlie lets the police see progress and the State's Attorney nothing: hidden from the room, in the police's minutes.
    await t.ok('consents.create', {
      participantId: charlie,
      consent: consent(CHARLIE.name, [{ recipient: { kind: 'police' }, scope: 'progress' }]),
    });
    // Bravo has no consent: never shown to anyone.
    t.clock.advanceMinutes(10 * 24 * 60);
    today = localDate(t.clock.now());
    await signInAs(t, TEAM.supervisor);
  });
  afterEach(() => t.dispose());

  it('logs one disclosure per participant the police’s minutes show, at the police’s level, kept when the PDF is saved', async () => {
    const { meetingId, police } = await runningMeeting([alpha, bravo, charlie]);
    const roomRows = count(`SELECT count(*) FROM meeting_disclosures WHERE medium = 'screen'`);
    await t.ok('meetings.close', { meetingId });

    const minutes = await t.ok('meetings.minutes', { attendeeId: police });
    expect(minutes.items.map((item) => [item.view.name, item.view.level])).toEqual([
      [ALPHA.name, 'status'],
      [CHARLIE.name, 'progress'],
    ]);
    expect(minutes.notDiscussed).toBe(1);

    expect(await printMinutes(police)).toEqual({ ok: true, value: { outcome: 'saved', record: null } });
    expect(jobs).toEqual([{ path: `print/meeting-minutes/${police}`, title: 'LEAD meeting minutes', destination: 'printer' }]);
    const rows = minutesRows();
    expect(rows.map((row) => [row.participant_id, row.level])).toEqual([
      [alpha, 'status'],
      [charlie, 'progress'],
    ]);
    for (const row of rows) {
      expect(JSON.parse(row.agencies)).toEqual([{ kind: 'police' }]);
      expect(JSON.parse(row.consent_ids)).toEqual([expect.any(Number)]);
    }
    // Bravo, whom no consent covers, was discussed but is in no one's minutes.
    expect(rows.some((row) => row.participant_id === bravo)).toBe(false);
    expect(audited('meetings.disclosed')).toBe(2);
    expect(printed()).toBe(2);
    expect(count(`SELECT count(*) FROM meeting_disclosures WHERE medium = 'screen'`)).toBe(roomRows);
    // The printout itself is audited on the meeting, with ids and counts only.
    const entry = withDatabase(t, recoveryKey, (db) =>
      db.prepare(`SELECT subject_type, subject_id, detail FROM records.audit_log WHERE action = 'print.document'`).get(),
    ) as { subject_type: string; subject_id: string; detail: string };
    expect(entry).toMatchObject({ subject_type: 'meeting', subject_id: String(meetingId) });
    expect(JSON.parse(entry.detail)).toEqual({
      document: 'meeting-minutes',
      attendeeId: police,
      meetingId,
      agency: 'police',
      participants: 2,
    });
    expect(entry.detail).not.toContain('Test Person');

    // The meeting's page lists the printed disclosures beside the screen's.
    const meeting = await t.ok('meetings.get', { meetingId });
    expect(meeting.disclosures.filter((d) => d.medium === 'minutes').map((d) => d.agencies)).toEqual([
      [recipientLabel({ kind: 'police' })],
      [recipientLabel({ kind: 'police' })],
    ]);
  });

  it('logs nothing for an item never shown, and prints a running meeting’s minutes so far', async () => {
    const { police } = await runningMeeting([alpha]);
    expect(await printMinutes(police)).toMatchObject({ ok: true, value: { outcome: 'saved' } });
    // Charlie, whom the police may see, was not discussed: not in the minutes, not disclosed.
    expect(minutesRows().map((row) => row.participant_id)).toEqual([alpha]);
  });

  it('takes the disclosures back when the save is cancelled, keeping the audit trail', async () => {
    const { police } = await runningMeeting([alpha, bravo, charlie]);
    outcome = 'cancelled';
    expect(await printMinutes(police)).toEqual({ ok: true, value: { outcome: 'cancelled', record: null } });
    expect(minutesRows()).toEqual([]);
    expect(printed()).toBe(0);
    expect(audited('meetings.disclosed')).toBe(2);
    expect(audited('meetings.disclosureWithdrawn')).toBe(2);
    expect(withdrawnReasons()).toEqual(['printout cancelled', 'printout cancelled']);
  });

  it('takes the disclosures back when the print view cannot print, and says why', async () => {
    const { police } = await runningMeeting([alpha, bravo, charlie]);
    outcome = 'refused';
    expect(await printMinutes(police)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'Nothing was printed: its data could not be read.' },
    });
    expect(minutesRows()).toEqual([]);
    expect(withdrawnReasons()).toEqual(['printout refused', 'printout refused']);
    expect(audited('meetings.disclosureWithdrawn')).toBe(2);
  });

  it('keeps the disclosures when the printer fails or the desk locks while the save dialog is open', async () => {
    const { police, liaison } = await runningMeeting([alpha, bravo, charlie]);
    outcome = 'fails';
    expect(await printMinutes(police)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(minutesRows()).toHaveLength(2);

    // The State's Attorney sees Alpha at progress. The dialog is answered after a lock: nothing can
    // be taken back, so the log keeps the disclosure rather than lose one that was saved.
    let cancel!: (value: 'cancelled') => void;
    answer = new Promise((resolve) => (cancel = resolve));
    const pending = printMinutes(liaison);
    await expect.poll(() => jobs.length).toBe(2);
    await t.ok('session.lock', {});
    cancel('cancelled');
    expect(await pending).toMatchObject({ ok: true, value: { outcome: 'cancelled' } });
    await signInAs(t, TEAM.supervisor);
    expect(
      minutesRows()
        .filter((row) => row.participant_id === alpha)
        .map((row) => row.level),
    ).toEqual(['status', 'progress']);
  });

  it('refuses anyone but the supervisor, without printing', async () => {
    const { police } = await runningMeeting([alpha, charlie]);
    for (const member of [TEAM.caseManager, TEAM.peer]) {
      await signInAs(t, member);
      expect(await printMinutes(police)).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN', message: 'Only a supervisor may print a meeting’s minutes.' },
      });
      expect(await t.call('meetings.minutes', { attendeeId: police })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(jobs).toEqual([]);
    expect(minutesRows()).toEqual([]);
    expect(
      count(`SELECT count(*) FROM audit_log WHERE action = 'access.denied' AND json_extract(detail, '$.document') = 'meeting-minutes'`),
    ).toBe(2);
  });

  it('refuses a team member’s minutes, a planned meeting and an unknown attendee, without printing', async () => {
    const { meetingId, team, police } = await runningMeeting([alpha]);
    expect(await printMinutes(team)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'Team members read the minutes in LEAD Desk; nothing is printed for them.' },
    });
    expect(await printMinutes(999)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    // No screen makes a planned meeting with people present; the rule holds should the data say so.
    withDatabase(t, recoveryKey, (db) => db.prepare(`UPDATE meetings SET state = 'planned' WHERE id = ?`).run(meetingId));
    expect(await printMinutes(police)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'This meeting has not started: it has no minutes yet.' },
    });
    expect(await t.call('meetings.minutes', { attendeeId: police })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(jobs).toEqual([]);
    expect(minutesRows()).toEqual([]);
  });
});
