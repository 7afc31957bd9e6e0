import { useEffect, useRef, useState } from 'react';
import type { RoomScreen } from '../../../../shared/ipc/meetings-contract';
import { call } from '../../lead';
import { dateLabel } from '../../ui/dates';
import { RoomItem } from './RoomItem';
import '../../styles/audience.css';

const BLANK: RoomScreen = { kind: 'blank' };

/**
 * The room's screen in the audience window: the current item's room view (computed in the main
 * process, shared/domain/room-view.ts) in type readable across a room, and nothing to click. Its
 * window may call meetings.roomView and nothing else (electron/ipc/window-scope.ts). It asks
 * again each time the main process says the room's view changed; any failure, and the end of
 * the session, leave it blank: a projector shows nothing rather than something stale.
 */
export function AudienceRoute() {
  const [screen, setScreen] = useState<RoomScreen>(BLANK);
  const asked = useRef(0);
  useEffect(() => {
    let mounted = true;
    const fetchScreen = async () => {
      asked.current += 1;
      const ticket = asked.current;
      const reply = await call('meetings.roomView', {});
      // Only the latest question's answer may land: an older one would show a step already past.
      if (mounted && ticket === asked.current) setScreen(reply.ok ? reply.value : BLANK);
    };
    const stop = window.lead.onEvent((event) => {
      if (event.type === 'meeting.room') void fetchScreen();
      if (event.type === 'session.ended') {
        asked.current += 1;
        setScreen(BLANK);
      }
    });
    void fetchScreen();
    return () => {
      mounted = false;
      stop();
    };
  }, []);

  return (
    <main className="audience" aria-live="polite" data-room-screen={screen.kind}>
      {screen.kind === 'waiting' && (
        <div className="audience-waiting">
          <h1>LEAD operational workgroup</h1>
          <p>{dateLabel(screen.meetsOn)}</p>
          <p>Waiting for the next item.</p>
          <NotDiscussed count={screen.notDiscussed} />
        </div>
      )}
      {screen.kind === 'item' && (
        <div className="audience-item" data-room-item={screen.position}>
          <p className="audience-position">
            Item {screen.position} of {screen.of}
          </p>
          <RoomItem view={screen.item} headingLevel={2} />
          <NotDiscussed count={screen.notDiscussed} />
        </div>
      )}
    </main>
  );
}

function NotDiscussed({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <p className="audience-not-discussed">
      {count} {count === 1 ? 'participant' : 'participants'} not discussed with this group
    </p>
  );
}
