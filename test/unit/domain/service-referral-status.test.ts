import { describe, expect, it } from 'vitest';
import {
  followUpDue,
  SERVICE_REFERRAL_STATUSES,
  SERVICE_REFERRAL_STATUS_LABELS,
  STATUS_NEEDS,
  stallReason,
  transitionProblem,
  type ServiceReferralStatus,
  type StatusChange,
} from '../../../shared/domain/service-referral-status';

const NOW = '2026-12-07T17:00:00.000Z';
const hoursFrom = (instant: string, hours: number) => new Date(Date.parse(instant) + hours * 3_600_000).toISOString();

/** The rules written out by hand, so a change to TRANSITIONS has to change this too. */
const ALLOWED: Record<ServiceReferralStatus, string> = {
  draft: 'sent scheduled closed',
  sent: 'accepted declined scheduled closed',
  accepted: 'scheduled declined closed',
  declined: 'sent closed',
  scheduled: 'attended missed scheduled closed',
  attended: 'scheduled closed',
  missed: 'scheduled closed',
  closed: '',
};

/** A change to `to` carrying exactly what it needs. */
function complete(to: ServiceReferralStatus): StatusChange {
  const needs = STATUS_NEEDS[to];
  return {
    to,
    reason: needs === 'reason' ? 'No openings this month' : null,
    outcome: needs === 'outcome' ? 'got_help' : null,
    appointmentAt: needs === 'appointment' ? hoursFrom(NOW, 48) : null,
  };
}

describe('service referral transitions', () => {
  for (const from of SERVICE_REFERRAL_STATUSES) {
    for (const to of SERVICE_REFERRAL_STATUSES) {
      const allowed = ALLOWED[from].split(' ').includes(to);
      it(`${allowed ? 'allows' : 'refuses'} ${from} → ${to}`, () => {
        const problem = transitionProblem(from, complete(to), NOW);
        if (allowed) expect(problem).toBeNull();
        else expect(problem).toMatchObject({ field: 'to', message: expect.stringMatching(/cannot move to|is closed/) });
      });
    }
  }

  it('says a closed referral is finished in plain words', () => {
    expect(transitionProblem('closed', complete('sent'), NOW)?.message).toBe('This referral is closed. Make a new referral instead.');
  });

  it('asks a decline for its reason, a close for its outcome and scheduling for the appointment', () => {
    expect(transitionProblem('sent', { ...complete('declined'), reason: null }, NOW)).toEqual({
      field: 'reason',
      message: 'Say why the provider declined.',
    });
    expect(transitionProblem('attended', { ...complete('closed'), outcome: null }, NOW)).toEqual({
      field: 'outcome',
      message: 'Choose how the referral ended.',
    });
    expect(transitionProblem('accepted', { ...complete('scheduled'), appointmentAt: null }, NOW)).toMatchObject({ field: 'appointmentAt' });
  });

  it('records attended or missed only once the appointment has begun', () => {
    const booked = hoursFrom(NOW, 1);
    expect(transitionProblem('scheduled', complete('attended'), NOW, booked)).toEqual({
      field: 'to',
      message: 'The appointment has not happened yet. Record whether they went after it.',
    });
    expect(transitionProblem('scheduled', complete('missed'), NOW, booked)?.field).toBe('to');
    expect(transitionProblem('scheduled', complete('attended'), hoursFrom(NOW, 1), booked)).toBeNull();
    expect(transitionProblem('scheduled', complete('closed'), NOW, booked)).toBeNull();
  });

  it('refuses what a move does not use rather than lose it', () => {
    expect(transitionProblem('sent', { ...complete('accepted'), reason: 'typed anyway' }, NOW)?.field).toBe('reason');
    expect(transitionProblem('scheduled', { ...complete('attended'), outcome: 'got_help' }, NOW)?.field).toBe('outcome');
    expect(transitionProblem('sent', { ...complete('accepted'), appointmentAt: hoursFrom(NOW, 5) }, NOW)?.field).toBe('appointmentAt');
  });

  it('refuses an appointment in the past or more than a year ahead', () => {
    expect(transitionProblem('sent', { ...complete('scheduled'), appointmentAt: hoursFrom(NOW, -1) }, NOW)).toEqual({
      field: 'appointmentAt',
      message: 'The appointment cannot be in the past.',
    });
    expect(transitionProblem('sent', { ...complete('scheduled'), appointmentAt: hoursFrom(NOW, 24 * 367) }, NOW)?.message).toBe(
      'The appointment cannot be more than a year ahead.',
    );
  });

  it('labels every status in plain words', () => {
    for (const status of SERVICE_REFERRAL_STATUSES) expect(SERVICE_REFERRAL_STATUS_LABELS[status]).toMatch(/^[A-Z][a-z ,]+$/);
  });
});

describe('the follow-up rule', () => {
  const appointment = '2026-12-03T15:00:00-05:00';
  const scheduled = { status: 'scheduled' as const, appointmentAt: appointment, statusChangedAt: '2026-12-01T14:00:00.000Z' };

  it('asks how it went from two days after the appointment, not a minute before', () => {
    expect(followUpDue(scheduled, hoursFrom(appointment, 48))).toBe(true);
    expect(followUpDue(scheduled, hoursFrom(appointment, 47.99))).toBe(false);
    expect(followUpDue(scheduled, hoursFrom(appointment, 24 * 30))).toBe(true);
  });

  it('stops asking once the status changed after the appointment, and never asks of a closed referral', () => {
    const later = hoursFrom(appointment, 72);
    expect(followUpDue({ ...scheduled, status: 'attended', statusChangedAt: hoursFrom(appointment, 49) }, later)).toBe(false);
    expect(followUpDue({ ...scheduled, status: 'closed' }, later)).toBe(false);
    expect(followUpDue({ ...scheduled, appointmentAt: null }, later)).toBe(false);
    // A draft or a sent referral carrying an appointment no one confirmed does not ask.
    expect(followUpDue({ ...scheduled, status: 'draft' }, later)).toBe(false);
    expect(followUpDue({ ...scheduled, status: 'sent' }, later)).toBe(false);
  });
});

describe('stalled referrals', () => {
  const base = { appointmentAt: null, statusChangedAt: hoursFrom(NOW, -24 * 14) };

  it('stalls a draft, sent or accepted referral after 14 days without a change', () => {
    for (const status of ['draft', 'sent', 'accepted'] as const) {
      expect(stallReason({ ...base, status }, NOW)).toBe('no_change');
      expect(stallReason({ ...base, status, statusChangedAt: hoursFrom(NOW, -24 * 13) }, NOW)).toBeNull();
    }
    expect(stallReason({ ...base, status: 'declined' }, NOW)).toBeNull();
  });

  it('stalls a missed appointment and a follow-up that is due', () => {
    expect(stallReason({ ...base, status: 'missed', appointmentAt: hoursFrom(NOW, -24), statusChangedAt: hoursFrom(NOW, -1) }, NOW)).toBe(
      'missed',
    );
    expect(
      stallReason({ ...base, status: 'scheduled', appointmentAt: hoursFrom(NOW, -49), statusChangedAt: hoursFrom(NOW, -100) }, NOW),
    ).toBe('follow_up');
    expect(
      stallReason({ ...base, status: 'scheduled', appointmentAt: hoursFrom(NOW, 5), statusChangedAt: hoursFrom(NOW, -400) }, NOW),
    ).toBeNull();
    expect(stallReason({ ...base, status: 'closed', statusChangedAt: hoursFrom(NOW, -900) }, NOW)).toBeNull();
  });
});
