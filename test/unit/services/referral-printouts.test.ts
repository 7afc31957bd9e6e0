import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PRINT_WINDOW } from '../../../electron/ipc/window-scope';
import { localDate } from '../../../electron/local-date';
import { PrintViewProblem, type PrintOutcome, type Printer } from '../../../electron/print/printer';
import { loadSyntheticDirectory, syntheticDirectory } from '../../../electron/synthetic/synthetic-directory';
import { forbiddenOnSlip } from '../../../shared/domain/referral-slip';
import type { ShareLevel } from '../../../shared/domain/share-levels';
import type { ChannelInput } from '../../../shared/ipc/contract';
import type { ProviderLetter } from '../../../shared/ipc/referral-printouts-contract';
import type { PrintJob } from '../../../shared/print-jobs';
import { completeAssessment, enrollPerson } from '../../support/caseload';
import { makeCore, setUpDesk, withDatabase, type CoreUnderTest } from '../../support/core';
import { TEAM, setUpTeam, signInAdmin, signInAs } from '../../support/intake';

const JORDAN = { name: 'Jordan Testcase', dateOfBirth: '1990-05-12' };
const SHELTER = 'Drop-in Shelter Intake (fictional)';

type Referral = ChannelInput<'services.refer'>['referral'];

describe('a service referral’s slip, wallet card and provider letter', () => {
  let t: CoreUnderTest;
  let recoveryKey: string;
  let jordan: number;
  let jobs: { path: string; title: string }[];
  let outcome: PrintOutcome;
  /** Set: the print view says it cannot be printed as asked (its words do not fit), as PrintRoute does. */
  let viewProblem: string | null;
  const printer: Printer = {
    print: async (job) => {
      jobs.push(job);
      if (viewProblem !== null) throw new PrintViewProblem(viewProblem);
      return outcome;
    },
  };

  const inHours = (hours: number) => new Date(t.clock.now().getTime() + hours * 3_600_000).toISOString();
  const print = (job: PrintJob) => t.call('print.document', { job, destination: 'printer' });
  const rows = (sql: string) => withDatabase(t, recoveryKey, (db) => db.prepare(sql).all());

  async function referToShelter(referral: Partial<Referral> = {}) {
    const { rows: found } = await t.ok('directory.search', {
      text: '',
      need: null,
      attributes: ['walk_in', 'no_id_needed'],
      capacity: null,
    });
    const shelter = found.find((row) => row.serviceName === SHELTER)!;
    const record = await t.ok('services.refer', {
      participantId: jordan,
      referral: {
        need: 'housing',
        provider: 'typed over by the directory',
        serviceAtLocationId: shelter.serviceAtLocationId,
        referredOn: localDate(t.clock.now()),
        handoff: 'slip_only',
        appointmentAt: inHours(26),
        askFor: 'the front desk',
        bring: 'nothing; no ID is needed',
        ...referral,
      },
    });
    return { referral: record.serviceReferrals[0]!, organization: shelter.organizationName };
  }

  async function consentNaming(name: string, scope: ShareLevel) {
    await signInAs(t, TEAM.caseManager);
    await t.ok('consents.create', {
      participantId: jordan,
      consent: {
        patientName: JORDAN.name,
        discloser: 'LEAD case management team',
        recipients: [{ recipient: { kind: 'provider', name }, scope }],
        purpose: 'Coordinating the referral',
        rightToRevokeAcknowledged: true,
        expiry: { kind: 'event', event: 'Leaving LEAD' },
        signedOn: localDate(t.clock.now()),
        witness: 'Casey Casework',
      },
    });
    await signInAs(t, TEAM.peer);
  }

  beforeEach(async () => {
    jobs = [];
    outcome = 'printed';
    viewProblem = null;
    t = makeCore({ printer });
    recoveryKey = await setUpDesk(t);
    const { pairId } = await setUpTeam(t);
    jordan = await enrollPerson(t, JORDAN, pairId, new Date(t.clock.now().getTime() - 3_600_000).toISOString());
    await completeAssessment(t, jordan, JORDAN);
    await loadSyntheticDirectory((entry) => t.ok('directory.save', entry), localDate(t.clock.now()));
    await signInAdmin(t);
    const peer = (await t.ok('staff.list', {})).find((member) => member.username === TEAM.peer.username)!;
    await t.ok('staff.update', { id: peer.id, displayName: peer.displayName, role: peer.role, workPhone: '410-555-0107' });
    await signInAs(t, TEAM.peer);
  });
  afterEach(() => t.dispose());

  it('names a provider chosen from the directory as the directory does, and keeps the link', async () => {
    const { referral, organization } = await referToShelter();
    expect(referral.provider).toBe(organization);
    expect(rows(`SELECT service_at_location_id IS NOT NULL AS linked FROM service_referrals`)).toEqual([{ linked: 1 }]);
    // The record names the place it goes to, as the directory does.
    expect(referral.place).toEqual({
      service: 'Drop-in Shelter Intake (fictional)',
      organization,
      where: expect.stringContaining('101 Sample Harbor St.'),
    });
    const gone = await t.call('services.refer', {
      participantId: jordan,
      referral: {
        need: 'housing',
        provider: 'x',
        serviceAtLocationId: 'sal-gone',
        referredOn: localDate(t.clock.now()),
        handoff: 'slip_only',
      },
    });
    expect(gone).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', fields: { 'referral.serviceAtLocationId': expect.any(String) } } });
    expect(rows('SELECT count(*) AS n FROM service_referrals')).toEqual([{ n: 1 }]);
  });

  it('links an open referral typed by name once one place in the directory carries that name, on the next directory write', async () => {
    const typed = async (provider: string) => {
      const record = await t.ok('services.refer', {
        participantId: jordan,
        referral: { need: 'housing', provider, referredOn: localDate(t.clock.now()), handoff: 'slip_only' },
      });
      return record.serviceReferrals[0]!.id; // newest first
    };
    const linkOf = (id: number) =>
      (rows(`SELECT service_at_location_id AS place FROM service_referrals WHERE id = ${id}`)[0] as { place: string | null }).place;
    const harbor = await typed(' harbor  light HOUSING (fictional)');
    const closed = await typed('Harbor Light Housing (fictional)');
    await t.ok('services.update', { serviceReferralId: closed, change: { to: 'closed', source: 'peer', outcome: 'referred_elsewhere' } });
    const nowhere = await typed('Nowhere Clinic (fictional)');
    expect([linkOf(harbor), linkOf(closed), linkOf(nowhere)]).toEqual([null, null, null]);
    const placeOf = async (id: number) => (await t.ok('participants.get', { id: jordan })).serviceReferrals.find((r) => r.id === id)!.place;
    expect(await placeOf(harbor)).toBeNull();
    const before = await t.ok('services.printout', { serviceReferralId: harbor, language: 'en' });
    expect(before.slip.some((line) => line.fact === 'address')).toBe(false);

    // The next directory write (any entry: another provider's here) links the open one whose name one place carries.
    await signInAs(t, TEAM.caseManager);
    const [shelterEntry, clinicEntry] = syntheticDirectory(localDate(t.clock.now()));
    await t.ok('directory.save', clinicEntry!);
    const { rows: found } = await t.ok('directory.search', { text: 'Drop-in Shelter', need: null, attributes: [], capacity: null });
    expect(linkOf(harbor)).toBe(found[0]!.serviceAtLocationId);
    expect([linkOf(closed), linkOf(nowhere)]).toEqual([null, null]);
    await signInAs(t, TEAM.peer);
    expect(await placeOf(harbor)).toMatchObject({ service: 'Drop-in Shelter Intake (fictional)' });
    const after = await t.ok('services.printout', { serviceReferralId: harbor, language: 'en' });
    expect(after.slip.filter((line) => line.fact === 'address').map((line) => line.text)).toEqual([
      expect.stringContaining('101 Sample Harbor St.'),
    ]);

    // A second place under the same organization's name: a name two places carry stays typed.
    const shared = await typed('Harbor Light Housing (fictional)');
    await signInAs(t, TEAM.caseManager);
    const second = { ...shelterEntry!, service: { ...shelterEntry!.service, name: 'Second Shelter Door (fictional)' } };
    await t.ok('directory.save', second);
    expect(linkOf(shared)).toBeNull();
    expect(linkOf(harbor)).toBe(found[0]!.serviceAtLocationId);
  });

  it('makes the slip from the directory and the referral: first name, place, time, what to ask and bring, both phones', async () => {
    const { referral, organization } = await referToShelter();
    const { slip, card } = await t.ok('services.printout', { serviceReferralId: referral.id, language: 'en' });
    const text = slip.map((line) => line.text);
    expect(text[0]).toBe('Your next step');
    expect(text).toContain('For Jo'); // the preferred name the assessment recorded
    expect(text).toContain(`Go to ${organization}.`);
    expect(text.find((line) => line.startsWith('When: '))).toMatch(/^When: \w+day, \w+ \d{1,2}, at \d{1,2}:\d{2} [AP]M\.$/);
    expect(text).toContain('Ask for the front desk.');
    expect(text).toContain('Questions? Call Pat at 410-555-0107.');
    expect(slip.some((line) => line.fact === 'address')).toBe(true);
    expect(slip.some((line) => line.fact === 'providerPhone')).toBe(true);
    expect(text.join(' ')).not.toContain('Testcase');
    expect(card.at(-1)!.text).toBe('Need help now? Call or text 988.');
    expect(forbiddenOnSlip([...slip, ...card])).toEqual([]);
    // The hidden print window, which may call only what print views read, reads it in Spanish.
    const printWindow = t.core.connect(PRINT_WINDOW);
    const spanish = await printWindow.invoke('services.printout', { serviceReferralId: referral.id, language: 'es' });
    expect(spanish).toMatchObject({ ok: true, value: { slip: expect.arrayContaining([{ fact: 'heading', text: 'Su próximo paso' }]) } });
  });

  it('prints the slip and the card as logged disclosures, on the audit log and the timeline, and can print again', async () => {
    const { referral } = await referToShelter();
    const slip: PrintJob = { document: 'referral-slip', serviceReferralId: referral.id, language: 'es', layout: 'four-up' };
    // Each reply carries the record with the printout's line on top of the timeline, for the page to show.
    const printedLines = (reply: Awaited<ReturnType<typeof print>>) =>
      reply.ok ? reply.value.record?.timeline.filter((line) => line.kind === 'service.printed').map((line) => line.summary) : reply.error;
    const first = await print(slip);
    expect(first).toMatchObject({ ok: true, value: { outcome: 'printed', record: { id: jordan } } });
    expect(printedLines(first)).toEqual([expect.stringMatching(/^Referral slip for the referral to .* printed \(Spanish/)]);
    expect(printedLines(await print(slip))).toHaveLength(2);
    expect(await print({ document: 'wallet-card', serviceReferralId: referral.id, language: 'en' })).toMatchObject({ ok: true });
    expect(jobs.map((job) => [job.path, job.title])).toEqual([
      [`print/referral-slip/${referral.id}/es/four-up`, 'Your next step'],
      [`print/referral-slip/${referral.id}/es/four-up`, 'Your next step'],
      [`print/wallet-card/${referral.id}/en`, 'Wallet card'],
    ]);
    expect(rows(`SELECT summary FROM person_events WHERE kind = 'service.printed' ORDER BY id`)).toEqual([
      { summary: expect.stringMatching(/^Referral slip for the referral to .* printed \(Spanish/) },
      { summary: expect.stringMatching(/^Referral slip/) },
      { summary: expect.stringMatching(/^Wallet card .* \(English\)/) },
    ]);
    await signInAs(t, TEAM.supervisor);
    const { entries } = await t.ok('audit.list', { log: 'records', limit: 50, action: 'print.document' });
    expect(entries.map((entry) => entry.detail)).toContainEqual({ ...slip, destination: 'printer' });
  });

  it('takes the timeline line back when the print dialog is cancelled, and keeps both in the audit log', async () => {
    const { referral } = await referToShelter();
    outcome = 'cancelled';
    const reply = await print({ document: 'referral-slip', serviceReferralId: referral.id, language: 'en', layout: 'half-letter' });
    expect(reply).toMatchObject({ ok: true, value: { outcome: 'cancelled', record: { id: jordan } } });
    if (reply.ok) expect(reply.value.record!.timeline.map((line) => line.kind)).not.toContain('service.printed');
    expect(rows(`SELECT count(*) AS n FROM person_events WHERE kind = 'service.printed'`)).toEqual([{ n: 0 }]);
    await signInAs(t, TEAM.supervisor);
    const { entries } = await t.ok('audit.list', { log: 'records', limit: 50 });
    expect(entries.map((entry) => entry.action)).toEqual(expect.arrayContaining(['print.document', 'print.cancelled']));
  });

  it('says why when the print view cannot print the slip as asked, taking the timeline line back', async () => {
    const { referral } = await referToShelter();
    viewProblem = 'the slip’s words do not fit four to a sheet. Print it on half a letter sheet.';
    const reply = await print({ document: 'referral-slip', serviceReferralId: referral.id, language: 'en', layout: 'four-up' });
    expect(reply).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: 'Nothing was printed: the slip’s words do not fit four to a sheet. Print it on half a letter sheet.',
      },
    });
    expect(rows(`SELECT count(*) AS n FROM person_events WHERE kind = 'service.printed'`)).toEqual([{ n: 0 }]);
    await signInAs(t, TEAM.supervisor);
    const { entries } = await t.ok('audit.list', { log: 'records', limit: 50 });
    expect(entries.map((entry) => entry.action)).toEqual(expect.arrayContaining(['print.document', 'print.refused']));
  });

  it('refuses a slip that would say police, naming the field to change, and prints nothing', async () => {
    const { referral } = await referToShelter({ askFor: 'Officer Sample at the police desk' });
    const refused = await print({ document: 'referral-slip', serviceReferralId: referral.id, language: 'en', layout: 'half-letter' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('“who to ask for” has “police”') },
    });
    expect(jobs).toEqual([]);
    expect(rows(`SELECT count(*) AS n FROM person_events WHERE kind = 'service.printed'`)).toEqual([{ n: 0 }]);
  });

  it('prints the provider letter only under an active consent naming that provider at progress, saying why not otherwise', async () => {
    const { referral, organization } = await referToShelter();
    const letter: PrintJob = { document: 'provider-letter', serviceReferralId: referral.id };
    expect(await print(letter)).toMatchObject({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        message: `No consent of this participant names ${organization}. Without such a consent, print the slip instead.`,
      },
    });
    await consentNaming(organization, 'status');
    expect(await print(letter)).toMatchObject({ ok: false, error: { message: expect.stringContaining('does not let') } });
    expect(jobs).toEqual([]);
    // A typed name matches as the team writes it: spacing and case aside.
    await consentNaming(`  ${organization.toUpperCase()} `, 'progress');
    expect(await print(letter)).toMatchObject({ ok: true, value: { outcome: 'printed', record: { id: jordan } } });
    const read = await t.core.connect(PRINT_WINDOW).invoke('services.providerLetter', { serviceReferralId: referral.id });
    if (!read.ok) throw new Error(read.error.message);
    const view = read.value as ProviderLetter;
    expect(view).toMatchObject({ provider: organization, participantName: JORDAN.name, consent: { scope: 'progress' } });
    expect(rows(`SELECT summary FROM person_events WHERE kind = 'service.printed'`)).toEqual([
      { summary: `Referral letter to ${organization} printed, under consent #${view.consent.id}.` },
    ]);
  });
});
