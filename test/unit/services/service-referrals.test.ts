import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localDate } from '../../../electron/local-date';
import type { ChannelInput } from '../../../shared/ipc/contract';
import { makeCore, setUpDesk, withDatabase, type CoreUnderTest } from '../../support/core';
import { addPair, completeAssessment, enrollPerson } from '../../support/caseload';
import { TEAM, setUpTeam, signInAs } from '../../support/intake';

const JORDAN = { name: 'Jordan Testcase', dateOfBirth: '1990-05-12' };
const RILEY = { name: 'Riley Samplewood', dateOfBirth: '1984-11-03' };
const PROVIDER = 'Sample Shelter (fictional)';
const DAY_MINUTES = 24 * 60;

type Referral = ChannelInput<'services.refer'>['referral'];
type Change = ChannelInput<'services.update'>['change'];

describe('service referrals: refer, follow, follow up', () => {
  let t: CoreUnderTest;
  let recoveryKey: string;
  let pairId: number;
  let jordan: number;
  let today: string;

  const inHours = (hours: number) => new Date(t.clock.now().getTime() + hours * 3_600_000).toISOString();
  const refer = (referral: Partial<Referral> = {}, participantId = jordan) =>
    t.call('services.refer', {
      participantId,
      referral: { need: 'housing', provider: PROVIDER, referredOn: today, handoff: 'escorted', ...referral },
    });
  const referOk = async (referral: Partial<Referral> = {}, participantId = jordan) => {
    const reply = await refer(referral, participantId);
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.value.serviceReferrals[0]!;
  };
  const update = (serviceReferralId: number, change: Partial<Change> & Pick<Change, 'to'>) =>
    t.call('services.update', { serviceReferralId, change: { source: 'peer', ...change } });
  const record = () => t.ok('participants.get', { id: jordan });
  const card = async (participantId = jordan, ofPair = pairId) =>
    (await t.ok('board.pair', { pairId: ofPair })).lanes.flatMap((lane) => lane.cards).find((c) => c.participantId === participantId)!;
  const rows = (sql: string) => withDatabase(t, recoveryKey, (db) => db.prepare(sql).all());

  beforeEach(async () => {
    t = makeCore();
    recoveryKey = await setUpDesk(t);
    ({ pairId } = await setUpTeam(t));
    jordan = await enrollPerson(t, JORDAN, pairId, new Date(t.clock.now().getTime() - 3_600_000).toISOString());
    await completeAssessment(t, jordan, JORDAN);
    await signInAs(t, TEAM.peer);
    today = localDate(t.clock.now());
  });
  afterEach(() => t.dispose());

  it('makes a referral with its handoff, appointment and what to know: scheduled with an appointment, sent without, a draft when asked', async () => {
    const appointmentAt = inHours(26);
    const made = await referOk({
      appointmentAt,
      askFor: 'Ms. Sample at the front desk',
      bring: 'Any ID, even expired',
      directions: 'Two blocks north of the market; the 22 bus',
      note: 'Prefers mornings',
    });
    expect(made).toMatchObject({
      provider: PROVIDER,
      status: 'scheduled',
      handoff: 'escorted',
      appointmentAt,
      askFor: 'Ms. Sample at the front desk',
      bring: 'Any ID, even expired',
      directions: 'Two blocks north of the market; the 22 bus',
      note: 'Prefers mornings',
      migrated: false,
      followUpDue: false,
    });
    expect(made.events).toEqual([
      expect.objectContaining({ from: null, to: 'scheduled', source: 'peer', by: TEAM.peer.displayName, appointmentAt }),
    ]);
    expect((await referOk({ provider: 'Sample Clinic (fictional)' })).status).toBe('sent');
    expect((await referOk({ provider: 'Sample Pantry (fictional)', draft: true })).status).toBe('draft');
    expect((await card()).openServiceReferrals).toBe(3);
    const timeline = (await record()).timeline.map((line) => line.summary);
    expect(timeline).toContain(`Drafted a referral to Sample Pantry (fictional) for "Housing".`);
    expect(timeline.some((line) => line?.startsWith(`Referred to ${PROVIDER} for "Housing". Appointment `))).toBe(true);
  });

  it('follows a referral through its states, recording who, when and the source of each change', async () => {
    const { id } = await referOk();
    // Each step after the clock has moved on by the hours given: whether they went is known after the appointment.
    const steps: [Change['to'], () => Partial<Change>, number][] = [
      ['accepted', () => ({ source: 'provider_phone' }), 0],
      ['scheduled', () => ({ appointmentAt: inHours(3) }), 0],
      ['missed', () => ({ source: 'participant' }), 4],
      ['scheduled', () => ({ appointmentAt: inHours(30) }), 0],
      ['attended', () => ({}), 31],
      ['closed', () => ({ outcome: 'got_help' }), 0],
    ];
    for (const [to, change, hours] of steps) {
      t.clock.advanceMinutes(hours * 60);
      expect(await update(id, { to, ...change() })).toMatchObject({ ok: true });
    }
    const referral = (await record()).serviceReferrals[0]!;
    expect(referral).toMatchObject({ status: 'closed', outcome: 'got_help' });
    expect(referral.events.map((event) => [event.from, event.to, event.source, event.by])).toEqual([
      [null, 'sent', 'peer', TEAM.peer.displayName],
      ['sent', 'accepted', 'provider_phone', TEAM.peer.displayName],
      ['accepted', 'scheduled', 'peer', TEAM.peer.displayName],
      ['scheduled', 'missed', 'participant', TEAM.peer.displayName],
      ['missed', 'scheduled', 'peer', TEAM.peer.displayName],
      ['scheduled', 'attended', 'peer', TEAM.peer.displayName],
      ['attended', 'closed', 'peer', TEAM.peer.displayName],
    ]);
    expect((await card()).openServiceReferrals).toBe(0);
    expect((await record()).timeline.map((line) => line.summary)).toContain(`Referral to ${PROVIDER}: closed (got help).`);
    // The audit names ids and codes, never what was typed.
    const audits = rows(`SELECT action, detail FROM records.audit_log WHERE action = 'services.update' ORDER BY id`) as {
      detail: string;
    }[];
    expect(audits).toHaveLength(steps.length);
    expect(JSON.parse(audits[0]!.detail)).toEqual({ serviceReferralId: id, from: 'sent', to: 'accepted', source: 'provider_phone' });
    expect(await update(id, { to: 'sent' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'This referral is closed. Make a new referral instead.' },
    });
  });

  it('refuses a move the rules do not allow, or one missing what it needs, and saves nothing', async () => {
    const { id } = await referOk();
    const before = rows('SELECT * FROM service_referral_events');
    const timeline = (await record()).timeline.length;
    expect(await update(id, { to: 'attended' })).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        fields: { 'change.to': 'A referral that is "sent to the provider" cannot move to "went to the appointment".' },
      },
    });
    expect(await update(id, { to: 'declined' })).toMatchObject({
      ok: false,
      error: { fields: { 'change.reason': 'Say why the provider declined.' } },
    });
    expect(await update(id, { to: 'closed' })).toMatchObject({
      ok: false,
      error: { fields: { 'change.outcome': 'Choose how the referral ended.' } },
    });
    expect(await update(id, { to: 'scheduled', appointmentAt: inHours(-1) })).toMatchObject({
      ok: false,
      error: { fields: { 'change.appointmentAt': 'The appointment cannot be in the past.' } },
    });
    expect(await update(id, { to: 'declined', reason: 'No <b>beds</b>' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await update(id, { to: 'accepted', source: 'fax' as never })).toMatchObject({
      ok: false,
      error: { fields: { 'change.source': 'Say who told you.' } },
    });
    expect(rows('SELECT * FROM service_referral_events')).toEqual(before);
    expect((await record()).serviceReferrals[0]!.status).toBe('sent');
    expect((await record()).timeline).toHaveLength(timeline);
  });

  it('refuses an appointment in the past, a 5,000-character note, markup or a missing handoff, and saves nothing', async () => {
    const refused = [
      await refer({ appointmentAt: inHours(-2) }),
      await refer({ note: 'x'.repeat(5000) }),
      await refer({ directions: '<script>alert(1)</script>' }),
      await refer({ handoff: undefined }),
      await refer({ appointmentAt: '2026-13-40T25:00' }),
    ];
    expect(refused.map((reply) => (reply.ok ? null : Object.entries(reply.error.fields ?? {})))).toEqual([
      [['referral.appointmentAt', 'The appointment cannot be in the past.']],
      [['referral.note', 'Note must be at most 1000 characters.']],
      [['referral.directions', 'How to get there cannot contain < or > or control characters.']],
      [['referral.handoff', 'Choose how the participant is handed over.']],
      [['referral.appointmentAt', 'Appointment date and time must be a valid date and time.']],
    ]);
    expect(rows('SELECT id FROM service_referrals')).toEqual([]);
    expect(rows('SELECT id FROM service_referral_events')).toEqual([]);
    expect((await record()).needs.find((need) => need.need === 'housing')?.status).toBe('open');
  });

  it('asks how it went two days after the appointment, on the record, the card and home, until the status changes', async () => {
    const { id } = await referOk({ appointmentAt: inHours(4) });
    const otherPair = await addPair(t, { caseManager: 'Morgan Casefile', peer: 'Quinn Peerwell', prefix: 'mq' }, TEAM.supervisor);
    const riley = await enrollPerson(t, RILEY, otherPair, new Date(t.clock.now().getTime() - 3_600_000).toISOString());
    await referOk({ appointmentAt: inHours(5), provider: 'Sample Clinic (fictional)', need: 'substance_use_treatment' }, riley);
    await signInAs(t, TEAM.peer);

    t.clock.advanceMinutes(2 * DAY_MINUTES + 3 * 60);
    expect((await record()).serviceReferrals[0]!.followUpDue).toBe(false);
    expect((await card()).followUps).toEqual([]);
    expect(await t.ok('services.followUps', {})).toEqual([]);

    t.clock.advanceMinutes(90);
    expect((await record()).serviceReferrals[0]!.followUpDue).toBe(true);
    expect((await card()).followUps).toEqual([PROVIDER]);
    expect(await t.ok('services.followUps', {})).toEqual([
      expect.objectContaining({ serviceReferralId: id, participantId: jordan, name: JORDAN.name, provider: PROVIDER }),
    ]);
    // The pair's own list: another pair's referral shows to its pair and the supervisor, not here.
    await signInAs(t, TEAM.caseManager);
    expect((await t.ok('services.followUps', {})).map((f) => f.participantId)).toEqual([jordan]);
    await signInAs(t, TEAM.supervisor);
    t.clock.advanceMinutes(60);
    expect((await t.ok('services.followUps', {})).map((f) => f.participantId)).toEqual([jordan, riley]);
    expect((await card(riley, otherPair)).followUps).toEqual(['Sample Clinic (fictional)']);

    await signInAs(t, TEAM.peer);
    await update(id, { to: 'attended', source: 'participant' });
    expect((await record()).serviceReferrals[0]!.followUpDue).toBe(false);
    expect((await card()).followUps).toEqual([]);
    expect(await t.ok('services.followUps', {})).toEqual([]);
  });

  it('puts stalled referrals on the agenda as team-only lines without notes or reasons', async () => {
    const { id } = await referOk({ note: 'Private note about the participant' });
    await update(id, { to: 'declined', reason: 'Private reason text' });
    await update(id, { to: 'sent' });
    t.clock.advanceMinutes(15 * DAY_MINUTES);
    await signInAs(t, TEAM.supervisor);
    const meeting = await t.ok('meetings.plan', {});
    const reasons = meeting.items.flatMap((item) => item.reasons);
    expect(reasons).toContainEqual({
      section: 'service_referrals',
      text: `Referral to ${PROVIDER}: sent to the provider, no change for 15 days`,
    });
    expect(JSON.stringify(meeting)).not.toMatch(/Private (note|reason)/);
  });
});
