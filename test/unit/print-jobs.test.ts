import { describe, expect, it } from 'vitest';
import { PRINT_TITLES, parsePrintPath, printPath, type PrintJob } from '../../shared/print-jobs';

describe('print jobs and their routes', () => {
  const jobs: PrintJob[] = [
    { document: 'consent-form', consentId: 7 },
    { document: 'part2-notice', participantId: 12 },
    { document: 'meeting-minutes', attendeeId: 3 },
  ];

  it('names each job by a route that parses back to the same job', () => {
    expect(jobs.map(printPath)).toEqual(['print/consent-form/7', 'print/part2-notice/12', 'print/meeting-minutes/3']);
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
    ]) {
      expect(parsePrintPath(path), path).toBeNull();
    }
  });

  it('titles every document without participant data', () => {
    expect(PRINT_TITLES['meeting-minutes']).toBe('LEAD meeting minutes');
  });
});
