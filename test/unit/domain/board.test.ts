import { describe, expect, it } from 'vitest';
import { contactAge, lastMeetingOn } from '../../../shared/domain/board';
import { intakeDaysLeft } from '../../../shared/domain/local-time';
import { contactSchema } from '../../../shared/domain/contacts';
import { justiceEventSchema } from '../../../shared/domain/justice-events';
import { outcomeSchema } from '../../../shared/domain/outcomes';

describe('board rules', () => {
  const thresholds = { contactAgingDays: 7, contactOverdueDays: 14 };

  it('colours days since contact by the thresholds, inclusive', () => {
    expect(contactAge(null, thresholds)).toBe('none');
    expect(contactAge(0, thresholds)).toBe('recent');
    expect(contactAge(6, thresholds)).toBe('recent');
    expect(contactAge(7, thresholds)).toBe('aging');
    expect(contactAge(13, thresholds)).toBe('aging');
    expect(contactAge(14, thresholds)).toBe('overdue');
  });

  it('never flags an exited participant as overdue, for contact or intake', () => {
    expect(contactAge(400, thresholds, true)).toBe('none');
    expect(intakeDaysLeft('2026-01-01', false, '2026-03-01')).toBe(-59);
    expect(intakeDaysLeft('2026-01-01', false, '2026-03-01', true)).toBeNull();
  });

  it('finds the last weekly meeting strictly before today', () => {
    // 2026-11-24 is a Tuesday.
    expect(lastMeetingOn('2026-11-25', 2)).toBe('2026-11-24');
    expect(lastMeetingOn('2026-11-24', 2)).toBe('2026-11-17');
    expect(lastMeetingOn('2026-11-23', 2)).toBe('2026-11-17');
    expect(lastMeetingOn('2026-03-09', 0)).toBe('2026-03-08');
    expect(lastMeetingOn('2027-01-01', 4)).toBe('2026-12-31');
  });
});

describe('caseload record schemas', () => {
  const now = '2026-11-23T15:00:00.000Z';

  it('takes a contact up to a few minutes ahead of the clock, never later', () => {
    const contact = { kind: 'phone', durationMinutes: 10, staff: 'peer' };
    expect(contactSchema(now).safeParse({ ...contact, occurredAt: '2026-11-23T15:04:00.000Z' }).success).toBe(true);
    expect(contactSchema(now).safeParse({ ...contact, occurredAt: '2026-11-23T15:06:00.000Z' }).success).toBe(false);
    expect(contactSchema(now).parse({ ...contact, occurredAt: '2026-11-23T10:00:00-05:00' })).toMatchObject({ place: null, note: null });
    expect(contactSchema(now).safeParse({ ...contact, occurredAt: now, note: '<b>hi</b>' }).success).toBe(false);
  });

  it('lets only a court date be in the future', () => {
    const schema = justiceEventSchema('2026-11-23');
    expect(schema.safeParse({ kind: 'court_date', occurredOn: '2026-12-01', description: 'District Court' }).success).toBe(true);
    const arrest = schema.safeParse({ kind: 'arrest', occurredOn: '2026-11-24', description: 'x' });
    expect(arrest.error?.issues[0]).toMatchObject({ path: ['occurredOn'], message: 'Only a court date can be in the future.' });
    expect(schema.safeParse({ kind: 'rap_sheet', occurredOn: '2026-11-20', description: 'x' }).success).toBe(false);
    expect(schema.safeParse({ kind: 'arrest', occurredOn: '2026-11-20', description: 'x'.repeat(301) }).success).toBe(false);
  });

  it('takes each outcome with the values of its own kind only', () => {
    const schema = outcomeSchema('2026-11-23');
    expect(schema.safeParse({ kind: 'treatment', value: 'moud', observedOn: '2026-11-23' }).success).toBe(true);
    expect(schema.safeParse({ kind: 'housing', value: 'moud', observedOn: '2026-11-23' }).success).toBe(false);
    expect(schema.safeParse({ kind: 'income', value: 'ssi_ssdi', observedOn: '2026-11-24' }).success).toBe(false);
  });
});
