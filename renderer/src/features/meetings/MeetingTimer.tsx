import { useEffect, useState } from 'react';
import { elapsedLabel } from './meeting-format';

/** How long the meeting has run, and how long the room has been on the current item. */
export function MeetingTimer({ startedAt, currentItemId }: { startedAt: string; currentItemId: number | null }) {
  const [now, setNow] = useState(() => Date.now());
  // When this window saw the item come up (to the timer's last tick): its clock starts again at each step.
  const [itemSince, setItemSince] = useState({ id: currentItemId, at: now });
  if (itemSince.id !== currentItemId) setItemSince({ id: currentItemId, at: now });
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return (
    <p className="meeting-timer" aria-live="off">
      <span>
        Meeting <strong>{elapsedLabel(now - Date.parse(startedAt))}</strong>
      </span>
      {currentItemId !== null && (
        <span>
          This item <strong>{elapsedLabel(now - itemSince.at)}</strong>
        </span>
      )}
    </p>
  );
}
