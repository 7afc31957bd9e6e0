import { afterEach, describe, expect, it } from 'vitest';
import { localDate } from '../../../electron/local-date';
import { PrintViewProblem, type Printer } from '../../../electron/print/printer';
import { makeCore, setUpDesk, type CoreUnderTest } from '../../support/core';
import { TEAM, readyReferral, setUpTeam, signInAs } from '../../support/intake';

describe('print.document', () => {
  let t: CoreUnderTest;
  afterEach(() => t.dispose());

  async function enrolledWithConsent(printer?: Printer, training = false) {
    t = makeCore({ printer, training });
    await setUpDesk(t);
    const { pairId } = await setUpTeam(t);
    const hourAgo = new Date(t.clock.now().getTime() - 3_600_000).toISOString();
    const participant = await t.ok('participants.enroll', {
      referralId: await readyReferral(t, { name: 'Jordan Testcase', dateOfBirth: '1990-05-12' }, hourAgo),
      pairId,
    });
    const consent = await t.ok('consents.create', {
      participantId: participant.id,
      consent: {
        patientName: 'Jordan Testcase',
        discloser: 'LEAD case management team',
        recipients: [{ recipient: { kind: 'bhsb' }, scope: 'status' }],
        purpose: 'Program oversight',
        rightToRevokeAcknowledged: true,
        expiry: { kind: 'event', event: 'Leaving LEAD' },
        signedOn: localDate(t.clock.now()),
        witness: 'Casey Casework',
      },
    });
    return { participantId: participant.id, consentId: consent.id };
  }

  it("names a training desk's printout as training, so it is never saved under a real one's name", async () => {
    const jobs: { path: string; title: string }[] = [];
    const { participantId } = await enrolledWithConsent({ print: async (job) => (jobs.push(job), 'saved') }, true);
    await t.ok('print.document', { job: { document: 'part2-notice', participantId }, destination: 'pdf' });
    expect(jobs[0]!.title).toBe('TRAINING Notice of federal confidentiality protections');
  });

  it('says why when the print view cannot print, and audits that nothing left the desk', async () => {
    const { participantId } = await enrolledWithConsent({
      print: async () => {
        throw new PrintViewProblem('its data could not be read.');
      },
    });
    expect(await t.call('print.document', { job: { document: 'part2-notice', participantId }, destination: 'printer' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'Nothing was printed: its data could not be read.' },
    });
    await signInAs(t, TEAM.supervisor);
    const { entries } = await t.ok('audit.list', { log: 'records', limit: 50 });
    expect(entries.map((entry) => entry.action)).toEqual(expect.arrayContaining(['print.document', 'print.refused']));
    expect(entries.find((entry) => entry.action === 'print.refused')).toMatchObject({ detail: { document: 'part2-notice' } });
  });

  async function printAudit() {
    await signInAs(t, TEAM.supervisor);
    const { entries } = await t.ok('audit.list', { log: 'records', limit: 50, action: 'print.document' });
    await signInAs(t, TEAM.caseManager);
    return entries;
  }

  it('hands the printer the route and a title with no participant data, after auditing the disclosure', async () => {
    const jobs: { path: string; title: string }[] = [];
    const { participantId, consentId } = await enrolledWithConsent({ print: async (job) => (jobs.push(job), 'saved') });
    expect(await t.ok('print.document', { job: { document: 'consent-form', consentId }, destination: 'pdf' })).toEqual({
      outcome: 'saved',
      record: null,
    });
    expect(await t.ok('print.document', { job: { document: 'part2-notice', participantId }, destination: 'pdf' })).toEqual({
      outcome: 'saved',
      record: null,
    });
    expect(jobs).toEqual([
      { path: `print/consent-form/${consentId}`, title: 'LEAD consent to release information', destination: 'pdf' },
      { path: `print/part2-notice/${participantId}`, title: 'Notice of federal confidentiality protections', destination: 'pdf' },
    ]);
    expect(await printAudit()).toMatchObject([
      { actorName: TEAM.caseManager.displayName, subjectId: String(participantId), detail: { document: 'part2-notice' } },
      { subjectId: String(participantId), detail: { document: 'consent-form', consentId } },
    ]);
  });

  it('keeps the audit entry when the printer fails, and says so plainly', async () => {
    const { consentId } = await enrolledWithConsent({ print: async () => Promise.reject(new Error('printer on fire')) });
    expect(await t.call('print.document', { job: { document: 'consent-form', consentId }, destination: 'pdf' })).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
    expect(await printAudit()).toHaveLength(1);
  });

  it('refuses an unknown record without printing, and explains a machine without a printer', async () => {
    const jobs: unknown[] = [];
    await enrolledWithConsent({ print: async (job) => (jobs.push(job), 'saved') });
    expect(await t.call('print.document', { job: { document: 'consent-form', consentId: 999 }, destination: 'pdf' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(jobs).toEqual([]);
    t.dispose();
    const { consentId } = await enrolledWithConsent();
    expect(await t.call('print.document', { job: { document: 'consent-form', consentId }, destination: 'pdf' })).toMatchObject({
      ok: false,
      error: { message: 'Printing is not available on this computer.' },
    });
  });
});
