import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localDate } from '../../../electron/local-date';
import { addDays } from '../../../shared/domain/local-time';
import { CHANNELS, contract, type Channel, type ChannelInput } from '../../../shared/ipc/contract';
import type { Role } from '../../../shared/roles';
import { makeCore, setUpDesk, withDatabase, type CoreUnderTest } from '../../support/core';
import { addPair, completeAccounts, completeAssessment, enrollPerson } from '../../support/caseload';
import { ALL_NO, SAMPLE_ASSESSMENT, TEAM, setUpTeam, signInAdmin, signInAs } from '../../support/intake';

const JORDAN = { name: 'Jordan Testcase', dateOfBirth: '1990-05-12' };
const RILEY = { name: 'Riley Samplewood', dateOfBirth: '1984-11-03' };
const OTHER = {
  caseManager: { username: 'other.casemanager', password: 'copper lantern orchard', role: 'case_manager' },
  peer: { username: 'other.peer', password: 'velvet canyon thimble!', role: 'peer' },
} as const;
const REASON = 'Casey is at court all afternoon';

/**
 * Channels open to case managers or peers that reach no one participant by id. Each says why; a
 * new team channel fails the first test below until it declares its subject or is listed here.
 */
const PAIR_WIDE: Record<string, string> = {
  'app.status': 'no participant data',
  'app.mode': 'no participant data',
  'setup.create': 'no participant data',
  'session.signIn': 'no participant data',
  'session.recover': 'no participant data',
  'session.touch': 'no participant data',
  'session.lock': 'no participant data',
  'session.signOut': 'no participant data',
  'account.changePassword': 'no participant data',
  'settings.get': 'no participant data',
  'pairs.list': 'pairs and their load, no participant',
  'people.matches': 'intake: finding a returning person before a referral, by exact name',
  'people.search': 'filtered to the caller’s pairs (tested below)',
  'referrals.create': 'intake: a new referral belongs to no pair yet',
  'referrals.list': 'intake queue: names, pathways and statuses',
  'participants.enroll': 'intake assigns the pair; any intake worker may enroll with any pair',
  'participants.list': 'filtered to the caller’s pairs (tested below)',
  'drafts.get': 'the caller’s own drafts',
  'drafts.save': 'the caller’s own drafts',
  'drafts.discard': 'the caller’s own drafts',
  'board.pair': 'every pair’s cards stay visible: pairs cover for each other',
  'contacts.search': 'filtered to the caller’s pairs (tested below)',
  'covers.start': 'asks for the cover itself',
  'meetings.current': 'narrowed to the caller’s pairs by the meetings service (electron/services/meeting-view.ts)',
  'meetings.plan': 'narrowed to the caller’s pairs by the meetings service (electron/services/meeting-view.ts)',
  'meetings.addItem': 'narrowed to the caller’s pairs by the meetings service (electron/services/meeting-view.ts)',
  'meetings.updateItem': 'narrowed to the caller’s pairs by the meetings service (electron/services/meeting-view.ts)',
  'meetings.moveItem': 'narrowed to the caller’s pairs by the meetings service (electron/services/meeting-view.ts)',
  'meetings.addAction': 'narrowed to the caller’s pairs by the meetings service (electron/services/meeting-view.ts)',
  'meetings.completeAction': 'narrowed to the caller’s pairs by the meetings service (electron/services/meeting-view.ts)',
  'meetings.myActions': 'narrowed to the caller’s pairs by the meetings service (electron/services/meeting-view.ts)',
  'directory.search': 'the provider directory: no participant data',
  'directory.organizationNames': 'the provider directory: no participant data',
  'directory.entry': 'the provider directory: no participant data',
  'directory.save': 'the provider directory: no participant data',
  'directory.confirmCapacity': 'the provider directory: no participant data',
  'directory.import': 'the provider directory: no participant data',
  'directory.export': 'the provider directory: no participant data',
  'meetings.list': 'narrowed to the caller’s pairs by the meetings service (electron/services/meeting-view.ts)',
  'meetings.get': 'narrowed to the caller’s pairs by the meetings service (electron/services/meeting-view.ts)',
  'services.followUps': 'narrowed to the caller’s own pair by the service (electron/services/service-referrals.ts, tested there)',
  'meetings.roomView': 'the running meeting’s current item, as the room may see it (shared/domain/room-view.ts)',
};

