import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Channel, ChannelInput, LeadEvent } from '../../../shared/ipc/contract';
import { makeCore, setUpDesk, type CoreUnderTest } from '../../support/core';
import { enrollPerson } from '../../support/caseload';
import { TEAM, arrestReferral, setUpTeam, signInAdmin, signInAs } from '../../support/intake';

const JORDAN = { name: 'Jordan Testcase', dateOfBirth: '1990-05-12' };
const RILEY = { name: 'Riley Samplewood', dateOfBirth: '1984-11-03' };

describe('records.changed', () => {
  let t: CoreUnderTest;
  let pairId: number;
  let jordan: number;
  let hourAgo: string;
  let events: LeadEvent[];

  /** The events one call sends, made with `requestId` as a window would send it. */
  const changedBy = async <C extends Channel>(channel: C, input: ChannelInput<C>, requestId?: unknown) => {
    events = [];
    const reply = await t.core.invoke(channel, input, requestId);
    return { reply, events: events.filter((event) => event.type === 'records.changed') };
  };

  beforeEach(async () => {
    t = makeCore();
    await setUpDesk(t);
    ({ pairId } = await setUpTeam(t));
    hourAgo = new Date(t.clock.now().getTime() - 3_600_000).toISOString();
    jordan = await enrollPerson(t, JORDAN, pairId, hourAgo);
    t.core.onEvent((event) => events.push(event));
  });
  afterEach(() => t.dispose());

  it('names the participants a call changed and the request that changed them', async () => {
    const moved = await changedBy('participants.move', { participantId: jordan, to: 'intake_in_progress', reason: null }, 'w1-1');
    expect(moved.events).toEqual([{ type: 'records.changed', participantIds: [jordan], requestId: 'w1-1' }]);

    const contact = { kind: 'phone', occurredAt: hourAgo, durationMinutes: 5, staff: 'peer', place: null, note: null } as const;
    expect((await changedBy('contacts.log', { participantId: jordan, contact }, 'w1-2')).events).toEqual([
      { type: 'records.changed', participantIds: [jordan], requestId: 'w1-2' },
    ]);
    expect(
      (await changedBy('needs.update', { participantId: jordan, update: { need: 'housing', status: 'in_progress', note: null } }, 'w1-3'))
        .events,
    ).toEqual([{ type: 'records.changed', participantIds: [jordan], requestId: 'w1-3' }]);

    // A call that names its record by another id (a service referral) still names the participant.
    const referred = await t.ok('services.refer', {
      participantId: jordan,
      referral: {
        need: 'benefits',
        provider: 'Sample Benefits Desk',
        referredOn: t.clock.now().toISOString().slice(0, 10),
        handoff: 'slip_only',
      },
    });
    const serviceReferralId = referred.serviceReferrals[0]!.id;
    expect(
      (await changedBy('services.update', { serviceReferralId, change: { to: 'accepted', source: 'provider_phone' } }, 'w1-4')).events,
    ).toEqual([{ type: 'records.changed', participantIds: [jordan], requestId: 'w1-4' }]);
  });

  it('names no one in particular for a setting, a pair, or a referral no one is enrolled from yet', async () => {
    const referral = await changedBy('referrals.create', { person: RILEY, referral: arrestReferral(hourAgo) }, 'w1-5');
    expect(referral.events).toEqual([{ type: 'records.changed', participantIds: null, requestId: 'w1-5' }]);

    await signInAdmin(t);
    expect((await changedBy('settings.update', { contactAgingDays: 4 }, 'w2-1')).events).toEqual([
      { type: 'records.changed', participantIds: null, requestId: 'w2-1' },
    ]);
    const staff = (displayName: string, role: 'case_manager' | 'peer') =>
      t.ok('staff.create', { displayName, username: `new.${role.replace('_', '')}`, role, temporaryPassword: 'temporary pass 1' });
    const [caseManager, peer] = [await staff('Morgan Newcase', 'case_manager'), await staff('Quinn Newpeer', 'peer')];
    // Pairs are the supervisor's (they belong to the participant records).
    await signInAs(t, TEAM.supervisor);
    expect((await changedBy('pairs.create', { caseManagerId: caseManager.id, peerId: peer.id }, 'w2-2')).events).toEqual([
      { type: 'records.changed', participantIds: null, requestId: 'w2-2' },
    ]);
  });

  it('says null for a call that came without a request id', async () => {
    const moved = await changedBy('participants.move', { participantId: jordan, to: 'intake_in_progress', reason: null });
    expect(moved.events).toEqual([{ type: 'records.changed', participantIds: [jordan], requestId: null }]);
  });

  it('refuses a request id that is not one, before anything is changed or sent', async () => {
    for (const bad of ['has space', 'x'.repeat(65), '', 42, { id: 'w1-1' }, 'é-1']) {
      const { reply, events: sent } = await changedBy(
        'participants.move',
        { participantId: jordan, to: 'intake_in_progress', reason: null },
        bad,
      );
      expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { requestId: 'Not a request id.' } } });
      expect(sent).toEqual([]);
    }
    const board = await t.ok('board.pair', { pairId });
    expect(board.lanes[0]!.cards[0]).toMatchObject({ participantId: jordan, stage: 'awaiting_intake' });
  });

  it('sends nothing for a refused change or a read', async () => {
    expect((await changedBy('participants.move', { participantId: jordan, to: 'active', reason: null }, 'w1-6')).events).toEqual([]);
    expect((await changedBy('participants.get', { id: jordan }, 'w1-7')).events).toEqual([]);
    await signInAs(t, TEAM.peer);
    expect((await changedBy('referrals.create', { person: RILEY, referral: arrestReferral(hourAgo) }, 'w1-8')).events).toEqual([]);
  });
});
