import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type FocusEvent } from 'react';
import { STAGE_LABELS, type Stage } from '../../../../shared/domain/stages';
import type { BoardCard } from '../../../../shared/ipc/caseload-contract';
import type { SessionView } from '../../../../shared/ipc/session-contract';
import { go } from '../../app/route-store';
import { call } from '../../lead';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { useOnMount } from '../../ui/use-on-mount';
import { applyFilters, columnTemplate, filtersActive, type ShownLane } from './board-filters';
import { moveBlocked, needsReason } from './board-moves';
import { cardChanged, clearFilters, openBoard, useBoard } from './board-store';
import { BoardDragArea } from './BoardDragArea';
import { BoardFilters } from './BoardFilters';
import { BoardLane } from './BoardLane';
import type { DropTarget } from './BoardColumn';
import { cardName, type CardContext } from './card-facts';
import type { CardCommand, OnCardCommand } from './card-command';
import { KeyboardHelp } from './KeyboardHelp';
import { LogContactDialog } from './LogContactDialog';
import { MoveReasonDialog } from './MoveReasonDialog';
import { PairPicker } from './PairPicker';
import { ReassignDialog } from './ReassignDialog';
import { useBoardUpdates } from './use-board-updates';
import { useStagedLanes } from './use-staged-lanes';

import '../../styles/board.css';

const NO_LANES: ShownLane[] = [];

type OpenDialog =
  | { kind: 'reason'; card: BoardCard; to: Stage }
  | { kind: 'contact'; card: BoardCard }
  | { kind: 'reassign'; card: BoardCard; pairId: number | null }
  | null;

interface News {
  tone: 'done' | 'refused';
  text: string;
  /** Changes with every message, so the same words said twice are read out twice. */
  seq: number;
}

const openButton = (root: HTMLElement | null, participantId: number) =>
  root?.querySelector<HTMLElement>(`[data-card-id="${participantId}"] .board-card-open`) ?? null;

/**
 * The caseload board: the supervisor's whole team as swimlanes, or one pair's caseload, in the
 * five stage columns. Cards move by dragging, by their menu or by shortcuts; every move is said
 * aloud, keeps the focus on the card, and the board follows changes made anywhere.
 */
