import { z } from 'zod';

/**
 * Where a service referral stands, after the HL7 Gravity SDOH referral's Task states in plain
 * words (issue 13): draft (being prepared), sent (requested), accepted or declined by the
 * provider, scheduled (an appointment), attended or missed, then closed with an outcome.
 */
export const SERVICE_REFERRAL_STATUSES = ['draft', 'sent', 'accepted', 'declined', 'scheduled', 'attended', 'missed', 'closed'] as const;
export const ServiceReferralStatus = z.enum(SERVICE_REFERRAL_STATUSES, { error: 'Choose what happened from the list.' });
export type ServiceReferralStatus = z.infer<typeof ServiceReferralStatus>;

export const SERVICE_REFERRAL_STATUS_LABELS: Record<ServiceReferralStatus, string> = {
  draft: 'Draft, not sent yet',
  sent: 'Sent to the provider',
  accepted: 'Accepted by the provider',
  declined: 'Declined by the provider',
  scheduled: 'Appointment made',
  attended: 'Went to the appointment',
  missed: 'Missed the appointment',
  closed: 'Closed',
};

/** Why a referral was closed: the 211 study's reasons people did or did not get help. */
export const SERVICE_REFERRAL_OUTCOMES = [
  'got_help',
  'no_capacity',
  'not_eligible',
  'participant_declined',
  'could_not_reach',
  'referred_elsewhere',
] as const;
export const ServiceReferralOutcome = z.enum(SERVICE_REFERRAL_OUTCOMES, { error: 'Choose how it ended from the list.' });
export type ServiceReferralOutcome = z.infer<typeof ServiceReferralOutcome>;
export const SERVICE_REFERRAL_OUTCOME_LABELS: Record<ServiceReferralOutcome, string> = {
  got_help: 'Got help',
  no_capacity: 'Provider had no capacity',
  not_eligible: 'Not eligible',
  participant_declined: 'Participant declined',
  could_not_reach: 'Could not reach the participant',
  referred_elsewhere: 'Referred elsewhere',
};

/** How the person was handed to the provider. */
export const HANDOFFS = ['escorted', 'called_together', 'slip_only', 'logged_only'] as const;
export const Handoff = z.enum(HANDOFFS, { error: 'Choose how the participant is handed over.' });
export type Handoff = z.infer<typeof Handoff>;
export const HANDOFF_LABELS: Record<Handoff, string> = {
  escorted: 'Escorted there',
  called_together: 'Called the provider together',
  slip_only: 'Gave a referral slip',
  logged_only: 'Logged only',
};

/** Who the news of a change came from; the staff member recording it is kept as well. */
export const CHANGE_SOURCES = ['peer', 'provider_phone', 'participant'] as const;
export const ChangeSource = z.enum(CHANGE_SOURCES, { error: 'Say who told you.' });
export type ChangeSource = z.infer<typeof ChangeSource>;
/** 'migrated' marks the one event each referral made before migration 0009 was given. */
export type EventSource = ChangeSource | 'migrated';
export const EVENT_SOURCE_LABELS: Record<EventSource, string> = {
  peer: 'Team member',
  provider_phone: 'Provider, by phone',
  participant: 'Participant',
  migrated: 'Carried over from the earlier version',
};

/** What a move to a status needs besides the status itself. */
export type Requirement = 'reason' | 'outcome' | 'appointment';
export const STATUS_NEEDS: Record<ServiceReferralStatus, Requirement | null> = {
  draft: null,
  sent: null,
  accepted: null,
  declined: 'reason',
  scheduled: 'appointment',
  attended: null,
  missed: null,
  closed: 'outcome',
};

/**
 * The allowed next statuses from each status. "Scheduled" from scheduled, attended or missed is
 * a new appointment (rescheduled, or a second visit); closed is the end: a new referral starts
 * over. Every status but closed may be closed, since a person can stop at any step.
 */
export const TRANSITIONS: Record<ServiceReferralStatus, readonly ServiceReferralStatus[]> = {
  draft: ['sent', 'scheduled', 'closed'],
  sent: ['accepted', 'declined', 'scheduled', 'closed'],
  accepted: ['scheduled', 'declined', 'closed'],
  declined: ['sent', 'closed'],
  scheduled: ['attended', 'missed', 'scheduled', 'closed'],
  attended: ['scheduled', 'closed'],
  missed: ['scheduled', 'closed'],
  closed: [],
};

export function nextStatuses(from: ServiceReferralStatus): readonly ServiceReferralStatus[] {
  return TRANSITIONS[from];
}

/** A status change as asked for. */
export interface StatusChange {
  to: ServiceReferralStatus;
  reason: string | null;
  outcome: ServiceReferralOutcome | null;
  appointmentAt: string | null;
}

/** A refused change: the field of the change to fix (`to` for the move itself) and why, in plain words. */
export interface TransitionProblem {
  field: keyof StatusChange;
  message: string;
}

