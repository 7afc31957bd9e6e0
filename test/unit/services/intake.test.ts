import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localDate } from '../../../electron/local-date';
import { addDays } from '../../../shared/domain/local-time';
import { makeCore, setUpDesk, withDatabase, type CoreUnderTest } from '../../support/core';
import { ALL_NO, SAMPLE_ASSESSMENT, TEAM, arrestReferral, readyReferral, setUpTeam, signInAdmin, signInAs } from '../../support/intake';

const JORDAN = { name: 'Jordan Testcase', dateOfBirth: '1990-05-12' };

describe('intake: referral to participant', () => {
  let t: CoreUnderTest;
  let pairId: number;
  let hourAgo: string;
  let recoveryKey: string;

  beforeEach(async () => {
    t = makeCore();
    recoveryKey = await setUpDesk(t);
    ({ pairId } = await setUpTeam(t));
    hourAgo = new Date(t.clock.now().getTime() - 3_600_000).toISOString();
  });
  afterEach(() => t.dispose());

  it('takes an arrest diversion from referral to an enrolled participant with assessment and consent', async () => {
    const created = await t.ok('referrals.create', { person: JORDAN, referral: arrestReferral(hourAgo) });
    expect(created).toMatchObject({ status: 'screening', personName: JORDAN.name, pathway: 'arrest_diversion' });

    const screened = await t.ok('referrals.screen', { referralId: created.id, dateOfBirth: JORDAN.dateOfBirth, exclusions: ALL_NO });
    expect(screened.status).toBe('awaiting_sao');
    expect(screened.eligibility).toMatchObject({ result: { status: 'eligible' }, screen: { checkedBy: TEAM.caseManager.displayName } });
    // Calendar days at the desk: a stop an hour ago, just after midnight, was yesterday's.
    const waited = localDate(new Date(hourAgo)) === localDate(t.clock.now()) ? 0 : 1;
    expect((await t.ok('referrals.list', { statuses: ['awaiting_sao'] })).referrals[0]).toMatchObject({
      id: created.id,
      daysWaitingForSao: waited,
    });

    expect(await t.call('participants.enroll', { referralId: created.id, pairId })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });

    const verified = await t.ok('referrals.recordSao', {
      referralId: created.id,
      status: 'verified',
      decidedOn: localDate(t.clock.now()),
      saoPerson: 'ASA Example',
    });
    expect(verified.status).toBe('awaiting_decision');
    expect((await t.ok('referrals.recordDecision', { referralId: created.id, decision: 'accepted', reason: null })).status).toBe(
      'ready_to_enroll',
    );

    const enrolled = await t.ok('participants.enroll', { referralId: created.id, pairId });
    const due = addDays(localDate(new Date(hourAgo)), 30);
    expect(enrolled).toMatchObject({ stage: 'awaiting_intake', intakeDueOn: due, consent: 'none', pair: { id: pairId } });
    expect(enrolled.intakeDaysLeft).toBeGreaterThanOrEqual(29);
    expect((await t.ok('referrals.get', { id: created.id })).status).toBe('enrolled');

    const assessed = await t.ok('assessments.save', { participantId: enrolled.id, assessment: SAMPLE_ASSESSMENT });
    expect(assessed).toMatchObject({ stage: 'active', preferredName: 'Jo', aliases: ['JT'], intakeDaysLeft: null });

    const today = localDate(t.clock.now());
    const consent = await t.ok('consents.create', {
      participantId: enrolled.id,
      consent: {
        patientName: JORDAN.name,
        discloser: 'LEAD case management team (Baltimore Crisis Response, Inc.)',
        recipients: [
          { recipient: { kind: 'police' }, scope: 'status' },
          { recipient: { kind: 'provider', name: 'Sample Recovery Clinic' }, scope: 'clinical' },
        ],
        purpose: 'Care coordination in LEAD',
        rightToRevokeAcknowledged: true,
        expiry: { kind: 'date', on: addDays(today, 365) },
        signedOn: today,
        witness: TEAM.caseManager.displayName,
      },
    });
    expect(consent.status).toBe('active');

    const record = await t.ok('participants.get', { id: enrolled.id });
    expect(record.consent).toBe('active');
    expect(record.timeline.map((event) => event.kind).reverse()).toEqual([
      'referral.created',
      'eligibility.screened',
      'sao.recorded',
      'decision.recorded',
      'participant.enrolled',
      'participant.moved',
      'assessment.completed',
      'consent.signed',
    ]);
  });

  it('takes a social contact referral only with the recent contacts that justify it, and sets no intake deadline', async () => {
    const base = { ...arrestReferral(hourAgo), pathway: 'social_contact' as const };
    expect(await t.core.invoke('referrals.create', { person: JORDAN, referral: base })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { 'referral.justification': expect.any(String) } },
    });
    const referral = await t.ok('referrals.create', {
      person: JORDAN,
      referral: { ...base, justification: 'Three contacts this month near the market.' },
    });
    await t.ok('referrals.screen', { referralId: referral.id, dateOfBirth: JORDAN.dateOfBirth, exclusions: ALL_NO });
    await t.ok('referrals.recordSao', {
      referralId: referral.id,
      status: 'verified',
      decidedOn: localDate(t.clock.now()),
      saoPerson: 'ASA Example',
    });
    await t.ok('referrals.recordDecision', { referralId: referral.id, decision: 'accepted', reason: null });
    expect(await t.ok('participants.enroll', { referralId: referral.id, pairId })).toMatchObject({
      intakeDueOn: null,
      intakeDaysLeft: null,
    });
  });

  it('keeps an ineligible referral, with every reason, and never enrolls it', async () => {
    const referral = await t.ok('referrals.create', { person: JORDAN, referral: arrestReferral(hourAgo) });
    const screened = await t.ok('referrals.screen', {
      referralId: referral.id,
      dateOfBirth: JORDAN.dateOfBirth,
      exclusions: { ...ALL_NO, open_warrant: 'yes', under_supervision: 'yes' },
    });
    expect(screened.status).toBe('ineligible');
    expect(screened.eligibility!.result).toMatchObject({ status: 'ineligible', reasons: [expect.anything(), expect.anything()] });
    expect(await t.call('referrals.recordDecision', { referralId: referral.id, decision: 'accepted', reason: null })).toMatchObject({
      ok: false,
    });
    expect((await t.ok('referrals.list', { statuses: ['ineligible'] })).referrals.map((r) => r.id)).toEqual([referral.id]);
  });

  it('refuses a screen with no question answered, names each one, and records nothing', async () => {
    const referral = await t.ok('referrals.create', { person: JORDAN, referral: arrestReferral(hourAgo) });
    const stored = () =>
      withDatabase(t, recoveryKey, (db) => ({
        eligibility: db.prepare('SELECT eligibility FROM referrals WHERE id = ?').pluck().get(referral.id),
        screened: db.prepare("SELECT count(*) FROM person_events WHERE kind = 'eligibility.screened'").pluck().get(),
      }));

    const empty = await t.call('referrals.screen', { referralId: referral.id, dateOfBirth: JORDAN.dateOfBirth, exclusions: {} });
    expect(empty).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('nothing was saved') } });
    const fields = !empty.ok ? empty.error.fields : undefined;
    expect(Object.keys(fields ?? {}).sort()).toEqual(
      ['disqualifying_record', 'open_case', 'open_warrant', 'public_safety_threat', 'under_supervision'].map((key) => `exclusions.${key}`),
    );
    expect(fields?.['exclusions.open_warrant']).toBe('Select yes or no: Does the person have an open warrant?');

    const noBirthDate = await t.call('referrals.screen', { referralId: referral.id, dateOfBirth: null, exclusions: {} });
    expect(!noBirthDate.ok && noBirthDate.error.fields?.dateOfBirth).toBe('Enter the date of birth.');

    expect((await t.ok('referrals.get', { id: referral.id })).status).toBe('screening');
    expect(stored()).toEqual({ eligibility: null, screened: 0 });

    // One answer is a check begun: it is kept, incomplete, and says what is still missing.
    const partial = await t.ok('referrals.screen', {
      referralId: referral.id,
      dateOfBirth: JORDAN.dateOfBirth,
      exclusions: { open_case: 'no' },
    });
    expect(partial.eligibility?.result.status).toBe('incomplete');
    expect(stored().screened).toBe(1);
  });

  it('records a decline at any point, keeps it, and creates no participant', async () => {
    const referral = await t.ok('referrals.create', { person: JORDAN, referral: arrestReferral(hourAgo) });
    const declined = await t.ok('referrals.recordDecision', {
      referralId: referral.id,
      decision: 'declined',
      reason: 'Prefers to go to court.',
    });
    expect(declined).toMatchObject({ status: 'declined', decision: { reason: 'Prefers to go to court.' }, participantId: null });
    expect((await t.ok('participants.list', {})).participants).toEqual([]);
    expect(
      await t.call('referrals.screen', { referralId: referral.id, dateOfBirth: JORDAN.dateOfBirth, exclusions: ALL_NO }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('refuses a pair at its cap, then lets a supervisor go over it with a reason, audited', async () => {
    await signInAdmin(t);
    await t.ok('settings.update', { caseloadCap: 1 });
    await signInAs(t, TEAM.caseManager);
    await t.ok('participants.enroll', { referralId: await readyReferral(t, JORDAN, hourAgo), pairId });
    const second = await readyReferral(t, { name: 'Riley Sampleton', dateOfBirth: '1985-01-30' }, hourAgo);
    expect(await t.call('participants.enroll', { referralId: second, pairId })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('1 of 1') },
    });
    expect(await t.call('participants.enroll', { referralId: second, pairId, capOverrideReason: 'Urgent' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await signInAs(t, TEAM.supervisor);
    const enrolled = await t.ok('participants.enroll', {
      referralId: second,
      pairId,
      capOverrideReason: 'Sibling of a current participant.',
    });
    expect(enrolled.capOverrideReason).toBe('Sibling of a current participant.');
    expect((await t.ok('pairs.list', {}))[0]).toMatchObject({ caseload: 2, cap: 1 });
    await signInAs(t, TEAM.supervisor);
    const { entries } = await t.ok('audit.list', { log: 'records', limit: 100, action: 'caseload.capOverride' });
    expect(entries[0]).toMatchObject({ actorName: TEAM.supervisor.displayName, detail: { cap: 1, caseload: 2 } });
    expect(JSON.stringify(entries[0])).not.toContain('Sibling');
  });

  it('links a returning person by name and date of birth, or by alias, instead of duplicating them', async () => {
    const first = await readyReferral(t, JORDAN, hourAgo);
    const participant = await t.ok('participants.enroll', { referralId: first, pairId });
    await t.ok('assessments.save', { participantId: participant.id, assessment: SAMPLE_ASSESSMENT });

    expect(await t.ok('people.matches', { name: 'jordan  TESTCASE', dateOfBirth: JORDAN.dateOfBirth })).toMatchObject([
      { matchedOn: 'name_and_birth_date', participant: { id: participant.id, stage: 'active' } },
    ]);
    expect(await t.ok('people.matches', { name: 'JT', dateOfBirth: JORDAN.dateOfBirth })).toMatchObject([{ matchedOn: 'alias' }]);
    expect(
      await t.call('referrals.create', {
        person: { name: 'Jordan Testcase', dateOfBirth: JORDAN.dateOfBirth },
        referral: arrestReferral(hourAgo),
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('already an active participant') },
    });
    expect((await t.ok('people.search', { query: 'jor' })).hits.length).toBe(1);
  });

  it('re-enrolls an exited person on the same record, keeping the earlier assessment and the whole timeline', async () => {
    const firstReferral = await readyReferral(t, JORDAN, hourAgo);
    const participant = await t.ok('participants.enroll', { referralId: firstReferral, pairId });
    await t.ok('assessments.save', { participantId: participant.id, assessment: SAMPLE_ASSESSMENT });
    withDatabase(t, recoveryKey, (db) => db.prepare(`UPDATE participants SET stage = 'exited' WHERE id = ?`).run(participant.id));

    const secondReferral = await readyReferral(t, JORDAN, hourAgo);
    expect((await t.ok('referrals.get', { id: secondReferral })).personId).toBe(participant.personId);
    const again = await t.ok('participants.enroll', { referralId: secondReferral, pairId });
    expect(again).toMatchObject({ id: participant.id, stage: 'awaiting_intake', assessment: null, assessmentCompletedAt: null });
    expect(again.referrals.map((referral) => referral.id).sort()).toEqual([firstReferral, secondReferral].sort());
    expect(again.timeline.filter((event) => event.kind === 'participant.enrolled').map((event) => event.summary)).toEqual([
      expect.stringMatching(/^Re-enrolled/),
      expect.stringMatching(/^Enrolled/),
    ]);
    const kept = withDatabase(t, recoveryKey, (db) => db.prepare('SELECT referral_id FROM assessments').pluck().all());
    expect(kept).toEqual([firstReferral]);
  });

  it('finds people as you type by name, preferred name, alias or date of birth, and treats query syntax as text', async () => {
    const participant = await t.ok('participants.enroll', { referralId: await readyReferral(t, JORDAN, hourAgo), pairId });
    await t.ok('assessments.save', {
      participantId: participant.id,
      assessment: { ...SAMPLE_ASSESSMENT, preferredName: 'Jojo', aliases: ['Tee Bird'] },
    });
    await readyReferral(t, { name: 'Riley Sampleton', dateOfBirth: '1985-01-30' }, hourAgo);
    const names = async (query: string) => (await t.ok('people.search', { query })).hits.map((hit) => hit.name);
    expect(await names('jo')).toEqual(['Jordan Testcase']);
    expect(await names('Jojo')).toEqual(['Jordan Testcase']);
    expect(await names('tee bi')).toEqual(['Jordan Testcase']);
    expect(await names('1985-01-30')).toEqual(['Riley Sampleton']);
    expect(await names('1/30/1985')).toEqual(['Riley Sampleton']);
    expect(await names('samp')).toEqual(['Riley Sampleton']);
    expect(await names('" OR * NEAR(')).toEqual([]);
    expect(await names('')).toEqual([]);
  });

  it('refuses bad input with a clear message and saves nothing', async () => {
    const future = new Date(t.clock.now().getTime() + 86_400_000).toISOString();
    const cases: [unknown, string][] = [
      [{ person: JORDAN, referral: arrestReferral(future) }, 'referral.occurredAt'],
      [{ person: JORDAN, referral: arrestReferral(hourAgo, { offenses: ['misdemeanor_trespass'] }) }, 'referral.approval'],
      [{ person: { ...JORDAN, name: '<script>alert(1)</script>' }, referral: arrestReferral(hourAgo) }, 'person.name'],
      [
        { person: JORDAN, referral: arrestReferral(hourAgo, { officer: { name: 'x'.repeat(5000), badge: '1', unit: 'u' } }) },
        'referral.officer.name',
      ],
    ];
    for (const [input, field] of cases) {
      const reply = await t.core.invoke('referrals.create', input);
      expect(reply, field).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      if (!reply.ok) expect(Object.keys(reply.error.fields ?? {}).join(' '), field).toContain(field);
    }
    const referral = await t.ok('referrals.create', { person: JORDAN, referral: arrestReferral(hourAgo) });
    const young = await t.ok('referrals.screen', {
      referralId: referral.id,
      dateOfBirth: localDate(new Date(t.clock.now().getTime() - 17 * 365 * 86_400_000)),
      exclusions: ALL_NO,
    });
    expect(young.eligibility!.result).toMatchObject({ status: 'ineligible', reasons: [{ code: 'under_18' }] });
    expect((await t.ok('referrals.list', {})).referrals.length).toBe(1);
  });

  it('keeps a draft per person until it is discarded', async () => {
    await t.ok('drafts.save', { key: 'referral:new', data: { name: 'Half typed' } });
    await t.ok('drafts.save', { key: 'referral:new', data: { name: 'Half typed name' } });
    expect(await t.ok('drafts.get', { key: 'referral:new' })).toMatchObject({ data: { name: 'Half typed name' } });
    await signInAs(t, TEAM.supervisor);
    expect(await t.ok('drafts.get', { key: 'referral:new' })).toEqual({ data: null, updatedAt: null });
    await signInAs(t, TEAM.caseManager);
    await t.ok('drafts.discard', { key: 'referral:new' });
    expect((await t.ok('drafts.get', { key: 'referral:new' })).data).toBeNull();
    expect(await t.call('drafts.save', { key: 'referral:new', data: { blob: 'x'.repeat(200_000) } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });

  it('keeps participant data from administrators and intake writes from peers', async () => {
    await signInAdmin(t);
    expect(await t.call('participants.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await signInAs(t, TEAM.peer);
    expect(await t.call('participants.list', {})).toMatchObject({ ok: true });
    expect(await t.call('referrals.create', { person: JORDAN, referral: arrestReferral(hourAgo) })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('revokes a consent only as the rules allow', async () => {
    const participant = await t.ok('participants.enroll', { referralId: await readyReferral(t, JORDAN, hourAgo), pairId });
    const today = localDate(t.clock.now());
    const consent = await t.ok('consents.create', {
      participantId: participant.id,
      consent: {
        patientName: JORDAN.name,
        discloser: 'LEAD case management team',
        recipients: [{ recipient: { kind: 'states_attorney' }, scope: 'status' }],
        purpose: 'Case status for the prosecutor',
        rightToRevokeAcknowledged: true,
        expiry: { kind: 'event', event: 'Leaving LEAD' },
        signedOn: today,
        witness: 'Casey Casework',
        irrevocableUntil: addDays(today, 10),
      },
    });
    expect(await t.call('consents.revoke', { consentId: consent.id, revokedOn: today })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('irrevocable until') },
    });
    t.clock.advanceMinutes(11 * 24 * 60);
    const later = localDate(t.clock.now());
    await t.ok('session.signIn', { username: TEAM.caseManager.username, password: TEAM.caseManager.password });
    expect(await t.ok('consents.revoke', { consentId: consent.id, revokedOn: later })).toMatchObject({ status: 'revoked' });
    expect((await t.ok('participants.get', { id: participant.id })).consent).toBe('revoked');
  });
});
