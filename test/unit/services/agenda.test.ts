import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agendaDates, buildAgenda, type AgendaFacts } from '../../../shared/domain/agenda';
import { addDays, readableDate } from '../../../shared/domain/local-time';
import { TREATMENT_NOT_SHARED } from '../../../shared/domain/outcomes';
import { MEETING_WEEKDAY_DEFAULT } from '../../../shared/domain/program-settings';
import { readSettings } from '../../../electron/db/tables/settings';
import { localDate } from '../../../electron/local-date';
import { gatherAgendaFacts } from '../../../electron/services/agenda';
import { makeCore, setUpDesk, withDatabase, type CoreUnderTest } from '../../support/core';
import { completeAssessment, enrollPerson } from '../../support/caseload';
import { ALL_NO, arrestReferral, setUpTeam } from '../../support/intake';

const ALPHA = { name: 'Test Person Alpha', dateOfBirth: '1990-05-12' };
const BRAVO = { name: 'Test Person Bravo', dateOfBirth: '1984-11-03' };
const CHARLIE = { name: 'Test Person Charlie', dateOfBirth: '1979-02-21' };
const DELTA = { name: 'Test Person Delta', dateOfBirth: '1995-08-30' };
const ECHO = { name: 'Test Person Echo', dateOfBirth: '1988-01-15' };
const WAITING = { name: 'Test Person Foxtrot', dateOfBirth: '1992-03-04' };
const NEWCOMER = { name: 'Test Person Golf', dateOfBirth: '1986-07-19' };
const DAY_MINUTES = 24 * 60;
const CONTACT = { kind: 'street_outreach', durationMinutes: 20, staff: 'both', place: null, note: null } as const;