/**
 * Why a change is refused, or null when it is allowed: the move must be one of TRANSITIONS,
 * carry what STATUS_NEEDS names, and nothing the move does not use (a reason given with an
 * acceptance would be lost). An appointment must not be in the past at `now`; whether the person
 * went to one (`booked`, the referral's current appointment) is known only once it has begun.
 */
export function transitionProblem(
  from: ServiceReferralStatus,
  change: StatusChange,
  now: string,
  booked: string | null = null,
): TransitionProblem | null {
  const label = SERVICE_REFERRAL_STATUS_LABELS;
  if (!TRANSITIONS[from].includes(change.to)) {
    const message =
      from === 'closed'
        ? 'This referral is closed. Make a new referral instead.'
        : `A referral that is "${label[from].toLowerCase()}" cannot move to "${label[change.to].toLowerCase()}".`;
    return { field: 'to', message };
  }
  if ((change.to === 'attended' || change.to === 'missed') && booked !== null && Date.parse(booked) > Date.parse(now)) {
    return { field: 'to', message: 'The appointment has not happened yet. Record whether they went after it.' };
  }
  const needs = STATUS_NEEDS[change.to];
  if (needs === 'reason' && !change.reason) return { field: 'reason', message: 'Say why the provider declined.' };
  if (needs === 'outcome' && !change.outcome) return { field: 'outcome', message: 'Choose how the referral ended.' };
  if (needs === 'appointment' && !change.appointmentAt) {
    return { field: 'appointmentAt', message: 'Give the date and time of the appointment.' };
  }
  if (needs !== 'reason' && change.reason) return { field: 'reason', message: 'A reason is only recorded when the provider declines.' };
  if (needs !== 'outcome' && change.outcome)
    return { field: 'outcome', message: 'An outcome is only recorded when the referral is closed.' };
  if (needs !== 'appointment' && change.appointmentAt) {
    return { field: 'appointmentAt', message: 'An appointment is only given when one is made.' };
  }
  const appointment = change.appointmentAt && appointmentProblem(change.appointmentAt, now);
  return appointment ? { field: 'appointmentAt', message: appointment } : null;
}

const DAY_MS = 86_400_000;

/** How far ahead an appointment may be: further is a slipped year. */
export const APPOINTMENT_MAX_DAYS_AHEAD = 366;

/** Why an appointment cannot be booked at `now`, or null. */
export function appointmentProblem(appointmentAt: string, now: string): string | null {
  const at = Date.parse(appointmentAt);
  if (at < Date.parse(now)) return 'The appointment cannot be in the past.';
  if (at > Date.parse(now) + APPOINTMENT_MAX_DAYS_AHEAD * DAY_MS) return 'The appointment cannot be more than a year ahead.';
  return null;
}

/** Two days after the appointment, the team asks the person how it went. */
export const FOLLOW_UP_AFTER_DAYS = 2;
/** A referral sent or accepted, or a draft, with no change for this long has stalled. */
export const STALLED_AFTER_DAYS = 14;

/** What the follow-up and stall rules read of a referral. */
export interface ReferralTiming {
  status: ServiceReferralStatus;
  appointmentAt: string | null;
  /** When the status last changed (the newest event). */
  statusChangedAt: string;
}

/**
 * "Ask how it went": the referral is still "appointment made" and the appointment was
 * FOLLOW_UP_AFTER_DAYS or more ago, until someone records what happened. Only a scheduled
 * referral asks: a draft or a sent one may carry an appointment no one has confirmed, and
 * attended, missed or closed already say how it went.
 */
export function followUpDue(referral: ReferralTiming, now: string): boolean {
  if (referral.status !== 'scheduled' || referral.appointmentAt === null) return false;
  const appointment = Date.parse(referral.appointmentAt);
  return Date.parse(now) - appointment >= FOLLOW_UP_AFTER_DAYS * DAY_MS && Date.parse(referral.statusChangedAt) <= appointment;
}

export type StallReason = 'follow_up' | 'missed' | 'no_change';

/**
 * Stalled, for the weekly agenda: the follow-up is due; or the appointment was missed and
 * nothing has happened since; or a draft, sent or accepted referral has had no change for
 * STALLED_AFTER_DAYS days. Null when the referral is moving (or closed).
 */
export function stallReason(referral: ReferralTiming, now: string): StallReason | null {
  if (followUpDue(referral, now)) return 'follow_up';
  if (referral.status === 'missed') return 'missed';
  const waiting = referral.status === 'draft' || referral.status === 'sent' || referral.status === 'accepted';
  if (waiting && Date.parse(now) - Date.parse(referral.statusChangedAt) >= STALLED_AFTER_DAYS * DAY_MS) return 'no_change';
  return null;
}

/** Whole days since an instant (for "no change for 15 days"). */
export function daysSinceInstant(instant: string, now: string): number {
  return Math.floor((Date.parse(now) - Date.parse(instant)) / DAY_MS);
}
