import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localDate } from '../../../electron/local-date';
import { lastMeetingOn } from '../../../shared/domain/board';
import { MATCH_END, MATCH_START } from '../../../shared/ipc/caseload-contract';
import { addDays } from '../../../shared/domain/local-time';
import { makeCore, setUpDesk, type CoreUnderTest } from '../../support/core';
import { completeAssessment, enrollPerson } from '../../support/caseload';
import { TEAM, setUpTeam, signInAs } from '../../support/intake';

const JORDAN = { name: 'Jordan Testcase', dateOfBirth: '1990-05-12' };
const RILEY = { name: 'Riley Samplewood', dateOfBirth: '1984-11-03' };
const contact = (occurredAt: string, note: string | null) =>
  ({ kind: 'street_outreach', occurredAt, durationMinutes: 15, staff: 'peer', place: 'Lexington Market', note }) as const;

describe('caseload work: contacts, needs, services, outcomes, justice events', () => {
  let t: CoreUnderTest;
  let pairId: number;
  let jordan: number;
  let riley: number;
  let today: string;

  const card = async (participantId: number) =>
    (await t.ok('board.pair', { pairId })).lanes.flatMap((lane) => lane.cards).find((c) => c.participantId === participantId)!;

  beforeEach(async () => {
    t = makeCore();
    await setUpDesk(t);
    ({ pairId } = await setUpTeam(t));
    const hourAgo = new Date(t.clock.now().getTime() - 3_600_000).toISOString();
    jordan = await enrollPerson(t, JORDAN, pairId, hourAgo);
    riley = await enrollPerson(t, RILEY, pairId, hourAgo);
    await completeAssessment(t, jordan, JORDAN);
    today = localDate(t.clock.now());
  });
  afterEach(() => t.dispose());

  it('searches contact notes by word and prefix, treating query syntax as text', async () => {
    const now = t.clock.now().toISOString();
    await t.ok('contacts.log', {
      participantId: jordan,
      contact: contact(now, 'Talked about the shelter intake on Monday; brought socks.'),
    });
    await t.ok('contacts.log', { participantId: riley, contact: contact(now, 'Waiting for a Medicaid card.') });
    await t.ok('contacts.log', { participantId: riley, contact: contact(now, null) });

    const { hits, total } = await t.ok('contacts.search', { query: 'shel' });
    expect(total).toBe(1);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ participantId: jordan, name: JORDAN.name, kind: 'street_outreach' });
    expect(hits[0]!.excerpt).toContain(`${MATCH_START}shelter${MATCH_END}`);
    expect((await t.ok('contacts.search', { query: 'medicaid CARD' })).hits[0]).toMatchObject({ participantId: riley });
    expect((await t.ok('contacts.search', { query: 'socks OR medicaid' })).hits).toEqual([]);
    expect((await t.ok('contacts.search', { query: '"*' })).hits).toEqual([]);
    expect((await t.ok('contacts.search', { query: '   ' })).hits).toEqual([]);
  });

  it('refuses a contact in the future or without its facts, and saves nothing', async () => {
    const tomorrow = new Date(t.clock.now().getTime() + 86_400_000).toISOString();
    expect(await t.call('contacts.log', { participantId: jordan, contact: contact(tomorrow, null) })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { 'contact.occurredAt': 'The contact cannot be in the future.' } },
    });
    expect(
      await t.call('contacts.log', {
        participantId: jordan,
        contact: { ...contact(t.clock.now().toISOString(), 'x'.repeat(4001)), durationMinutes: 0 },
      }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        fields: { 'contact.durationMinutes': expect.any(String), 'contact.note': 'Note must be at most 4000 characters.' },
      },
    });
    expect((await t.ok('participants.get', { id: jordan })).lastContactAt).toBeNull();
  });

  it('opens the assessment needs, tracks their status, and flags open service referrals', async () => {
    let record = await t.ok('participants.get', { id: jordan });
    expect(record.needs.map((need) => [need.need, need.status])).toEqual([
      ['housing', 'open'],
      ['id_documents', 'open'],
    ]);
    record = await t.ok('services.refer', {
      participantId: jordan,
      referral: { need: 'housing', provider: 'Sample Street Shelter', referredOn: today, handoff: 'slip_only' },
    });
    expect(record.needs.find((need) => need.need === 'housing')?.status).toBe('in_progress');
    expect(record.serviceReferrals[0]).toMatchObject({ provider: 'Sample Street Shelter', status: 'sent', need: 'housing' });
    expect((await card(jordan)).openServiceReferrals).toBe(1);

    // Peers work needs too.
    await signInAs(t, TEAM.peer);
    record = await t.ok('needs.update', {
      participantId: jordan,
      update: { need: 'benefits', status: 'in_progress', note: 'SNAP application started' },
    });
    expect(record.needs.map((need) => need.need)).toEqual(['housing', 'id_documents', 'benefits']);
    record = await t.ok('services.update', {
      serviceReferralId: record.serviceReferrals[0]!.id,
      change: { to: 'closed', source: 'participant', outcome: 'got_help' },
    });
    expect(record.serviceReferrals[0]!.status).toBe('closed');
    expect((await card(jordan)).openServiceReferrals).toBe(0);
    record = await t.ok('needs.update', { participantId: jordan, update: { need: 'housing', status: 'met', note: null } });
    expect(record.needs[0]).toMatchObject({ need: 'housing', status: 'met' });
    expect(record.timeline.map((event) => event.summary).slice(0, 4)).toEqual([
      'Need "Housing": met.',
      'Referral to Sample Street Shelter: closed (got help).',
      'Need "Benefits": in progress (SNAP application started).',
      'Referred to Sample Street Shelter for "Housing".',
    ]);
    // Editing the assessment keeps the needs already worked.
    await signInAs(t, TEAM.caseManager);
    await completeAssessment(t, jordan, JORDAN);
    expect((await t.ok('participants.get', { id: jordan })).needs[0]).toMatchObject({ need: 'housing', status: 'met' });
  });

  it('keeps dated outcome observations, the newest of each kind on the record and the card', async () => {
    expect((await card(jordan)).housing).toBe('unsheltered');
    await t.ok('outcomes.record', {
      participantId: jordan,
      observation: { kind: 'housing', value: 'emergency_shelter', observedOn: addDays(today, -20), note: null },
    });
    await t.ok('outcomes.record', {
      participantId: jordan,
      observation: { kind: 'housing', value: 'rented', observedOn: addDays(today, -2), note: 'Own lease' },
    });
    // Recorded late, about an earlier day: it does not replace the newer observation.
    const record = await t.ok('outcomes.record', {
      participantId: jordan,
      observation: { kind: 'housing', value: 'transitional', observedOn: addDays(today, -10), note: null },
    });
    await t.ok('outcomes.record', {
      participantId: jordan,
      observation: { kind: 'treatment', value: 'moud', observedOn: today, note: null },
    });
    expect(record.latestOutcomes).toEqual([expect.objectContaining({ kind: 'housing', value: 'rented', note: 'Own lease' })]);
    expect((await card(jordan)).housing).toBe('rented');
    expect(
      await t.call('outcomes.record', {
        participantId: jordan,
        observation: { kind: 'housing', value: 'moud', observedOn: today, note: null } as never,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(
      await t.call('outcomes.record', {
        participantId: jordan,
        observation: { kind: 'employment', value: 'full_time', observedOn: addDays(today, 1), note: null },
      }),
    ).toMatchObject({ ok: false, error: { fields: { 'observation.observedOn': 'Date observed cannot be in the future.' } } });
  });

  it('flags police contacts since the last meeting and court dates coming up, refusing a future arrest', async () => {
    const meeting = lastMeetingOn(today, 2);
    const event = (kind: 'police_contact' | 'arrest' | 'court_date', occurredOn: string) => ({
      kind,
      occurredOn,
      description: 'Told by the person',
    });
    await t.ok('justiceEvents.record', { participantId: jordan, event: event('police_contact', addDays(meeting, -1)) });
    expect((await card(jordan)).newPoliceContacts).toBe(0);
    await t.ok('justiceEvents.record', { participantId: jordan, event: event('arrest', meeting) });
    expect((await card(jordan)).newPoliceContacts).toBe(1);

    expect(await t.call('justiceEvents.record', { participantId: jordan, event: event('arrest', addDays(today, 1)) })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { 'event.occurredOn': 'Only a court date can be in the future.' } },
    });
    await t.ok('justiceEvents.record', { participantId: jordan, event: event('court_date', addDays(today, 30)) });
    expect((await card(jordan)).courtDateOn).toBeNull();
    await t.ok('justiceEvents.record', { participantId: jordan, event: event('court_date', addDays(today, 9)) });
    expect((await card(jordan)).courtDateOn).toBe(addDays(today, 9));
  });

  it('shows everything in one timeline, by when it happened', async () => {
    const now = t.clock.now().getTime();
    await t.ok('contacts.log', {
      participantId: jordan,
      contact: contact(new Date(now - 3 * 86_400_000).toISOString(), 'Met at the market'),
    });
    await t.ok('justiceEvents.record', {
      participantId: jordan,
      event: { kind: 'police_contact', occurredOn: addDays(today, -5), description: 'Stopped, not arrested' },
    });
    const record = await t.ok('outcomes.record', {
      participantId: jordan,
      observation: { kind: 'income', value: 'ssi_ssdi', observedOn: addDays(today, -1), note: null },
    });
    const kinds = record.timeline.map((event) => event.kind);
    // Enrolled an hour ago, then (going back) the income seen yesterday, the contact three days ago, the stop five days ago.
    expect(kinds.indexOf('participant.enrolled')).toBeLessThan(kinds.indexOf('outcome.income'));
    expect(kinds.indexOf('outcome.income')).toBeLessThan(kinds.indexOf('contact'));
    expect(kinds.indexOf('contact')).toBeLessThan(kinds.indexOf('justice.police_contact'));
    expect(record.timeline.find((event) => event.kind === 'contact')).toMatchObject({
      summary: 'Street outreach, 15 minutes, peer, at Lexington Market.',
      note: 'Met at the market',
      allDay: false,
      actorName: TEAM.caseManager.displayName,
    });
    expect(record.timeline.find((event) => event.kind === 'justice.police_contact')).toMatchObject({
      summary: 'Police contact.',
      note: 'Stopped, not arrested',
      allDay: true,
      at: addDays(today, -5),
    });
  });
});
