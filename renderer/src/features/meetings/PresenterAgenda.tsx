import { memo, useCallback, useEffect, useRef } from 'react';
import type { MeetingItemView } from '../../../../shared/ipc/meetings-contract';
import { Button } from '../../ui/Button';

interface PresenterAgendaProps {
  items: MeetingItemView[];
  currentItemId: number | null;
  onStep(item: MeetingItemView): void;
}

/**
 * The presenter's agenda, each item a button that puts it on the room's screen. A step replaces
 * one item and keeps the others as they were (meeting-store.ts), so only the entries whose item
 * or place changed are drawn again: a long agenda does not slow the step down.
 */
export function PresenterAgenda({ items, currentItemId, onStep }: PresenterAgendaProps) {
  const latest = useRef(onStep);
  useEffect(() => {
    latest.current = onStep;
  });
  const step = useCallback((item: MeetingItemView) => latest.current(item), []);
  return (
    <ol>
      {items.map((item) => (
        <AgendaEntry key={item.id} item={item} current={item.id === currentItemId} onStep={step} />
      ))}
    </ol>
  );
}

const AgendaEntry = memo(function AgendaEntry({
  item,
  current,
  onStep,
}: {
  item: MeetingItemView;
  current: boolean;
  onStep(item: MeetingItemView): void;
}) {
  return (
    <li>
      <Button variant="link" aria-current={current ? 'true' : undefined} onClick={() => onStep(item)}>
        {item.name}
        {item.room.shown ? '' : ' (not shown to this room)'}
        {item.discussedAt && !current ? ' · discussed' : ''}
      </Button>
    </li>
  );
});
