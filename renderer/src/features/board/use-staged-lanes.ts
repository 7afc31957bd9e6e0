import { startTransition, useEffect, useState } from 'react';
import { STAGES } from '../../../../shared/domain/stages';
import type { ShownLane } from './board-filters';

/**
 * How many cards the board's first drawing holds, at least: more than a screen shows at once
 * (a 1366x768 window shows about six, a large monitor about twenty).
 */
export const FIRST_DRAWING_CARDS = 40;

const cardsIn = (lane: ShownLane) => STAGES.reduce((sum, stage) => sum + lane.columns[stage].length, 0);

/** The first lanes, up to the one that brings the cards to FIRST_DRAWING_CARDS: what the window shows first. */
export function firstDrawing(lanes: ShownLane[]): ShownLane[] {
  let cards = 0;
  let count = 0;
  while (count < lanes.length && cards < FIRST_DRAWING_CARDS) {
    cards += cardsIn(lanes[count]!);
    count += 1;
  }
  return count === lanes.length ? lanes : lanes.slice(0, count);
}

/**
 * The lanes to draw now. A team board can hold hundreds of cards and only its first lanes are
 * on screen, so the board is drawn twice when it appears: its first drawing at once, then every
 * lane as a transition, which React builds in small slices after the first drawing is painted
 * and which gives way to anything typed or clicked meanwhile. The whole board is in the
 * document a moment later, for Tab, Find and screen readers.
 */
export function useStagedLanes(lanes: ShownLane[]): ShownLane[] {
  const [everyLane, setEveryLane] = useState(false);
  const hasLanes = lanes.length > 0;
  useEffect(() => {
    if (!everyLane && hasLanes) startTransition(() => setEveryLane(true));
  }, [everyLane, hasLanes]);
  return everyLane ? lanes : firstDrawing(lanes);
}
