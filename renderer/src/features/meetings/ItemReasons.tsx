import { AGENDA_SECTION_LABELS } from '../../../../shared/domain/agenda';
import type { MeetingItemView } from '../../../../shared/ipc/meetings-contract';

/** Why the desk put an item on the agenda: for the team's eyes only, never on the room's screen. */
export function ItemReasons({ item }: { item: MeetingItemView }) {
  if (item.reasons.length === 0) return null;
  return (
    <ul className="agenda-reasons" aria-label={`Why ${item.name} is on the agenda (team only)`}>
      {item.reasons.map((reason) => (
        <li key={`${reason.section}-${reason.text}`}>
          <span className="agenda-reason-section">{AGENDA_SECTION_LABELS[reason.section]}:</span> {reason.text}
        </li>
      ))}
    </ul>
  );
}
