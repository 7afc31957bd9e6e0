import { COURT_DATE_HORIZON_DAYS, contactAge, lastMeetingOn } from './board';
import { dateOf, type IsoDate } from './calendar';
import { JUSTICE_EVENT_LABELS, POLICE_CONTACT_KINDS, type JusticeEventKind } from './justice-events';
import { addDays, daysBetween, intakeDaysLeft, readableDate } from './local-time';
import { OUTCOME_KIND_LABELS, outcomeValueLabel, type OutcomeKind } from './outcomes';
import { PATHWAYS, type Pathway as ReferralPathway } from './referral';
import { REFERRAL_STATUS_LABELS, type ReferralStatus } from './referral-status';
import { daysSinceInstant, SERVICE_REFERRAL_STATUS_LABELS, stallReason, type ReferralTiming } from './service-referral-status';
import { CASELOAD_STAGES, STAGE_LABELS, type Stage } from './stages';

/**
 * The agenda of the weekly partner meeting (issue 12), built from facts the main process
 * gathers (electron/services/agenda.ts). Pure: `today` comes in with the facts.
 */
export const AGENDA_SECTIONS = [
  'actions',
  'referrals',
  'intake_due',
  'police',
  'court',
  'no_contact',
  'service_referrals',
  'stage_changes',
  'wins',
] as const;
export type AgendaSection = (typeof AGENDA_SECTIONS)[number];

export const AGENDA_SECTION_LABELS: Record<AgendaSection, string> = {
  actions: 'Open action items from earlier meetings',
  referrals: 'New referrals and referrals waiting on a decision',
  intake_due: 'Intake assessments due soon or overdue',
  police: 'Police contacts, arrests and bookings since the last meeting',
  court: 'Court dates and warrants in the next 14 days',
  no_contact: 'Participants not contacted recently',
  service_referrals: 'Service referrals that have stalled',
  stage_changes: 'Stage changes and exits since the last meeting',
  wins: 'Wins the participant agreed to share',
};

export type AgendaSubject = { participantId: number; referralId: null } | { participantId: null; referralId: number };
/** A team-only line: it may name dates and kinds, never a description or a note, and is never sent to the room. */
export interface AgendaReason {
  section: AgendaSection;
  text: string;
}
export interface AgendaEntry {
  subject: AgendaSubject;
  reasons: AgendaReason[];
}
export interface ProgramNumbers {
  pairs: { pairId: number; label: string; caseload: number; cap: number }[];
  referralsThisMonth: { pathway: ReferralPathway; count: number }[];
}
export interface Agenda {
  meetsOn: IsoDate;
  sinceOn: IsoDate;
  entries: AgendaEntry[];
  numbers: ProgramNumbers;
}

/** Referrals on the agenda whenever they were made: waiting on the State's Attorney's word or the person's. */
export const WAITING_REFERRAL_STATUSES: readonly ReferralStatus[] = ['awaiting_sao', 'awaiting_decision'];

/** An intake assessment due within this many days (or overdue) is on the agenda. */
export const INTAKE_DUE_AGENDA_DAYS = 7;

/** The kinds of outcome a participant may agree to share as a win: treatment is clinical, never a shared win. */
export const WIN_KINDS = ['housing', 'employment', 'income'] as const satisfies readonly OutcomeKind[];
export type WinKind = (typeof WIN_KINDS)[number];

