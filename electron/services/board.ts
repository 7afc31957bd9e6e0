import { COURT_DATE_HORIZON_DAYS, EXITED_SHOWN_DAYS, lastMeetingOn } from '../../shared/domain/board';
import { POLICE_CONTACT_KINDS } from '../../shared/domain/justice-events';
import { addDays, intakeDaysLeft } from '../../shared/domain/local-time';
import type { Stage } from '../../shared/domain/stages';
import type { HousingStatus } from '../../shared/domain/assessment';
import type { Board, BoardCard } from '../../shared/ipc/caseload-contract';
import type { PairView } from '../../shared/ipc/pairs-contract';
import type { Desk } from '../desk';
import type { Handlers } from '../ipc/router';
import { UserError } from '../ipc/user-error';
import { auditReturned } from './audit';
import { listPairs, requirePair } from './pairs';
import { readSettings } from './settings';

interface CardRow {
  id: number;
  name: string;
  preferred_name: string | null;
  pair_id: number;
  stage: Stage;
  stage_since: string;
  intake_due_on: string | null;
  assessment_complete: number;
  assessed_housing: HousingStatus | null;
  last_contact_at: string | null;
  new_police_contacts: number;
  observed_housing: HousingStatus | null;
  open_service_referrals: number;
  court_date_on: string | null;
}

const POLICE_KINDS = POLICE_CONTACT_KINDS.map((kind) => `'${kind}'`).join(', ');

/**
 * Every card's facts in one statement. Each correlated subquery reads one participant's rows
 * through an index that starts with participant_id, so a board costs one index probe per card
 * and fact, however long the program's history grows.
 */
const CARD_QUERY = `
  SELECT x.id, p.name, p.preferred_name, x.pair_id, x.stage, x.stage_since, x.intake_due_on,
         a.completed_at IS NOT NULL AS assessment_complete,
         json_extract(a.data, '$.housingStatus') AS assessed_housing,
         (SELECT max(c.occurred_at) FROM contacts c WHERE c.participant_id = x.id) AS last_contact_at,
         (SELECT count(*) FROM justice_events j
           WHERE j.participant_id = x.id AND j.kind IN (${POLICE_KINDS}) AND j.occurred_on BETWEEN @lastMeetingOn AND @today) AS new_police_contacts,
         (SELECT o.value FROM outcomes o WHERE o.participant_id = x.id AND o.kind = 'housing'
           ORDER BY o.observed_on DESC, o.id DESC LIMIT 1) AS observed_housing,
         (SELECT count(*) FROM service_referrals s WHERE s.participant_id = x.id AND s.status = 'open') AS open_service_referrals,
         (SELECT min(j.occurred_on) FROM justice_events j
           WHERE j.participant_id = x.id AND j.kind = 'court_date' AND j.occurred_on BETWEEN @today AND @courtHorizon) AS court_date_on
  FROM participants x
  JOIN people p ON p.id = x.person_id
  LEFT JOIN assessments a ON a.referral_id = x.referral_id`;

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
    courtDateOn: row.court_date_on,
    stageSince: row.stage_since,
  };
}

function cardParams(scope: BoardScope) {
  const today = scope.desk.today();
  return {
    today,
    lastMeetingOn: scope.lastMeetingOn,
    courtHorizon: addDays(today, COURT_DATE_HORIZON_DAYS),
    exitedSince: new Date(Date.parse(scope.desk.now()) - EXITED_SHOWN_DAYS * 86_400_000).toISOString(),
  };
}

function scopeOf(desk: Desk): BoardScope & { contactAgingDays: number; contactOverdueDays: number } {
  const settings = readSettings(desk.requireDb());
  return {
    desk,
    lastMeetingOn: lastMeetingOn(desk.today(), settings.meetingWeekday),
    contactAgingDays: settings.contactAgingDays,
    contactOverdueDays: settings.contactOverdueDays,
  };
}

/** Everyone still on the caseload, and those who exited in the last few weeks. */
const ON_BOARD = `(x.stage <> 'exited' OR x.stage_since >= @exitedSince)`;
const CARD_ORDER = `ORDER BY coalesce(p.preferred_name, p.name) COLLATE NOCASE, x.id`;

/** Lanes for `pairs`, in their order. */
function boardOf(desk: Desk, pairs: PairView[], cardsWhere: string, params: Record<string, unknown>): Board {
  const scope = scopeOf(desk);
  const rows = desk
    .requireDb()
    .prepare(`${CARD_QUERY} WHERE ${cardsWhere} AND ${ON_BOARD} ${CARD_ORDER}`)
    .all({ ...cardParams(scope), ...params }) as CardRow[];
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

export function boardCard(desk: Desk, participantId: number): BoardCard {
  const scope = scopeOf(desk);
  const row = desk.requireDb().prepare(`${CARD_QUERY} WHERE x.id = @id`).get({ ...cardParams(scope), id: participantId }) as CardRow | undefined;
  if (!row) throw new UserError('NOT_FOUND', 'That participant does not exist.');
  return toCard(row, scope);
}

const onBoard = (board: Board) => board.lanes.flatMap((lane) => lane.cards.map((card) => card.participantId));

export const boardHandlers: Pick<Handlers, 'board.pair' | 'board.team'> = {
  'board.pair': (input, context) => {
    const { desk } = context;
    const pair = requirePair(desk.requireDb(), input.pairId);
    const board = boardOf(desk, [pair], 'x.pair_id = @pairId', { pairId: pair.id });
    auditReturned(context, { participantIds: onBoard(board) });
    return board;
  },
  'board.team': (_input, context) => {
    const { desk } = context;
    const everyPair = boardOf(desk, listPairs(desk.requireDb()), '1 = 1', {});
    // A deactivated pair keeps its lane only while someone still has to be reassigned from it.
    const board = { ...everyPair, lanes: everyPair.lanes.filter((lane) => lane.pair.active || lane.cards.length > 0) };
    auditReturned(context, { participantIds: onBoard(board) });
    return board;
  },
};