const SUBJECT_CHANNELS = CHANNELS.filter((channel) => 'subject' in contract[channel]);

function reachableBy(channel: Channel, role: Role): boolean {
  const { access } = contract[channel];
  return access === 'public' || access === 'signedIn' || access.includes(role);
}

interface Ids {
  participantId: number;
  referralId: number;
  consentId: number;
  serviceReferralId: number;
  today: string;
  now: string;
}

/** A valid call on Jordan (pair 1) for every channel that declares a subject. */
const PROBES: { [C in Channel]?: (ids: Ids) => ChannelInput<C> } = {
  'referrals.get': (ids) => ({ id: ids.referralId }),
  'referrals.screen': (ids) => ({ referralId: ids.referralId, dateOfBirth: JORDAN.dateOfBirth, exclusions: ALL_NO }),
  'referrals.recordSao': (ids) => ({ referralId: ids.referralId, status: 'pending' }),
  'referrals.recordDecision': (ids) => ({ referralId: ids.referralId, decision: 'accepted', reason: null }),
  'participants.get': (ids) => ({ id: ids.participantId }),
  'participants.timeline': (ids) => ({ participantId: ids.participantId }),
  'assessments.save': (ids) => ({ participantId: ids.participantId, assessment: { ...SAMPLE_ASSESSMENT, legalName: JORDAN.name } }),
  'consents.create': (ids) => ({ participantId: ids.participantId, consent: consentFor(ids.today) }),
  'consents.revoke': (ids) => ({ consentId: ids.consentId, revokedOn: ids.today }),
  'consents.get': (ids) => ({ id: ids.consentId }),
  'participants.move': (ids) => ({ participantId: ids.participantId, to: 'inactive', reason: 'Not reachable for three weeks' }),
  'participants.reassign': (ids) => ({ participantId: ids.participantId, pairId: 1, capOverrideReason: null }),
  'contacts.log': (ids) => ({
    participantId: ids.participantId,
    contact: { kind: 'phone', occurredAt: ids.now, durationMinutes: 5, staff: 'peer', place: null, note: null },
  }),
  'needs.update': (ids) => ({ participantId: ids.participantId, update: { need: 'housing', status: 'in_progress', note: null } }),
  'services.refer': (ids) => ({
    participantId: ids.participantId,
    referral: { need: 'benefits', provider: 'Sample Benefits Desk', referredOn: ids.today, handoff: 'slip_only' },
  }),
  'services.update': (ids) => ({ serviceReferralId: ids.serviceReferralId, change: { to: 'accepted', source: 'provider_phone' } }),
  'outcomes.record': (ids) => ({
    participantId: ids.participantId,
    observation: { kind: 'treatment', value: 'moud', observedOn: ids.today, note: null },
  }),
  'justiceEvents.record': (ids) => ({
    participantId: ids.participantId,
    event: { kind: 'court_date', occurredOn: ids.today, description: 'Told by the person' },
  }),
  'print.document': (ids) => ({ job: { document: 'part2-notice', participantId: ids.participantId }, destination: 'pdf' }),
  'services.printout': (ids) => ({ serviceReferralId: ids.serviceReferralId, language: 'en' }),
  'services.providerLetter': (ids) => ({ serviceReferralId: ids.serviceReferralId }),
};

/** Jordan's referral is enrolled, so these three refuse any change once the caller may reach it. */
const CLOSED_REFERRAL = new Set<Channel>(['referrals.screen', 'referrals.recordSao', 'referrals.recordDecision']);