/** What the main process gathers for one agenda (electron/services/agenda.ts). Dates are the desk's calendar days. */
export interface AgendaFacts {
  today: IsoDate;
  /** The desk's instant: the stall rule counts from the referrals' instants (shared/domain/service-referral-status.ts). */
  now: string;
  /** The meeting the agenda is for (nextMeetingOn). */
  meetsOn: IsoDate;
  /** "Since the last meeting" means on or after this day (lastMeetingOn in shared/domain/board.ts). */
  sinceOn: IsoDate;
  settings: { contactAgingDays: number; contactOverdueDays: number; caseloadCap: number };
  /** Open action items carried from earlier meetings, each about one subject. */
  openActions: { subject: AgendaSubject; dueOn: IsoDate }[];
  /**
   * Participants on a caseload. Every section but actions and stage changes is about these
   * only: an exited participant is discussed once, as an exit, and then not again.
   */
  participants: {
    participantId: number;
    pairId: number;
    stage: Stage;
    enrolledOn: IsoDate;
    lastContactOn: IsoDate | null;
    intakeDueOn: IsoDate | null;
    assessmentComplete: boolean;
  }[];
  /** Referrals not enrolled: new since `sinceOn`, or waiting on the State's Attorney or the person. */
  referrals: { referralId: number; status: ReferralStatus; referredOn: IsoDate }[];
  /** Referrals made this calendar month (at least), for the program numbers. */
  referralsRecent: { pathway: ReferralPathway; referredOn: IsoDate }[];
  /** Police kinds since `sinceOn`, court dates from today to the horizon, warrants since `sinceOn`. */
  justiceEvents: { participantId: number; kind: JusticeEventKind; occurredOn: IsoDate }[];
  stageMoves: { participantId: number; from: Stage; to: Stage; movedOn: IsoDate }[];
  /** Observations marked as a win the participant agreed to share. */
  wins: { participantId: number; kind: OutcomeKind; value: string; observedOn: IsoDate }[];
  pairs: { pairId: number; label: string; active: boolean }[];
  /** Service referrals not closed; only those of participants on a caseload are read. */
  serviceReferrals: (ReferralTiming & { participantId: number; provider: string })[];
}

/** The next meeting on or after today; "since the last meeting" counts from the one a week before it. */
export function nextMeetingOn(today: IsoDate, meetingWeekday: number): IsoDate {
  const weekday = new Date(`${today}T12:00:00Z`).getUTCDay();
  return addDays(today, (meetingWeekday - weekday + 7) % 7);
}

/** The meeting and its "since" day for `today`: sinceOn is lastMeetingOn, a week before the meeting. */
export function agendaDates(today: IsoDate, meetingWeekday: number): { meetsOn: IsoDate; sinceOn: IsoDate } {
  return { meetsOn: nextMeetingOn(today, meetingWeekday), sinceOn: lastMeetingOn(today, meetingWeekday) };
}

/** One reason, with where it sorts inside its section (lower first: more urgent). */
interface Ranked {
  subject: AgendaSubject;
  text: string;
  rank: number;
}

const byParticipant = (participantId: number): AgendaSubject => ({ participantId, referralId: null });
const byReferral = (referralId: number): AgendaSubject => ({ participantId: null, referralId });
const idOf = (subject: AgendaSubject) => subject.participantId ?? subject.referralId;
const keyOf = (subject: AgendaSubject) => (subject.participantId !== null ? `p${subject.participantId}` : `r${subject.referralId}`);
const on = (date: IsoDate) => readableDate(date);
const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;
/** A later date sorts first: a day number that grows backwards. */
const newestFirst = (date: IsoDate) => -Date.parse(`${date}T00:00:00Z`) / 86_400_000;
const oldestFirst = (date: IsoDate) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

function actionReasons(facts: AgendaFacts): Ranked[] {
  return facts.openActions.map(({ subject, dueOn }) => {
    const left = daysBetween(facts.today, dueOn);
    const when = left < 0 ? `overdue by ${days(-left)}` : left === 0 ? 'due today' : `in ${days(left)}`;
    return { subject, text: `Open action item due ${on(dueOn)} (${when})`, rank: left };
  });
}

/** New referrals since the last meeting, and those waiting on the State's Attorney or the person, oldest first. */
function referralReasons(facts: AgendaFacts): Ranked[] {
  return facts.referrals
    .filter((referral) => referral.status !== 'enrolled')
    .filter((referral) => referral.referredOn >= facts.sinceOn || WAITING_REFERRAL_STATUSES.includes(referral.status))
    .map(({ referralId, status, referredOn }) => ({
      subject: byReferral(referralId),
      text: `${referredOn >= facts.sinceOn ? 'New referral' : 'Referral'} on ${on(referredOn)}: ${REFERRAL_STATUS_LABELS[status]}`,
      rank: oldestFirst(referredOn),
    }));
}

function intakeReasons(facts: AgendaFacts, caseload: AgendaFacts['participants']): Ranked[] {
  return caseload.flatMap(({ participantId, intakeDueOn, assessmentComplete }) => {
    const left = intakeDaysLeft(intakeDueOn, assessmentComplete, facts.today);
    if (left === null || intakeDueOn === null || left > INTAKE_DUE_AGENDA_DAYS) return [];
    const when = left < 0 ? `overdue by ${days(-left)}` : left === 0 ? 'due today' : `in ${days(left)}`;
    return [{ subject: byParticipant(participantId), text: `Intake assessment due ${on(intakeDueOn)} (${when})`, rank: left }];
  });
}

