import { COURT_DATE_HORIZON_DAYS, EXITED_SHOWN_DAYS, lastMeetingOn } from '../../shared/domain/board';
import { addDays, intakeDaysLeft } from '../../shared/domain/local-time';
import { followUpDue, type ReferralTiming } from '../../shared/domain/service-referral-status';
import type { Board, BoardCard } from '../../shared/ipc/caseload-contract';
import type { PairView } from '../../shared/ipc/pairs-contract';
import type { Desk } from '../desk';
import { cardRows, findCardRow, type CardParams, type CardRow } from '../db/tables/participants';
import type { Handlers, SignedInContext } from '../ipc/router';
import { UserError } from '../ipc/user-error';
import { auditReturned } from './audit';
import { listPairs, requirePair } from './pairs';
import { readSettings } from '../db/tables/settings';

interface BoardScope {
  desk: Desk;
  lastMeetingOn: string;
}

function toCard(row: CardRow, { desk }: BoardScope): BoardCard {
  return {
    participantId: row.id,
    name: row.name,
    preferredName: row.preferred_name,
    pairId: row.pair_id,
    stage: row.stage,
    assessmentComplete: row.assessment_complete === 1,
    lastContactAt: row.last_contact_at,
    daysSinceContact: desk.daysSince(row.last_contact_at),
    intakeDueOn: row.intake_due_on,
    intakeDaysLeft: intakeDaysLeft(row.intake_due_on, row.assessment_complete === 1, desk.today(), row.stage === 'exited'),
    newPoliceContacts: row.new_police_contacts,
    housing: row.observed_housing ?? row.assessed_housing,
    openServiceReferrals: row.open_service_referrals,
    followUps: (JSON.parse(row.appointments) as (ReferralTiming & { provider: string })[])
      .filter((referral) => followUpDue(referral, desk.now()))
      .map((referral) => referral.provider),
    courtDateOn: row.court_date_on,
    stageSince: row.stage_since,
  };
}

function cardParams(scope: BoardScope): CardParams {
  const today = scope.desk.today();
  return {
    today,
    lastMeetingOn: scope.lastMeetingOn,
    courtHorizon: addDays(today, COURT_DATE_HORIZON_DAYS),
    exitedSince: new Date(Date.parse(scope.desk.now()) - EXITED_SHOWN_DAYS * 86_400_000).toISOString(),
  };
}

function scopeOf({ desk, db }: SignedInContext): BoardScope & { contactAgingDays: number; contactOverdueDays: number } {
  const settings = readSettings(db);
  return {
    desk,
    lastMeetingOn: lastMeetingOn(desk.today(), settings.meetingWeekday),
    contactAgingDays: settings.contactAgingDays,
    contactOverdueDays: settings.contactOverdueDays,
  };
}

/** Lanes for `pairs`, in their order. */
function boardOf(context: SignedInContext, pairs: PairView[], pairId: number | null): Board {
  const { desk } = context;
  const scope = scopeOf(context);
  const rows = cardRows(context.db, cardParams(scope), pairId);
  const lanes = new Map(pairs.map((pair) => [pair.id, { pair, cards: [] as BoardCard[] }]));
  for (const row of rows) lanes.get(row.pair_id)?.cards.push(toCard(row, scope));
  return {
    today: desk.today(),
    lastMeetingOn: scope.lastMeetingOn,
    contactAgingDays: scope.contactAgingDays,
    contactOverdueDays: scope.contactOverdueDays,
    lanes: [...lanes.values()],
  };
}

export function boardCard(context: SignedInContext, participantId: number): BoardCard {
  const scope = scopeOf(context);
  const row = findCardRow(context.db, cardParams(scope), participantId);
  if (!row) throw new UserError('NOT_FOUND', 'That participant does not exist.');
  return toCard(row, scope);
}

const onBoard = (board: Board) => board.lanes.flatMap((lane) => lane.cards.map((card) => card.participantId));

export const boardHandlers: Pick<Handlers, 'board.pair' | 'board.team'> = {
  'board.pair': (input, context) => {
    const pair = requirePair(context.db, input.pairId);
    const board = boardOf(context, [pair], pair.id);
    auditReturned(context, { participantIds: onBoard(board) });
    return board;
  },
  'board.team': (_input, context) => {
    const everyPair = boardOf(context, listPairs(context.db), null);
    // A deactivated pair keeps its lane only while someone still has to be reassigned from it.
    const board = { ...everyPair, lanes: everyPair.lanes.filter((lane) => lane.pair.active || lane.cards.length > 0) };
    auditReturned(context, { participantIds: onBoard(board) });
    return board;
  },
};
