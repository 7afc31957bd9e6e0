import type { MeetingView } from '../../../../shared/ipc/meetings-contract';
import type { SearchHit, SearchPage } from '../../../../shared/ipc/people-contract';
import { call } from '../../lead';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { participantName } from '../../ui/participant-name';
import { SearchBox } from '../../ui/SearchBox';
import { useAction } from '../../ui/use-action';
import { useSearchAsYouType } from '../../ui/use-search-as-you-type';
import { setMeeting } from './meeting-store';

const HITS_SHOWN = 10;

/** Finds a participant by name and puts them on the agenda: the desk's own list is only a start. */
export function AddToAgenda({ meeting }: { meeting: MeetingView }) {
  const people = useSearchAsYouType<SearchHit, SearchPage>((query, offset) =>
    call('people.search', { query, scope: 'participants', offset, limit: HITS_SHOWN }),
  );
  const add = useAction((participantId: number) => call('meetings.addItem', { meetingId: meeting.id, participantId }), setMeeting);
  const onAgenda = new Set(meeting.items.map((item) => item.participantId));
  const hits = (people.result?.hits ?? []).filter((hit): hit is SearchHit & { participantId: number } => hit.participantId !== null);
  return (
    <section className="panel" aria-labelledby="add-to-agenda-heading">
      <h2 id="add-to-agenda-heading">Add a participant</h2>
      <SearchBox region="Add a participant" label="Find a participant" hint="Name, alias or preferred name." search={people} />
      {people.error && <Alert tone="error">{people.error}</Alert>}
      {add.formError && <Alert tone="error">{add.formError}</Alert>}
      {people.result && hits.length === 0 && <p>No participant matches “{people.result.query}”.</p>}
      {hits.length > 0 && (
        <ul className="agenda-search-hits">
          {hits.map((hit) => {
            const name = participantName(hit);
            return (
              <li key={hit.participantId}>
                <span>{name}</span>
                {onAgenda.has(hit.participantId) ? (
                  <span className="cell-second-line">On the agenda</span>
                ) : (
                  <Button aria-label={`Add to the agenda: ${name}`} onClick={() => void add.run(hit.participantId)}>
                    Add to the agenda
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
