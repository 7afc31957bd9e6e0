import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { test, expect, type TestApp } from './harness';
import { JORDAN, arrangeTeam, enroll, openParticipant, signInAgain } from './helpers/participant-arrange';
import { fullConsent, recordConsent } from './helpers/participant-records';
import { TRAINING, TRAINING_MARK, consentedParticipant } from './helpers/training-arrange';

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text of each page of a PDF (pdftotext, one page at a time), kept with the test's output. */
function pdfPages(pdf: Buffer, file: string): string[] {
  writeFileSync(file, pdf);
  const info = execFileSync('/usr/bin/pdfinfo', [file], { encoding: 'utf8' });
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  expect(count).toBeGreaterThanOrEqual(1);
  return Array.from({ length: count }, (_, i) =>
    words(execFileSync('/usr/bin/pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' })),
  );
}

async function printConsentForm(app: TestApp): Promise<void> {
  const card = app.page.getByRole('article', { name: /Consent signed/ }).first();
  await card.getByRole('button', { name: 'Print consent form' }).click();
  await expect(card.getByRole('status')).toHaveText('Sent to the printer');
}

test.describe('the training desk', () => {
  test.use({ training: true });

  test('a printout says on every page that it is training and the person invented', async ({ app }, testInfo) => {
    const participant = await consentedParticipant(app);
    await app.open();
    await signInAgain(app.page, { username: TRAINING.caseManager, password: TRAINING.password });
    await openParticipant(app.page, participant.name);
    await printConsentForm(app);

    expect(app.printed).toHaveLength(1);
    const pages = pdfPages(app.printed[0]!.pdf, testInfo.outputPath('training-consent-form.pdf'));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    // The mark in the document itself, above the title...
    expect(pages[0]).toMatch(
      new RegExp(`${TRAINING_MARK}\\. Printed on the LEAD Desk training desk: not a real record\\..*Consent to release information`),
    );
    expect(pages[0]).toContain(`Participant ${participant.name}`);
    // ...and in the margins of every page, so no page passes for a real record on its own.
    for (const text of pages) {
      expect(text.startsWith(TRAINING_MARK)).toBe(true);
      expect(text).toContain(`${TRAINING_MARK} · not a real record`);
    }
  });
});

test('a printout from a real desk carries no training mark', async ({ app }, testInfo) => {
  const { pairId } = await arrangeTeam(app);
  const id = await enroll(app, pairId, JORDAN);
  await recordConsent(app, id, fullConsent(app, JORDAN.name));
  await app.open();
  await openParticipant(app.page, JORDAN.name);
  await printConsentForm(app);

  const pages = pdfPages(app.printed[0]!.pdf, testInfo.outputPath('real-consent-form.pdf'));
  expect(pages[0]).toContain(`Participant ${JORDAN.name}`);
  for (const text of pages) expect(text).not.toContain('TRAINING');
});
