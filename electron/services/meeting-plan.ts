import { agendaDates, buildAgenda, programNumbers as numbersFrom, type AgendaFacts, type ProgramNumbers } from '../../shared/domain/agenda';
import { dateOf } from '../../shared/domain/calendar';
import type { Db } from '../db/open-database';
import { insertItem, insertMeeting, lastClosedMeetingOn, openActionRows } from '../db/tables/meetings';
import { referralPathwaysSince } from '../db/tables/referrals';
import { readSettings } from '../db/tables/settings';
import type { SignedInContext } from '../ipc/router';
import { gatherAgendaFacts } from './agenda';
import { listPairs } from './pairs';

/**
 * Planning the next meeting: its agenda built from the desk's data (shared/domain/agenda.ts),
 * saved as items the team then curates. "Since the last meeting" is the day of the last meeting
 * held, or, before the first, the meeting day a week before.
 */

/** Open action items from earlier meetings, as the agenda builder takes them: each about its item's subject. */
function openActions(db: Db): AgendaFacts['openActions'] {
  return openActionRows(db).flatMap((row): AgendaFacts['openActions'] => {
    if (row.participant_id !== null) return [{ subject: { participantId: row.participant_id, referralId: null }, dueOn: row.due_on }];
    if (row.referral_id !== null) return [{ subject: { participantId: null, referralId: row.referral_id }, dueOn: row.due_on }];
    return [];
  });
}

/** Creates the planned meeting with its built agenda; call inside the handler's transaction. Returns its id. */
export function planMeeting(context: SignedInContext): number {
  const { desk, db, user } = context;
  const settings = readSettings(db);
  const today = desk.today();
  const dates = agendaDates(today, settings.meetingWeekday);
  const sinceOn = lastClosedMeetingOn(db) ?? dates.sinceOn;
  const agenda = buildAgenda(gatherAgendaFacts(db, { today, now: desk.now(), sinceOn, settings }, openActions(db)));
  const id = insertMeeting(db, { meetsOn: agenda.meetsOn, sinceOn, createdBy: user.id, at: desk.now() });
  for (const entry of agenda.entries) {
    insertItem(db, { meetingId: id, ...entry.subject, reasons: JSON.stringify(entry.reasons), addedBy: null });
  }
  context.audit({ subjectType: 'meeting', subjectId: String(id), detail: { meetsOn: agenda.meetsOn, items: agenda.entries.length } });
  return id;
}

/** The program's numbers as they stand: caseload against the cap per pair, referrals by pathway this month. */
export function programNumbers(db: Db, today: string): ProgramNumbers {
  const pairs = listPairs(db);
  return numbersFrom({
    today,
    caseloadCap: readSettings(db).caseloadCap,
    pairs: pairs.map((pair) => ({ pairId: pair.id, label: pair.label, active: pair.active, caseload: pair.caseload })),
    referralsRecent: referralPathwaysSince(db, `${today.slice(0, 7)}-01`).map((row) => ({
      pathway: row.pathway,
      referredOn: dateOf(row.occurred_at),
    })),
  });
}
