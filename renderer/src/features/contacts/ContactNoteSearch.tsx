import { CONTACT_KIND_LABELS } from '../../../../shared/domain/contacts';
import type { ContactHit, ContactHitPage } from '../../../../shared/ipc/caseload-contract';
import { count } from '../../ui/Pager';
import { go } from '../../app/route-store';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { dateLabel, timeLabel } from '../../ui/dates';
import { participantName } from '../../ui/participant-name';
import { SearchBox } from '../../ui/SearchBox';
import type { SearchAsYouType } from '../../ui/use-search-as-you-type';
import { excerptParts } from './excerpt';

import '../../styles/contacts.css';

/** Words in contact notes, across everyone: each hit names the participant and opens their record. */
export function ContactNoteSearch({ search }: { search: SearchAsYouType<ContactHit, ContactHitPage> }) {
  const { result } = search;
  return (
    <>
      <SearchBox
        region="Contact notes"
        label="Search contact notes"
        hint="Words from a note, e.g. shelter or ID card. Every word must appear; the start of a word is enough. Results appear as you type."
        search={search}
      />
      {search.error && <Alert tone="error">{search.error}</Alert>}
      {result && (
        <p role="status" className="result-count">
          {noteLine(result.page.total, result.hits.length, result.query)}
        </p>
      )}
      {result && result.hits.length > 0 && (
        <ol className="contact-hits" aria-label="Contact notes found">
          {result.hits.map((hit) => (
            <li key={hit.contactId} className="contact-hit">
              <div className="contact-hit-head">
                <Button variant="link" className="contact-hit-name" onClick={() => go('participant', hit.participantId)}>
                  {participantName(hit)}
                </Button>
                <span className="contact-hit-when">
                  {dateLabel(hit.occurredAt)}, {timeLabel(hit.occurredAt)} · {CONTACT_KIND_LABELS[hit.kind]}
                </span>
              </div>
              <p className="contact-hit-excerpt">
                {excerptParts(hit.excerpt).map((part, index) =>
                  part.matched ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
                )}
              </p>
            </li>
          ))}
        </ol>
      )}
      {result && result.hits.length < result.page.total && (
        <div className="show-more">
          <Button onClick={() => void search.showMore()} busyLabel={search.loadingMore && 'Loading…'}>
            Show {count(Math.min(result.page.hits.length || 50, result.page.total - result.hits.length))} more
          </Button>
          <span>
            {count(result.hits.length)} of {count(result.page.total)} shown
          </span>
        </div>
      )}
    </>
  );
}

function noteLine(total: number, shown: number, query: string): string {
  if (total === 0) return `No contact note matches “${query}”.`;
  const matches = `${count(total)} ${total === 1 ? 'contact note matches' : 'contact notes match'} “${query}”.`;
  return shown < total ? `${matches} Showing the newest ${count(shown)}.` : matches;
}