function policeReasons(facts: AgendaFacts, onCaseload: Set<number>): Ranked[] {
  return facts.justiceEvents
    .filter((event) => onCaseload.has(event.participantId) && POLICE_CONTACT_KINDS.includes(event.kind))
    .filter((event) => event.occurredOn >= facts.sinceOn && event.occurredOn <= facts.today)
    .map(({ participantId, kind, occurredOn }) => ({
      subject: byParticipant(participantId),
      text: `${JUSTICE_EVENT_LABELS[kind]} on ${on(occurredOn)}`,
      rank: newestFirst(occurredOn),
    }));
}

/**
 * Court dates from today to COURT_DATE_HORIZON_DAYS ahead, soonest first; warrants recorded since
 * the last meeting, ahead of them. The desk records no warrant's end, so "still outstanding"
 * cannot be told: a warrant from before the last meeting was on that meeting's agenda.
 */
function courtReasons(facts: AgendaFacts, onCaseload: Set<number>): Ranked[] {
  const horizon = addDays(facts.today, COURT_DATE_HORIZON_DAYS);
  return facts.justiceEvents
    .filter((event) => onCaseload.has(event.participantId))
    .flatMap(({ participantId, kind, occurredOn }) => {
      const subject = byParticipant(participantId);
      if (kind === 'court_date' && occurredOn >= facts.today && occurredOn <= horizon) {
        const left = daysBetween(facts.today, occurredOn);
        return [{ subject, text: `Court date on ${on(occurredOn)} (${left === 0 ? 'today' : `in ${days(left)}`})`, rank: left }];
      }
      if (kind === 'warrant' && occurredOn >= facts.sinceOn && occurredOn <= facts.today) {
        return [{ subject, text: `Warrant recorded on ${on(occurredOn)}`, rank: -1 }];
      }
      return [];
    });
}

/** Amber and red as the board colours them (contactAge); never contacted counts from enrollment. Longest first. */
function noContactReasons(facts: AgendaFacts, caseload: AgendaFacts['participants']): Ranked[] {
  const { contactAgingDays, contactOverdueDays } = facts.settings;
  return caseload.flatMap(({ participantId, lastContactOn, enrolledOn }) => {
    const since = Math.max(0, daysBetween(lastContactOn ?? enrolledOn, facts.today));
    const age = contactAge(since, { contactAgingDays, contactOverdueDays });
    if (age !== 'aging' && age !== 'overdue') return [];
    const colour = age === 'overdue' ? `red after ${contactOverdueDays}` : `amber after ${contactAgingDays}`;
    const what =
      lastContactOn === null ? `No contact since enrollment on ${on(enrolledOn)}: ${days(since)}` : `No contact for ${days(since)}`;
    return [{ subject: byParticipant(participantId), text: `${what} (${colour})`, rank: -since }];
  });
}

/**
 * Stalled service referrals (stallReason): the follow-up due or a missed appointment, by the
 * appointment's day, then those with no change for weeks, the longest first. A team-only line:
 * the provider's name and dates, never a note or a decline's reason.
 */
function serviceReferralReasons(facts: AgendaFacts, onCaseload: Set<number>): Ranked[] {
  return facts.serviceReferrals
    .filter((referral) => onCaseload.has(referral.participantId))
    .flatMap((referral) => {
      const why = stallReason(referral, facts.now);
      if (why === null) return [];
      const subject = byParticipant(referral.participantId);
      const to = `Referral to ${referral.provider}`;
      if (why !== 'no_change' && referral.appointmentAt !== null) {
        const day = dateOf(referral.appointmentAt);
        const text = why === 'missed' ? `${to}: missed the appointment on ${on(day)}` : `${to}: appointment on ${on(day)}, ask how it went`;
        return [{ subject, text, rank: oldestFirst(day) }];
      }
      const since = daysSinceInstant(referral.statusChangedAt, facts.now);
      const status = SERVICE_REFERRAL_STATUS_LABELS[referral.status].toLowerCase();
      return [{ subject, text: `${to}: ${status}, no change for ${days(since)}`, rank: 1_000_000 - since }];
    });
}

