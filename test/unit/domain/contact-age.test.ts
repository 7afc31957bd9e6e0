import { describe, expect, it } from 'vitest';
import { daysSinceContact } from '../../../shared/domain/contact-age';
import { dateIn } from '../../../shared/domain/local-time';

const BALTIMORE = 'America/New_York';

describe('days since the last contact', () => {
  it('is null with no contact, and zero on the same Baltimore day', () => {
    expect(daysSinceContact(null, new Date(), BALTIMORE)).toBeNull();
    expect(daysSinceContact('not a date', new Date(), BALTIMORE)).toBeNull();
    expect(daysSinceContact('2026-03-02T14:00:00Z', new Date('2026-03-02T20:00:00Z'), BALTIMORE)).toBe(0);
  });

  it('counts calendar days in Baltimore, not 24-hour periods or UTC dates', () => {
    // 11 pm in Baltimore (04:00 UTC next day) to 1 am the next Baltimore morning: one day.
    expect(daysSinceContact('2026-03-03T04:00:00Z', new Date('2026-03-03T06:00:00Z'), BALTIMORE)).toBe(1);
    // 9 am to 8 pm the same Baltimore day, across midnight UTC: zero days.
    expect(daysSinceContact('2026-03-02T14:00:00Z', new Date('2026-03-03T01:00:00Z'), BALTIMORE)).toBe(0);
  });

  it('is not thrown off by the spring-forward or fall-back change', () => {
    // 2026-03-08: clocks go forward in Baltimore; noon Saturday to noon Monday is two days (47 hours).
    expect(daysSinceContact('2026-03-07T17:00:00Z', new Date('2026-03-09T16:00:00Z'), BALTIMORE)).toBe(2);
    // 2026-11-01: clocks go back; 11:30 pm Saturday to 12:30 am Sunday is one day (2 hours).
    expect(daysSinceContact('2026-11-01T03:30:00Z', new Date('2026-11-01T05:30:00Z'), BALTIMORE)).toBe(1);
    // A day of 25 hours still counts as one.
    expect(daysSinceContact('2026-10-31T16:00:00Z', new Date('2026-11-01T17:00:00Z'), BALTIMORE)).toBe(1);
  });

  it('gives the same answer wherever the computer thinks it is', () => {
    expect(dateIn(new Date('2026-07-01T03:00:00Z'), 'America/New_York')).toBe('2026-06-30');
    expect(dateIn(new Date('2026-07-01T03:00:00Z'), 'UTC')).toBe('2026-07-01');
    expect(daysSinceContact('2026-06-30T12:00:00Z', new Date('2026-07-01T03:00:00Z'), 'UTC')).toBe(1);
    expect(daysSinceContact('2026-06-30T12:00:00Z', new Date('2026-07-01T03:00:00Z'), BALTIMORE)).toBe(0);
  });

  it('never goes negative for a contact recorded a little in the future', () => {
    expect(daysSinceContact('2026-03-05T12:00:00Z', new Date('2026-03-04T12:00:00Z'), BALTIMORE)).toBe(0);
  });
});

describe('readable dates', () => {
  it('reads a calendar date the same in every time zone', async () => {
    const { readableDate } = await import('../../../shared/domain/local-time');
    expect(readableDate('2026-12-23')).toBe('Dec 23, 2026');
    expect(readableDate('1990-01-01')).toBe('Jan 1, 1990');
  });
});
