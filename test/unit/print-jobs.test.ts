import { describe, expect, it } from 'vitest';
import { PRINT_TITLES, parsePrintPath, printPath, type PrintJob } from '../../shared/print-jobs';

describe('print jobs and their routes', () => {
  const jobs: PrintJob[] = [
    { document: 'consent-form', consentId: 7 },
    { document: 'part2-notice', participantId: 12 },
    { document: 'meeting-minutes', attendeeId: 3 },
    { document: 'referral-slip', serviceReferralId: 5, language: 'es', layout: 'four-up' },
    { document: 'wallet-card', serviceReferralId: 5, language: 'en' },
    { document: 'provider-letter', serviceReferralId: 5 },
  ];

  it('names each job by a route that parses back to the same job', () => {
    expect(jobs.map(printPath)).toEqual([
      'print/consent-form/7',
      'print/part2-notice/12',
      'print/meeting-minutes/3',
      'print/referral-slip/5/es/four-up',
      'print/wallet-card/5/en',
      'print/provider-letter/5',
    ]);
    for (const job of jobs) {
      expect(parsePrintPath(printPath(job))).toEqual(job);
      expect(parsePrintPath(`/${printPath(job)}/`)).toEqual(job);
    }
  });

  it('refuses a route that names no job', () => {
    for (const path of [
      'print/meeting-minutes/0',
      'print/meeting-minutes/abc',
      '/print/meeting-minutes/abc',
      'print/meeting-minutes/',
      'print/meeting-minutes/-3',
      'print/meeting-minutes/3/4',
      'print/meeting-minutes/99999999999999999999',
      'print/minutes/3',
      'print/consent-form/0',
      'meeting-minutes/3',
      'print/referral-slip/5',
      'print/referral-slip/5/fr/four-up',
      'print/referral-slip/5/es/eight-up',
      'print/referral-slip/5/es/four-up/x',
      'print/wallet-card/5/en/half-letter',
      'print/provider-letter/5/en',
      'print/consent-form/7/en',
      'print/constructor/7',
      'print/__proto__/7',
    ]) {
      expect(parsePrintPath(path), path).toBeNull();
    }
  });

  it('titles every document without participant data, and what the participant keeps without the program’s name', () => {
    expect(PRINT_TITLES['meeting-minutes']).toBe('LEAD meeting minutes');
    for (const document of ['referral-slip', 'wallet-card', 'provider-letter'] as const)
      expect(PRINT_TITLES[document]).not.toMatch(/LEAD/i);
  });
});