describe('the agenda gathered from a desk', () => {
  let t: CoreUnderTest;
  let recoveryKey: string;
  let pairId: number;
  const referredAt: string[] = [];
  const ids = {} as Record<'alpha' | 'bravo' | 'charlie' | 'delta' | 'echo' | 'waiting' | 'newcomer', number>;
  let today: string;
  let sinceOn: string;

  const hourAgo = () => new Date(t.clock.now().getTime() - 3_600_000).toISOString();
  const enroll = async (person: { name: string; dateOfBirth: string }) => {
    const at = hourAgo();
    referredAt.push(at);
    return enrollPerson(t, person, pairId, at);
  };
  const refer = async (person: { name: string; dateOfBirth: string }) => {
    const at = hourAgo();
    referredAt.push(at);
    return (await t.ok('referrals.create', { person, referral: arrestReferral(at) })).id;
  };
  const gather = (openActions: AgendaFacts['openActions'] = []) =>
    withDatabase(t, recoveryKey, (db) =>
      gatherAgendaFacts(db, { today, now: t.clock.now().toISOString(), sinceOn, settings: readSettings(db) }, openActions),
    );

  beforeEach(async () => {
    referredAt.length = 0;
    t = makeCore();
    recoveryKey = await setUpDesk(t);
    ({ pairId } = await setUpTeam(t));
    // Enrolled 25 days before "today": their intake windows (30 days) close in 5 days.
    ids.alpha = await enroll(ALPHA);
    ids.bravo = await enroll(BRAVO);
    ids.charlie = await enroll(CHARLIE);
    ids.delta = await enroll(DELTA);
    ids.waiting = await refer(WAITING);
    await t.ok('referrals.screen', { referralId: ids.waiting, dateOfBirth: WAITING.dateOfBirth, exclusions: ALL_NO });
    await t.ok('contacts.log', { participantId: ids.alpha, contact: { ...CONTACT, occurredAt: t.clock.now().toISOString() } });
    await completeAssessment(t, ids.bravo, BRAVO);
    await completeAssessment(t, ids.delta, DELTA);

    t.clock.advanceMinutes(25 * DAY_MINUTES);
    today = localDate(t.clock.now());
    ({ sinceOn } = agendaDates(today, MEETING_WEEKDAY_DEFAULT));
    const now = () => t.clock.now().toISOString();

    ids.echo = await enroll(ECHO);
    ids.newcomer = await refer(NEWCOMER);
    for (const id of [ids.bravo, ids.delta, ids.echo])
      await t.ok('contacts.log', { participantId: id, contact: { ...CONTACT, occurredAt: now() } });
    const event = (participantId: number, kind: string, occurredOn: string) =>
      t.ok('justiceEvents.record', { participantId, event: { kind, occurredOn, description: 'Synthetic event text' } as never });
    await event(ids.bravo, 'arrest', today);
    await event(ids.bravo, 'police_contact', addDays(sinceOn, -1));
    await event(ids.bravo, 'court_date', addDays(today, 14));
    await event(ids.bravo, 'court_date', addDays(today, 15));
    await event(ids.delta, 'warrant', sinceOn);
    await event(ids.charlie, 'arrest', today);
    await t.ok('participants.move', { participantId: ids.bravo, to: 'inactive', reason: 'Not seen at the usual places' });
    await t.ok('participants.move', { participantId: ids.charlie, to: 'exited', reason: 'Moved out of state' });
    await t.ok('outcomes.record', {
      participantId: ids.delta,
      observation: { kind: 'housing', value: 'rented', observedOn: today, sharedAsWin: true },
    });
    await t.ok('outcomes.record', { participantId: ids.delta, observation: { kind: 'treatment', value: 'moud', observedOn: today } });
    await t.ok('outcomes.record', { participantId: ids.delta, observation: { kind: 'employment', value: 'part_time', observedOn: today } });
    // A win marked on an older observation, before the last meeting, was that meeting's.
    await t.ok('outcomes.record', {
      participantId: ids.bravo,
      observation: { kind: 'income', value: 'earned', observedOn: addDays(sinceOn, -1), sharedAsWin: true },
    });
  });
  afterEach(() => t.dispose());

  it('stores a shared win and reads it back on the record, and refuses one for treatment', async () => {
    const record = await t.ok('participants.get', { id: ids.delta });
    expect(record.latestOutcomes.map((o) => [o.kind, o.sharedAsWin])).toEqual([
      ['employment', false],
      ['housing', true],
      ['treatment', false],
    ]);
    const refused = await t.call('outcomes.record', {
      participantId: ids.delta,
      observation: { kind: 'treatment', value: 'detox', observedOn: today, sharedAsWin: true },
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { 'observation.sharedAsWin': TREATMENT_NOT_SHARED } },
    });
    expect((await t.ok('participants.get', { id: ids.delta })).latestOutcomes.find((o) => o.kind === 'treatment')?.value).toBe('moud');
  });

  it('gathers only what the sections need, from the participants on a caseload', () => {
    const facts = gather();
    expect(facts).toMatchObject({ today, sinceOn, settings: { contactAgingDays: 7, contactOverdueDays: 14, caseloadCap: 28 } });
    expect(facts.participants.map((p) => p.participantId).sort()).toEqual([ids.alpha, ids.bravo, ids.delta, ids.echo].sort());
    expect(facts.participants.find((p) => p.participantId === ids.alpha)).toMatchObject({
      lastContactOn: addDays(today, -25),
      enrolledOn: addDays(today, -25),
      assessmentComplete: false,
    });
    expect(facts.justiceEvents.sort((a, b) => a.occurredOn.localeCompare(b.occurredOn))).toEqual([
      { participantId: ids.delta, kind: 'warrant', occurredOn: sinceOn },
      { participantId: ids.bravo, kind: 'arrest', occurredOn: today },
      { participantId: ids.bravo, kind: 'court_date', occurredOn: addDays(today, 14) },
    ]);
    expect(facts.wins).toEqual([{ participantId: ids.delta, kind: 'housing', value: 'rented', observedOn: today }]);
    expect(facts.referrals.map((r) => r.referralId).sort()).toEqual([ids.waiting, ids.newcomer].sort());
    expect(JSON.stringify(facts)).not.toContain('Synthetic event text');
    expect(JSON.stringify(facts)).not.toContain('Moved out of state');
  });

  it('builds each section end to end, one entry per subject in section order', () => {
    const agenda = buildAgenda(gather([{ subject: { participantId: ids.echo, referralId: null }, dueOn: today }]));
    const on = readableDate;
    expect(agenda).toMatchObject({ meetsOn: addDays(sinceOn, 7), sinceOn });
    expect(agenda.entries).toEqual([
      {
        subject: { participantId: ids.echo, referralId: null },
        reasons: [{ section: 'actions', text: `Open action item due ${on(today)} (due today)` }],
      },
      {
        subject: { participantId: null, referralId: ids.waiting },
        reasons: [{ section: 'referrals', text: `Referral on ${on(referredAt[4]!.slice(0, 10))}: Waiting for the State's Attorney` }],
      },
      {
        subject: { participantId: null, referralId: ids.newcomer },
        reasons: [{ section: 'referrals', text: `New referral on ${on(referredAt[6]!.slice(0, 10))}: Eligibility screen to finish` }],
      },
      {
        subject: { participantId: ids.alpha, referralId: null },
        reasons: [
          { section: 'intake_due', text: expect.stringMatching(/^Intake assessment due .+ \(in 5 days\)$/) },
          { section: 'no_contact', text: 'No contact for 25 days (red after 14)' },
        ],
      },
      {
        subject: { participantId: ids.bravo, referralId: null },
        reasons: [
          { section: 'police', text: `Arrest on ${on(today)}` },
          { section: 'court', text: `Court date on ${on(addDays(today, 14))} (in 14 days)` },
          { section: 'stage_changes', text: `Moved from Active to Inactive on ${on(today)}` },
        ],
      },
      {
        subject: { participantId: ids.delta, referralId: null },
        reasons: [
          { section: 'court', text: `Warrant recorded on ${on(sinceOn)}` },
          { section: 'wins', text: `Housing: Rented, observed ${on(today)}` },
        ],
      },
      {
        subject: { participantId: ids.charlie, referralId: null },
        reasons: [{ section: 'stage_changes', text: `Exited on ${on(today)} (from Awaiting intake)` }],
      },
    ]);
  });

  it("counts the program numbers: each pair's caseload against the cap, referrals by pathway this month", () => {
    const { numbers } = buildAgenda(gather());
    expect(numbers.pairs).toEqual([{ pairId, label: 'Casey Casework & Pat Peerson', caseload: 4, cap: 28 }]);
    const thisMonth = referredAt.filter((at) => at.slice(0, 7) === today.slice(0, 7)).length;
    expect(numbers.referralsThisMonth).toEqual([
      { pathway: 'arrest_diversion', count: thisMonth },
      { pathway: 'social_contact', count: 0 },
    ]);
  });
});
