import { REDISCLOSURE_NOTICE } from '../../shared/domain/disclosure';
import { APP_URL, test, expect } from './harness';
import { PROGRAM } from './helpers/desk';
import { JORDAN, STAFF, arrangeTeam, recordsAudit, enroll, localDay, openParticipant, signInCore } from './helpers/participant-arrange';
import { readPdf, words } from './helpers/pdf';
import { fullConsent, recordConsent } from './helpers/participant-records';

test('the consent form and the Part 2 notice print as PDFs with every element, and each print is audited', async ({ app }, testInfo) => {
  const { page } = app;
  const { pairId } = await arrangeTeam(app);
  const id = await enroll(app, pairId, JORDAN);
  const consent = fullConsent(app, JORDAN.name);
  const consentId = await recordConsent(app, id, consent);
  await app.open();
  await openParticipant(page, 'Jordan Testcase');

  const card = page.getByRole('article', { name: /Consent signed/ });
  await card.getByRole('button', { name: 'Print consent form' }).click();
  await expect(card.getByRole('status')).toHaveText('Sent to the printer');
  expect(app.printed).toHaveLength(1);
  expect(app.printed[0]).toMatchObject({
    path: `print/consent-form/${consentId}`,
    title: 'LEAD consent to release information',
    destination: 'printer',
  });

  const form = readPdf(app.printed[0]!.pdf, testInfo.outputPath('consent-form.pdf'));
  expect(form.pages.length).toBeGreaterThanOrEqual(1);
  expect(form.text).toContain(PROGRAM);
  expect(form.text).toContain('Consent to release information');
  expect(form.text).toContain(`Participant ${JORDAN.name}`);
  expect(form.text).toContain('Who may disclose Central District LEAD case management team');
  expect(form.text).toContain(`Purpose of the disclosure ${consent.purpose}`);
  for (const [recipient, scope] of [
    ['Baltimore Police Department', 'Enrollment and engagement status only'],
    ["State's Attorney's Office", 'Progress and next steps'],
    ['Office of the Public Defender', 'Progress and next steps'],
    ['Behavioral Health System Baltimore (BHSB)', 'Enrollment and engagement status only'],
    ['Sample Recovery Clinic', 'Clinical and substance-use detail'],
  ]) {
    expect(form.text).toMatch(new RegExp(`${recipient!.replace(/[()]/g, '\\$&')} ${scope}`));
  }
  const expiresOn = new Date(`${localDay(app.clock.now(), 365)}T12:00:00`).toLocaleDateString('en-US', { dateStyle: 'medium' });
  expect(form.text).toContain(`This consent expires at the end of ${expiresOn}`);
  expect(form.text).toContain('I understand that I may revoke this consent in writing at any time');
  expect(form.text).toContain('cannot be revoked before');
  expect(form.text).toContain('(42 CFR 2.35)');
  expect(form.text).toContain(`Signature of participant (${JORDAN.name})`);
  expect(form.text).toContain(`Signature of witness (${STAFF.caseManager.displayName})`);
  expect(form.text).toContain('This record which has been disclosed to you is protected by Federal confidentiality rules (42 CFR part 2).');
  // The 42 CFR 2.32 notice, word for word.
  expect(form.text).toContain(words(REDISCLOSURE_NOTICE));

  // The second choice: a PDF the person saves.
  await page.getByRole('button', { name: 'Save as PDF: Part 2 notice' }).click();
  await expect(page.getByRole('region', { name: 'Summary' }).getByRole('status')).toHaveText('Saved');
  expect(app.printed).toHaveLength(2);
  expect(app.printed[1]).toMatchObject({
    path: `print/part2-notice/${id}`,
    title: 'Notice of federal confidentiality protections',
    destination: 'pdf',
  });
  const notice = readPdf(app.printed[1]!.pdf, testInfo.outputPath('part2-notice.pdf'));
  expect(notice.text).toContain(PROGRAM);
  expect(notice.text).toContain(`Given to: ${JORDAN.name}`);
  expect(notice.text).toContain('Federal law and regulations protect the confidentiality of substance use disorder patient records');
  expect(notice.text).toContain('United States Attorney for the judicial district');
  expect(notice.text).toContain('Substance Abuse and Mental Health Services Administration (SAMHSA)');
  expect(notice.text).toContain('reports of suspected child abuse or neglect');
  expect(notice.text).toContain('42 U.S.C. 290dd-2');
  expect(notice.text).toContain('42 CFR Part 2');
  expect(notice.text).toContain(`Signature of participant (${JORDAN.name})`);
  await app.screenshot('participant after printing');

  // A print is a disclosure: recorded with what was printed and by whom.
  const printed = await recordsAudit(app, 'print.document');
  expect(printed).toHaveLength(2);
  expect(printed.every((entry) => entry.actorName === STAFF.caseManager.displayName && entry.subjectId === String(id))).toBe(true);
  expect(printed.map((entry) => entry.detail)).toEqual(
    expect.arrayContaining([
      { document: 'consent-form', consentId },
      { document: 'part2-notice', participantId: id },
    ]),
  );
});

test('a peer reads the record and prints, but cannot write; a print route shows nothing without a session', async ({ app }) => {
  const { page } = app;
  const { pairId } = await arrangeTeam(app);
  const id = await enroll(app, pairId, JORDAN);
  const consentId = await recordConsent(app, id, fullConsent(app, JORDAN.name, { irrevocableUntil: null }));
  await signInCore(app, STAFF.peer);
  await app.open();
  await openParticipant(page, 'Jordan Testcase');
  await expect(page.getByRole('button', { name: /intake assessment/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Record a consent' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Revoke…' })).toHaveCount(0);
  await app.screenshot('participant as peer');
  await page.getByRole('button', { name: 'Print consent form' }).click();
  await expect(page.getByRole('article', { name: /Consent signed/ }).getByRole('status')).toHaveText('Sent to the printer');
  expect(app.printed.map((doc) => doc.path)).toEqual([`print/consent-form/${consentId}`]);

  // Signed out, a print route prints nothing and says why.
  await app.core.invoke('session.signOut', {});
  await page.goto(`${APP_URL}print/consent-form/${consentId}`);
  await expect(page.getByRole('alert')).toHaveText(
    'This document cannot be printed: no one is signed in to LEAD Desk. Sign in, then print again.',
  );
  await expect(page.locator('body')).not.toContainText(JORDAN.name);
  await expect(page.locator('body')).not.toHaveAttribute('data-print-ready', 'true');
  // The printer is told at once, rather than waiting for a page that will never be ready.
  await expect(page.locator('body')).toHaveAttribute('data-print-problem', /no one is signed in/);
  await app.screenshot('print route signed out');
});
