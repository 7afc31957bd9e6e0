import type { RoomItemView } from '../../../../shared/domain/room-view';

/**
 * One item as the room sees it: the presenter's preview and the audience window render this same
 * component, so the preview is exactly the shared screen. It shows only what the main process put
 * in the view (shared/domain/room-view.ts); it never adds anything of its own.
 */
export function RoomItem({ view, headingLevel }: { view: RoomItemView; headingLevel: 2 | 3 }) {
  const Name = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="room-item">
      <Name className="room-item-name">{view.name}</Name>
      <dl className="room-item-facts">
        <div>
          <dt>Stage</dt>
          <dd>{view.stage}</dd>
        </div>
        <div>
          <dt>Engagement</dt>
          <dd>{view.engagement}</dd>
        </div>
      </dl>
      {view.summary && <p className="room-item-summary">{view.summary}</p>}
      {view.wins && (
        <div className="room-item-list">
          <p className="room-item-list-label">Wins</p>
          <ul>
            {view.wins.map((win) => (
              <li key={win}>{win}</li>
            ))}
          </ul>
        </div>
      )}
      {view.needs && (
        <div className="room-item-list">
          <p className="room-item-list-label">Needs</p>
          <ul>
            {view.needs.map((need) => (
              <li key={need}>{need}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