function stageReasons(facts: AgendaFacts): Ranked[] {
  return facts.stageMoves
    .filter((move) => move.movedOn >= facts.sinceOn && move.movedOn <= facts.today)
    .map(({ participantId, from, to, movedOn }) => ({
      subject: byParticipant(participantId),
      text:
        to === 'exited'
          ? `Exited on ${on(movedOn)} (from ${STAGE_LABELS[from]})`
          : `Moved from ${STAGE_LABELS[from]} to ${STAGE_LABELS[to]} on ${on(movedOn)}`,
      rank: newestFirst(movedOn),
    }));
}

function winReasons(facts: AgendaFacts, onCaseload: Set<number>): Ranked[] {
  return facts.wins
    .filter((win) => onCaseload.has(win.participantId) && (WIN_KINDS as readonly string[]).includes(win.kind))
    .filter((win) => win.observedOn >= facts.sinceOn && win.observedOn <= facts.today)
    .map(({ participantId, kind, value, observedOn }) => ({
      subject: byParticipant(participantId),
      text: `${OUTCOME_KIND_LABELS[kind]}: ${outcomeValueLabel(kind, value)}, observed ${on(observedOn)}`,
      rank: newestFirst(observedOn),
    }));
}

/**
 * Caseload against the cap per pair, and referrals by pathway this calendar month. The meeting's
 * screens show them live (electron/services/meeting-plan.ts), from each pair's caseload count.
 */
export function programNumbers(input: {
  today: IsoDate;
  caseloadCap: number;
  pairs: readonly { pairId: number; label: string; active: boolean; caseload: number }[];
  referralsRecent: AgendaFacts['referralsRecent'];
}): ProgramNumbers {
  const month = input.today.slice(0, 7);
  return {
    // A pair no longer active is listed only while someone is still on its caseload (as on the team board).
    pairs: input.pairs
      .filter((pair) => pair.active || pair.caseload > 0)
      .map(({ pairId, label, caseload }) => ({ pairId, label, caseload, cap: input.caseloadCap })),
    referralsThisMonth: PATHWAYS.map((pathway) => ({
      pathway,
      count: input.referralsRecent.filter((referral) => referral.pathway === pathway && referral.referredOn.slice(0, 7) === month).length,
    })),
  };
}

function numbersOf(facts: AgendaFacts, caseload: AgendaFacts['participants']): ProgramNumbers {
  const counts = new Map<number, number>();
  for (const participant of caseload) counts.set(participant.pairId, (counts.get(participant.pairId) ?? 0) + 1);
  return programNumbers({
    today: facts.today,
    caseloadCap: facts.settings.caseloadCap,
    pairs: facts.pairs.map((pair) => ({ ...pair, caseload: counts.get(pair.pairId) ?? 0 })),
    referralsRecent: facts.referralsRecent,
  });
}

/**
 * The agenda: one entry per subject with every reason it is there, ordered by the first section
 * it appears in (AGENDA_SECTIONS order), then the most urgent first within that section.
 */
export function buildAgenda(facts: AgendaFacts): Agenda {
  const caseload = facts.participants.filter((participant) => CASELOAD_STAGES.includes(participant.stage));
  const onCaseload = new Set(caseload.map((participant) => participant.participantId));
  const sections: Record<AgendaSection, Ranked[]> = {
    actions: actionReasons(facts),
    referrals: referralReasons(facts),
    intake_due: intakeReasons(facts, caseload),
    police: policeReasons(facts, onCaseload),
    court: courtReasons(facts, onCaseload),
    no_contact: noContactReasons(facts, caseload),
    service_referrals: serviceReferralReasons(facts, onCaseload),
    stage_changes: stageReasons(facts),
    wins: winReasons(facts, onCaseload),
  };
  const entries = new Map<string, AgendaEntry>();
  for (const section of AGENDA_SECTIONS) {
    const ranked = [...sections[section]].sort((a, b) => a.rank - b.rank || idOf(a.subject) - idOf(b.subject));
    for (const { subject, text } of ranked) {
      const key = keyOf(subject);
      let entry = entries.get(key);
      if (!entry) {
        entry = { subject, reasons: [] };
        entries.set(key, entry);
      }
      entry.reasons.push({ section, text });
    }
  }
  return { meetsOn: facts.meetsOn, sinceOn: facts.sinceOn, entries: [...entries.values()], numbers: numbersOf(facts, caseload) };
}
