import type { HousingStatus } from '../../../../shared/domain/assessment';
import { COURT_DATE_HORIZON_DAYS } from '../../../../shared/domain/board';
import { STAGES, type Stage } from '../../../../shared/domain/stages';
import type { Board, BoardCard } from '../../../../shared/ipc/caseload-contract';
import type { PairView } from '../../../../shared/ipc/pairs-contract';

export const FLAG_FILTERS = ['police', 'referral', 'court'] as const;
export type FlagFilter = (typeof FLAG_FILTERS)[number];

export const FLAG_FILTER_LABELS: Record<FlagFilter, string> = {
  police: 'Police contact since the last meeting',
  referral: 'Open service referral',
  court: `Court date in the next ${COURT_DATE_HORIZON_DAYS} days`,
};

/** The filters as typed: strings and '' for "any", so nothing typed is lost or reinterpreted. */
export interface BoardFilters {
  /** A pair's id as text (team view), or ''. */
  pairId: string;
  stage: Stage | '';
  flag: FlagFilter | '';
  housing: HousingStatus | '';
  /** "No contact in N days", as typed. */
  noContactDays: string;
  intakeOverdue: boolean;
  name: string;
}

export const NO_FILTERS: BoardFilters = { pairId: '', stage: '', flag: '', housing: '', noContactDays: '', intakeOverdue: false, name: '' };

export function filtersActive(filters: BoardFilters): boolean {
  return (Object.keys(NO_FILTERS) as (keyof BoardFilters)[]).some((key) => filters[key] !== NO_FILTERS[key]);
}

/** The typed number of days, or why it cannot be used; '' is no filter. */
export function noContactDays(typed: string): { days: number | null; problem: string | null } {
  const text = typed.trim();
  if (text === '') return { days: null, problem: null };
  if (!/^\d+$/.test(text) || Number(text) < 1) return { days: null, problem: 'Enter a whole number of days, 1 or more.' };
  return { days: Number(text), problem: null };
}

/** Lower case without accents, so "Sofia" finds "Sofía". */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

function cardMatches(card: BoardCard, filters: BoardFilters, days: number | null, name: string): boolean {
  if (filters.stage && card.stage !== filters.stage) return false;
  if (filters.flag === 'police' && card.newPoliceContacts === 0) return false;
  if (filters.flag === 'referral' && card.openServiceReferrals === 0) return false;
  if (filters.flag === 'court' && card.courtDateOn === null) return false;
  if (filters.housing && card.housing !== filters.housing) return false;
  if (days !== null && card.daysSinceContact !== null && card.daysSinceContact < days) return false;
  if (filters.intakeOverdue && !(card.intakeDaysLeft !== null && card.intakeDaysLeft < 0)) return false;
  if (name && !folded(card.name).includes(name) && !folded(card.preferredName ?? '').includes(name)) return false;
  return true;
}

export interface ShownLane {
  pair: PairView;
  /** The lane's cards that pass the filters, by stage column. */
  columns: Record<Stage, BoardCard[]>;
}

export interface ShownBoard {
  lanes: ShownLane[];
  shown: number;
  total: number;
}

type Lane = Board['lanes'][number];

/** Each lane's shown columns for the filters they were made for: a lane that did not change keeps its object, so it is not drawn again. */
const shownLanes = new WeakMap<Lane, { filters: BoardFilters; lane: ShownLane; shown: number }>();

function showLane(lane: Lane, filters: BoardFilters, days: number | null, name: string): { lane: ShownLane; shown: number } {
  const cached = shownLanes.get(lane);
  if (cached?.filters === filters) return cached;
  const columns = Object.fromEntries(STAGES.map((stage) => [stage, [] as BoardCard[]])) as Record<Stage, BoardCard[]>;
  let shown = 0;
  for (const card of lane.cards) {
    if (!cardMatches(card, filters, days, name)) continue;
    columns[card.stage].push(card);
    shown += 1;
  }
  const result = { filters, lane: { pair: lane.pair, columns }, shown };
  shownLanes.set(lane, result);
  return result;
}

/** What the board shows under `filters`: filtering happens here, on the loaded board. */
export function applyFilters(board: Board, filters: BoardFilters): ShownBoard {
  const { days } = noContactDays(filters.noContactDays);
  const name = folded(filters.name.trim());
  let shown = 0;
  let total = 0;
  const lanes = board.lanes
    .filter((lane) => !filters.pairId || String(lane.pair.id) === filters.pairId)
    .map((lane) => {
      const result = showLane(lane, filters, days, name);
      shown += result.shown;
      return result.lane;
    });
  for (const lane of board.lanes) total += lane.cards.length;
  return { lanes, shown, total };
}

/**
 * The widths of the five columns, shared by every lane so the stages line up down the page: a
 * column grows with the square root of how many cards it holds on the whole board (Active, with
 * most of the caseload, gets room for cards side by side; an empty column stays narrow but wide
 * enough to drop on). Counted before filtering, so the layout holds still while you type.
 */
export function columnTemplate(board: Board): string {
  const counts = new Map<Stage, number>(STAGES.map((stage) => [stage, 0]));
  for (const lane of board.lanes) for (const card of lane.cards) counts.set(card.stage, counts.get(card.stage)! + 1);
  const perLane = Math.max(1, board.lanes.length);
  return STAGES.map((stage) => {
    const count = counts.get(stage)! / perLane;
    return count === 0 ? 'minmax(7.5rem, 0.6fr)' : `minmax(9rem, ${Math.max(1, Math.sqrt(count)).toFixed(2)}fr)`;
  }).join(' ');
}