export function CaseloadBoard({ view }: { view: SessionView }) {
  const supervisor = view.user.role === 'supervisor';
  const { source, board, problem, pairs, filters } = useBoard();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [news, setNews] = useState<News | null>(null);
  const root = useRef<HTMLDivElement>(null);
  /** The card to focus once it is in its new place. */
  const pendingFocus = useRef<number | null>(null);
  /** The element last focused on the board, so a refresh that rebuilds it can give the focus back. */
  const lastFocused = useRef<{ element: HTMLElement; participantId: number } | null>(null);

  useOnMount(() => void openBoard(view.user));
  useBoardUpdates();

  useEffect(() => {
    const wanted = pendingFocus.current;
    if (wanted !== null) {
      pendingFocus.current = null;
      const target = openButton(root.current, wanted);
      target?.focus();
      target?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      return;
    }
    const last = lastFocused.current;
    if (last && !last.element.isConnected && (document.activeElement === document.body || document.activeElement === null)) {
      openButton(root.current, last.participantId)?.focus({ preventScroll: true });
    }
  });

  function onFocus(event: FocusEvent<HTMLDivElement>) {
    const slot = event.target.closest<HTMLElement>('[data-card-id]');
    lastFocused.current = slot ? { element: event.target, participantId: Number(slot.dataset.cardId) } : null;
  }

  const say = useCallback((tone: News['tone'], text: string) => setNews((last) => ({ tone, text, seq: (last?.seq ?? 0) + 1 })), []);

  const moved = useCallback(
    (card: BoardCard) => {
      setDialog(null);
      pendingFocus.current = card.participantId;
      cardChanged(card);
      say('done', `${cardName(card)} moved to ${STAGE_LABELS[card.stage]}.`);
    },
    [say],
  );

  const refuse = useCallback(
    (card: BoardCard, why: string) => say('refused', `${cardName(card)} stays in ${STAGE_LABELS[card.stage]}: ${why}`),
    [say],
  );

  const requestMove = useCallback(
    async (card: BoardCard, to: Stage) => {
      const problem = moveBlocked(card, to);
      if (problem) return refuse(card, problem);
      if (needsReason(to)) return setDialog({ kind: 'reason', card, to });
      const reply = await call('participants.move', { participantId: card.participantId, to, reason: null });
      if (reply.ok) moved(reply.value);
      else if (reply.error.code !== 'NOT_SIGNED_IN') refuse(card, reply.error.message);
    },
    [moved, refuse],
  );

  const onCommand = useCallback<OnCardCommand>(
    (card: BoardCard, command: CardCommand) => {
      if (command.kind === 'open') go('participant', card.participantId);
      else if (command.kind === 'contact') setDialog({ kind: 'contact', card });
      else if (command.kind === 'reassign') setDialog({ kind: 'reassign', card, pairId: null });
      else void requestMove(card, command.to);
    },
    [requestMove],
  );

  // Announcements and drops name lanes by the latest board without being rebuilt at every refresh.
  const lanes = useRef(board?.lanes ?? []);
  useLayoutEffect(() => {
    lanes.current = board?.lanes ?? [];
  }, [board]);
  const laneOf = useCallback((pairId: number) => lanes.current.find((lane) => lane.pair.id === pairId)?.pair.label ?? 'another pair', []);

  const onDrop = useCallback(
    (card: BoardCard, target: DropTarget) => {
      if (target.pairId === card.pairId) void requestMove(card, target.stage);
      else if (supervisor) setDialog({ kind: 'reassign', card, pairId: target.pairId });
      else
        say('refused', `${cardName(card)} stays with ${laneOf(card.pairId)}: only the supervisor reassigns participants to another pair.`);
    },
    [requestMove, supervisor, say, laneOf],
  );

  const shown = useMemo(() => (board ? applyFilters(board, filters) : null), [board, filters]);
  const drawnLanes = useStagedLanes(shown?.lanes ?? NO_LANES);
  const template = useMemo(() => (board ? columnTemplate(board) : undefined), [board]);
  const today = board?.today ?? '';
  const lastMeetingOn = board?.lastMeetingOn ?? '';
  const contactAgingDays = board?.contactAgingDays ?? 0;
  const contactOverdueDays = board?.contactOverdueDays ?? 0;
  const context = useMemo<CardContext>(
    () => ({ today, lastMeetingOn, contactAgingDays, contactOverdueDays, supervisor }),
    [today, lastMeetingOn, contactAgingDays, contactOverdueDays, supervisor],
  );

  return (
    <div className="board" ref={root} onFocus={onFocus}>
      {!supervisor && pairs && !source && !pairs.some((pair) => pair.active) && <NoPairs />}
      {(source || (!supervisor && pairs?.some((pair) => pair.active))) && (
        <BoardFilters
          filters={filters}
          pairs={supervisor && board ? board.lanes.map((lane) => lane.pair) : null}
          picker={!supervisor && pairs && <PairPicker pairs={pairs} source={source} />}
          showFilters={source !== null}
        />
      )}
      {shown && (
        <div className="board-summary">
          <p role="status" className="result-count">
            Showing {shown.shown} of {shown.total} {shown.total === 1 ? 'participant' : 'participants'}.
          </p>
          {filtersActive(filters) && (
            <Button variant="link" onClick={clearFilters}>
              Clear filters
            </Button>
          )}
          <KeyboardHelp supervisor={supervisor} />
        </div>
      )}
      <div className="board-news" role="status">
        {news?.tone === 'done' && <span key={news.seq}>{news.text}</span>}
      </div>
      <div className="board-news board-news-refused" role="alert">
        {news?.tone === 'refused' && <span key={news.seq}>{news.text}</span>}
      </div>
      {problem && <Alert tone="error">{problem}</Alert>}
      {source && !board && !problem && <p role="status">Loading the board…</p>}
      {board && board.lanes.length === 0 && <NoPairs />}
      {shown && context && (
        <BoardDragArea context={context} laneLabel={laneOf} onDrop={onDrop}>
          {(dragged) => (
            <div
              className={supervisor ? 'board-lanes board-lanes-team' : 'board-lanes'}
              style={{ '--board-columns': template } as CSSProperties}
            >
              {drawnLanes.map((lane) => (
                <BoardLane key={lane.pair.id} lane={lane} dragged={dragged} context={context} onCommand={onCommand} />
              ))}
            </div>
          )}
        </BoardDragArea>
      )}
      {dialog?.kind === 'reason' && <MoveReasonDialog card={dialog.card} to={dialog.to} onMoved={moved} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'contact' && (
        <LogContactDialog
          card={dialog.card}
          onClose={() => setDialog(null)}
          onLogged={(card) => {
            setDialog(null);
            cardChanged(card);
            say('done', `Contact logged with ${cardName(card)}.`);
          }}
        />
      )}
      {dialog?.kind === 'reassign' && (
        <ReassignDialog
          card={dialog.card}
          pairId={dialog.pairId}
          onClose={() => setDialog(null)}
          onReassigned={(card, pair) => {
            setDialog(null);
            pendingFocus.current = card.participantId;
            cardChanged(card);
            say('done', `${cardName(card)} now works with ${pair.label}.`);
          }}
        />
      )}
    </div>
  );
}

function NoPairs() {
  return <p>No pairs are set up yet. A supervisor creates pairs (a case manager and a peer) on the Pairs page.</p>;
}
