import { nextMeetingOn, type AgendaFacts } from '../../shared/domain/agenda';
import { COURT_DATE_HORIZON_DAYS } from '../../shared/domain/board';
import { dateOf, type IsoDate } from '../../shared/domain/calendar';
import { addDays } from '../../shared/domain/local-time';
import type { Db } from '../db/open-database';
import { caseloadOpenServiceReferralRows } from '../db/tables/needs';
import { agendaJusticeRows, sharedWinRows } from '../db/tables/outcomes';
import { agendaCaseloadRows, stageMovesSince } from '../db/tables/participants';
import { agendaReferralRows, referralPathwaysSince } from '../db/tables/referrals';
import { localDate } from '../local-date';
import { listPairs } from './pairs';

export interface AgendaSettings {
  meetingWeekday: number;
  contactAgingDays: number;
  contactOverdueDays: number;
  caseloadCap: number;
}

/** An instant as stored (UTC) on the desk's calendar, as the board counts days (shared/domain/contact-age.ts). */
const onDeskCalendar = (instant: string): IsoDate => localDate(new Date(instant));

/**
 * Everything buildAgenda (shared/domain/agenda.ts) needs, in a handful of statements whatever
 * the program's size: each table module reads its own table (docs/architecture.md, "Table
 * modules"), from the participants on a caseload outwards. The open action items are the
 * meeting's own, so the caller passes them in.
 */
export function gatherAgendaFacts(
  db: Db,
  { today, now, sinceOn, settings }: { today: IsoDate; now: string; sinceOn: IsoDate; settings: AgendaSettings },
  openActions: AgendaFacts['openActions'],
): AgendaFacts {
  // Stored instants are UTC: a day's margin before `sinceOn` catches the evening before in UTC-5
  // being already `sinceOn`; the builder compares desk-calendar dates.
  const movedSince = `${addDays(sinceOn, -1)}T00:00:00.000Z`;
  const monthStart = `${today.slice(0, 7)}-01`;
  return {
    today,
    now,
    meetsOn: nextMeetingOn(today, settings.meetingWeekday),
    sinceOn,
    settings: {
      contactAgingDays: settings.contactAgingDays,
      contactOverdueDays: settings.contactOverdueDays,
      caseloadCap: settings.caseloadCap,
    },
    openActions,
    participants: agendaCaseloadRows(db).map((row) => ({
      participantId: row.id,
      pairId: row.pair_id,
      stage: row.stage,
      enrolledOn: onDeskCalendar(row.enrolled_at),
      lastContactOn: row.last_contact_at === null ? null : onDeskCalendar(row.last_contact_at),
      intakeDueOn: row.intake_due_on,
      assessmentComplete: row.assessment_complete === 1,
    })),
    referrals: agendaReferralRows(db, sinceOn).map((row) => ({
      referralId: row.id,
      status: row.status,
      referredOn: dateOf(row.occurred_at),
    })),
    referralsRecent: referralPathwaysSince(db, monthStart).map((row) => ({ pathway: row.pathway, referredOn: dateOf(row.occurred_at) })),
    justiceEvents: agendaJusticeRows(db, { sinceOn, today, courtHorizon: addDays(today, COURT_DATE_HORIZON_DAYS) }).map((row) => ({
      participantId: row.participant_id,
      kind: row.kind,
      occurredOn: row.occurred_on,
    })),
    stageMoves: stageMovesSince(db, movedSince).map((row) => ({
      participantId: row.participant_id,
      from: row.from_stage,
      to: row.to_stage,
      movedOn: onDeskCalendar(row.moved_at),
    })),
    wins: sharedWinRows(db, { sinceOn, today }).map((row) => ({
      participantId: row.participant_id,
      kind: row.kind,
      value: row.value,
      observedOn: row.observed_on,
    })),
    pairs: listPairs(db).map((pair) => ({ pairId: pair.id, label: pair.label, active: pair.active })),
    serviceReferrals: caseloadOpenServiceReferralRows(db).map((row) => ({
      participantId: row.participant_id,
      provider: row.provider,
      status: row.status,
      appointmentAt: row.appointment_at,
      statusChangedAt: row.status_changed_at,
    })),
  };
}
