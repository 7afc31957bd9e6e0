import { describe, expect, it } from 'vitest';
import { anniversary, dateOf, isIsoDate, isoDate, isoDateTime } from '../../../shared/domain/calendar';

describe('anniversary', () => {
  it.each([
    ['2007-06-15', 18, '2025-06-15'],
    ['2007-12-31', 18, '2025-12-31'],
    ['2007-01-01', 18, '2025-01-01'],
    // Born on 29 February: the anniversary is 1 March when the year has no 29 February.
    ['2004-02-29', 18, '2022-03-01'],
    ['2000-02-29', 18, '2018-03-01'],
    ['2004-02-29', 20, '2024-02-29'],
    ['2004-02-29', 1, '2005-03-01'],
    ['1996-02-29', 4, '2000-02-29'],
    ['1896-02-29', 4, '1900-03-01'],
    ['2007-02-28', 18, '2025-02-28'],
    ['2007-03-01', 18, '2025-03-01'],
  ])('born %s, %i years on %s', (birth, years, expected) => {
    expect(anniversary(birth, years)).toBe(expected);
  });
});

describe('dateOf', () => {
  it('keeps the date as written in its own offset, not the UTC date', () => {
    expect(dateOf('2025-03-01T23:30:00-05:00')).toBe('2025-03-01');
    expect(dateOf('2025-03-02T00:30:00+00:00')).toBe('2025-03-02');
    expect(dateOf('2025-03-01')).toBe('2025-03-01');
  });
});

describe('ISO date checks', () => {
  it.each(['2024-02-29', '2000-02-29', '2025-12-31'])('accepts %s', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });
  it.each(['2023-02-29', '1900-02-29', '2025-02-30', '2025-13-01', '2025-1-01', '', 'yesterday', 20250101, null])('refuses %s', (value) => {
    expect(isIsoDate(value)).toBe(false);
  });
  it('says "required" for nothing and "valid date" for nonsense', () => {
    const schema = isoDate('Signature date');
    expect(schema.safeParse(undefined).error?.issues[0]?.message).toBe('Signature date is required.');
    expect(schema.safeParse('').error?.issues[0]?.message).toBe('Signature date is required.');
    expect(schema.safeParse('2025-02-30').error?.issues[0]?.message).toBe('Signature date must be a valid date (YYYY-MM-DD).');
  });
  it('wants an offset on date-times', () => {
    const schema = isoDateTime('Referral date and time');
    expect(schema.safeParse('2025-06-15T10:30:00-04:00').success).toBe(true);
    expect(schema.safeParse('2025-06-15T10:30:00Z').success).toBe(true);
    expect(schema.safeParse('2025-06-15T10:30:00').error?.issues[0]?.message).toBe('Referral date and time must be a valid date and time.');
    expect(schema.safeParse(undefined).error?.issues[0]?.message).toBe('Referral date and time is required.');
  });
});
