import type { MeetingView } from '../../../../shared/ipc/meetings-contract';
import { AgendaItemCard } from './AgendaItemCard';
import { agendaItems, othersItemsLine } from './meeting-format';

/**
 * The agenda as the team curates it before the meeting: the items in order, each with why it is
 * there, its notes and what the room would see; dropped items stay below, to be put back.
 */
export function AgendaEditor({ meeting, editable }: { meeting: MeetingView; editable: boolean }) {
  const items = agendaItems(meeting);
  const dropped = meeting.items.filter((item) => item.dropped);
  return (
    <section aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">Agenda ({items.length})</h2>
      {items.length === 0 && <p>Nothing is on the agenda. Add a participant below.</p>}
      <ol className="agenda-items">
        {items.map((item, index) => (
          <AgendaItemCard
            key={item.id}
            item={item}
            place={index + 1}
            before={items[index - 1] ?? null}
            after={items[index + 1] ?? null}
            editable={editable}
            withDecision={false}
          />
        ))}
      </ol>
      {othersItemsLine(meeting.othersItems) && <p className="cell-second-line">{othersItemsLine(meeting.othersItems)}</p>}
      {dropped.length > 0 && (
        <>
          <h3>Dropped from this meeting</h3>
          <ul className="agenda-items">
            {dropped.map((item) => (
              <AgendaItemCard key={item.id} item={item} place={0} before={null} after={null} editable={editable} withDecision={false} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