function consentFor(today: string): ChannelInput<'consents.create'>['consent'] {
  return {
    patientName: JORDAN.name,
    discloser: 'LEAD case management team',
    // The street shelter is named so that its referral letter may print once the caller may reach Jordan.
    recipients: [
      { recipient: { kind: 'bhsb' }, scope: 'status' },
      { recipient: { kind: 'provider', name: 'Sample Street Shelter' }, scope: 'progress' },
    ],
    purpose: 'Program oversight',
    rightToRevokeAcknowledged: true,
    expiry: { kind: 'date', on: addDays(today, 365) },
    signedOn: today,
    witness: TEAM.caseManager.displayName,
  };
}

describe('the contract', () => {
  it('has every channel a case manager or peer can call either declare its participant or say why it reaches none', () => {
    const undeclared = CHANNELS.filter(
      (channel) =>
        (reachableBy(channel, 'case_manager') || reachableBy(channel, 'peer')) &&
        !SUBJECT_CHANNELS.includes(channel) &&
        !PAIR_WIDE[channel],
    );
    expect(undeclared).toEqual([]);
    expect(Object.keys(PROBES).sort()).toEqual([...SUBJECT_CHANNELS].sort());
  });
});

describe('least privilege between pairs', () => {
  let t: CoreUnderTest;
  let recoveryKey: string;
  let pairId: number;
  let otherPairId: number;
  let ids: Ids;
  let riley: number;

  const signInOther = (who: keyof typeof OTHER) => signInAs(t, OTHER[who]);
  const deniedRows = () =>
    withDatabase(t, recoveryKey, (db) =>
      db
        .prepare(
          `SELECT actor_id AS actorId, subject_id AS subjectId, detail FROM records.audit_log WHERE action = 'access.denied' ORDER BY id`,
        )
        .all(),
    ) as { actorId: number; subjectId: string; detail: string }[];

  beforeEach(async () => {
    t = makeCore({ printer: { print: async () => 'saved' } });
    recoveryKey = await setUpDesk(t);
    ({ pairId } = await setUpTeam(t));
    otherPairId = await addPair(t, { caseManager: 'Morgan Othercase', peer: 'Quinn Otherpeer', prefix: 'other' }, TEAM.caseManager);
    for (const member of Object.values(OTHER)) {
      await signInAs(t, { username: member.username, password: 'temporary pass 1' });
      await t.ok('account.changePassword', { currentPassword: 'temporary pass 1', newPassword: member.password });
    }
    await completeAccounts(
      t,
      Object.values(OTHER).map((member) => member.username),
    );
    await signInAs(t, TEAM.caseManager);
    const hourAgo = new Date(t.clock.now().getTime() - 3_600_000).toISOString();
    const today = localDate(t.clock.now());
    const participantId = await enrollPerson(t, JORDAN, pairId, hourAgo);
    await completeAssessment(t, participantId, JORDAN);
    const consent = await t.ok('consents.create', { participantId, consent: consentFor(today) });
    await t.ok('contacts.log', {
      participantId,
      contact: {
        kind: 'street_outreach',
        occurredAt: hourAgo,
        durationMinutes: 15,
        staff: 'peer',
        place: null,
        note: 'Talked about the shelter intake',
      },
    });
    const record = await t.ok('services.refer', {
      participantId,
      referral: { need: 'housing', provider: 'Sample Street Shelter', referredOn: today, handoff: 'slip_only' },
    });
    ids = {
      participantId,
      referralId: record.referrals[0]!.id,
      consentId: consent.id,
      serviceReferralId: record.serviceReferrals[0]!.id,
      today,
      now: t.clock.now().toISOString(),
    };

    await signInOther('caseManager');
    riley = await enrollPerson(t, RILEY, otherPairId, hourAgo);
    await t.ok('contacts.log', {
      participantId: riley,
      contact: {
        kind: 'phone',
        occurredAt: hourAgo,
        durationMinutes: 5,
        staff: 'case_manager',
        place: null,
        note: 'Shelter bed found for tonight',
      },
    });
  });
  afterEach(() => t.dispose());

  it.each(['caseManager', 'peer'] as const)(
    'refuses another pair’s %s every participant channel until they cover, then lets them through',
    async (who) => {
      const role = OTHER[who].role;
      await signInOther(who);
      for (const channel of SUBJECT_CHANNELS) {
        const reply = await t.call(channel, PROBES[channel]!(ids) as never);
        const expected = reachableBy(channel, role) ? 'NEEDS_COVER' : 'FORBIDDEN';
        expect({ channel, code: reply.ok ? 'ok' : reply.error.code }).toEqual({ channel, code: expected });
        if (!reply.ok && expected === 'NEEDS_COVER') {
          expect(reply.error.cover).toEqual({ pairId, pairLabel: `${TEAM.caseManager.displayName} & ${TEAM.peer.displayName}` });
          expect(reply.error.message).toMatch(/cover for that pair today and say why/);
        }
      }
      const refusals = deniedRows().filter((row) => row.detail.includes(`"pairId":${pairId}`));
      expect(refusals.length).toBe(SUBJECT_CHANNELS.filter((channel) => reachableBy(channel, role)).length);
      expect(refusals.every((row) => row.subjectId === String(ids.participantId))).toBe(true);

      const cover = await t.ok('covers.start', { pairId, reason: REASON });
      expect(cover).toMatchObject({ pair: { id: pairId }, reason: REASON, coveredOn: ids.today });
      for (const channel of SUBJECT_CHANNELS) {
        const reply = await t.call(channel, PROBES[channel]!(ids) as never);
        const expected = !reachableBy(channel, role) ? 'FORBIDDEN' : CLOSED_REFERRAL.has(channel) ? 'CONFLICT' : 'ok';
        expect({ channel, code: reply.ok ? 'ok' : reply.error.code }).toEqual({ channel, code: expected });
      }
    },
  );

  it('audits the cover without its reason, keeps one per day, and refuses a bare or over-long reason', async () => {
    await signInOther('peer');
    const refused = await t.call('covers.start', { pairId, reason: 'because' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { reason: expect.stringMatching(/a few words/) } },
    });
    expect(await t.call('covers.start', { pairId, reason: `${'word '.repeat(50)}` })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await t.call('covers.start', { pairId, reason: 'Covering <script> tonight' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await t.call('covers.start', { pairId: otherPairId, reason: REASON })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const first = await t.ok('covers.start', { pairId, reason: REASON });
    t.clock.advanceMinutes(1);
    const again = await t.ok('covers.start', { pairId, reason: 'Asked again a minute later' });
    expect(again).toEqual(first);
    const audited = withDatabase(t, recoveryKey, (db) =>
      db
        .prepare(`SELECT subject_type AS subjectType, subject_id AS subjectId, detail FROM records.audit_log WHERE action = 'covers.start'`)
        .all(),
    ) as { subjectType: string; subjectId: string; detail: string }[];
    expect(audited).toHaveLength(2);
    expect(audited[0]).toMatchObject({ subjectType: 'pair', subjectId: String(pairId) });
    expect(audited.map((row) => row.detail).join()).not.toContain('court');
  });

  it('ends the cover at the desk’s midnight', async () => {
    await signInOther('caseManager');
    await t.ok('covers.start', { pairId, reason: REASON });
    while (localDate(new Date(t.clock.now().getTime() + 60_000)) === ids.today) t.clock.advanceMinutes(1);
    await signInOther('caseManager');
    expect(await t.call('participants.get', { id: ids.participantId })).toMatchObject({ ok: true });
    t.clock.advanceMinutes(1);
    expect(await t.call('participants.get', { id: ids.participantId })).toMatchObject({ ok: false, error: { code: 'NEEDS_COVER' } });
  });

  it('shows the supervisor who covers which pair, why and since when, and lets them open everyone', async () => {
    await signInOther('peer');
    const cover = await t.ok('covers.start', { pairId, reason: REASON });
    await signInAs(t, TEAM.supervisor);
    expect(await t.ok('covers.today', {})).toEqual([
      {
        id: cover.id,
        staff: { id: cover.staff.id, displayName: 'Quinn Otherpeer', role: 'peer' },
        pair: { id: pairId, label: 'Casey Casework & Pat Peerson' },
        reason: REASON,
        coveredOn: ids.today,
        since: cover.since,
      },
    ]);
    for (const participantId of [ids.participantId, riley])
      expect(await t.call('participants.get', { id: participantId })).toMatchObject({ ok: true });
    for (const channel of SUBJECT_CHANNELS) {
      const reply = await t.call(channel, PROBES[channel]!(ids) as never);
      // Jordan's referral is closed and Jordan is already with pair 1: those refusals are the domain's, not access.
      const expected = CLOSED_REFERRAL.has(channel) || channel === 'participants.reassign' ? 'CONFLICT' : 'ok';
      expect({ channel, code: reply.ok ? 'ok' : reply.error.code }).toEqual({ channel, code: expected });
    }
    expect((await t.ok('participants.list', {})).participants.map((p) => p.name).sort()).toEqual([JORDAN.name, RILEY.name]);
    expect(deniedRows()).toEqual([]);

    await signInOther('caseManager');
    expect(await t.call('covers.today', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('keeps every participant channel, list and search, and the covers, from administrators', async () => {
    await signInAdmin(t);
    const others: { [C in Channel]?: ChannelInput<C> } = {
      'participants.list': {},
      'people.search': { query: 'shelter' },
      'contacts.search': { query: 'shelter' },
      'covers.start': { pairId, reason: REASON },
      'covers.today': {},
    };
    const probes = { ...Object.fromEntries(SUBJECT_CHANNELS.map((channel) => [channel, PROBES[channel]!(ids)])), ...others };
    for (const [channel, input] of Object.entries(probes)) {
      const reply = await t.call(channel as Channel, input as never);
      expect({ channel, code: reply.ok ? 'ok' : reply.error.code }).toEqual({ channel, code: 'FORBIDDEN' });
    }
  });

  it('lists and finds only the caller’s own pair’s participants, and covered pairs’', async () => {
    await signInOther('peer');
    const visible = async () => ({
      list: (await t.ok('participants.list', {})).participants.map((p) => p.name),
      names:
        (await t.ok('people.search', { query: 'testcase samplewood' })).hits.length +
        (await t.ok('people.search', { query: 'jordan' })).hits.length,
      dates: (await t.ok('people.search', { query: JORDAN.dateOfBirth })).hits.map((hit) => hit.name),
      notes: (await t.ok('contacts.search', { query: 'shelter' })).hits.map((hit) => hit.name),
    });
    expect(await visible()).toEqual({ list: [RILEY.name], names: 0, dates: [], notes: [RILEY.name] });
    expect((await t.ok('people.search', { query: 'riley' })).hits.map((hit) => hit.name)).toEqual([RILEY.name]);
    // Boards still show every pair's cards.
    expect((await t.ok('board.pair', { pairId })).lanes[0]!.cards.map((card) => card.name)).toEqual([JORDAN.name]);

    await t.ok('covers.start', { pairId, reason: REASON });
    expect(await visible()).toEqual({ list: [JORDAN.name, RILEY.name], names: 1, dates: [JORDAN.name], notes: [RILEY.name, JORDAN.name] });
  });

  it('shows a peer a referral’s pathway and date, without the eligibility answers or the State’s Attorney’s detail', async () => {
    await signInAs(t, TEAM.peer);
    const seen = await t.ok('referrals.get', { id: ids.referralId });
    expect(seen).toMatchObject({ pathway: 'arrest_diversion', occurredAt: expect.any(String), eligibility: null, sao: null });
    await signInAs(t, TEAM.caseManager);
    const full = await t.ok('referrals.get', { id: ids.referralId });
    expect(full.eligibility?.screen.exclusions).toEqual(ALL_NO);
    expect(full.sao).toMatchObject({ status: 'verified', saoPerson: 'ASA Example' });
  });
});
