import { dateLabel } from '../../ui/dates';
import { useState } from 'react';
import type { ParticipantSummary, SearchHit } from '../../../../shared/ipc/intake-contract';
import { go } from '../../app/route-store';
import { call } from '../../lead';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Heading } from '../../ui/Heading';
import { useAction } from '../../ui/use-action';
import { useOnMount } from '../../ui/use-on-mount';
import { ContactNoteSearch } from '../contacts/ContactNoteSearch';
import { ChoiceGroup } from '../../ui/form-parts';
import { SearchBox } from './SearchBox';
import { useSearchAsYouType } from './use-search-as-you-type';
import { CONSENT_GLANCE_LABELS, STAGE_LABELS, intakeState, participantName } from './participant-format';

import '../../styles/participant-pages.css';

type SearchMode = 'people' | 'notes';
const SEARCH_MODES = [
  { value: 'people', label: 'Names, aliases and dates of birth' },
  { value: 'notes', label: 'Contact notes' },
];

interface Row {
  id: number;
  name: string;
  preferredName: string | null;
  dateOfBirth: string | null;
  aliases: string[];
  summary: ParticipantSummary | null;
}

const rowOf = (summary: ParticipantSummary): Row => ({ ...summary, aliases: [], summary });

/**
 * Everyone enrolled, with a search that answers as you type: by name, alias, preferred name or
 * date of birth, or by words in contact notes.
 */
export function ParticipantsPage() {
  const [participants, setParticipants] = useState<ParticipantSummary[] | null>(null);
  const load = useAction(() => call('participants.list', {}), setParticipants);
  useOnMount(() => void load.run());

  const [mode, setMode] = useState<SearchMode>('people');
  const people = useSearchAsYouType((query) => call('people.search', { query }));
  const notes = useSearchAsYouType((query) => call('contacts.search', { query }));
  const search = people.result;

  const byId = new Map((participants ?? []).map((p) => [p.id, p]));
  const rows: Row[] | null = search
    ? search.hits
        .filter((hit): hit is SearchHit & { participantId: number } => hit.participantId !== null)
        .map((hit) => ({ ...hit, id: hit.participantId, summary: byId.get(hit.participantId) ?? null }))
    : participants && participants.map(rowOf);
  const notEnrolled = search ? search.hits.filter((hit) => hit.participantId === null).length : 0;

  return (
    <>
      <Heading>Participants</Heading>
      <div className="participant-search-mode">
        <ChoiceGroup
          legend="Search in"
          type="radio"
          options={SEARCH_MODES}
          selected={[mode]}
          onChange={(chosen) => chosen[0] && setMode(chosen[0] as SearchMode)}
        />
      </div>
      {mode === 'notes' ? (
        <ContactNoteSearch search={notes} />
      ) : (
        <SearchBox
          region="Participants"
          label="Search participants"
          hint="Name, alias, preferred name, or date of birth (1990-05-12 or 5/12/1990). Results appear as you type."
          search={people}
        />
      )}
      {load.formError && <Alert tone="error">{load.formError}</Alert>}
      {mode === 'people' && people.error && <Alert tone="error">{people.error}</Alert>}
      {mode === 'people' && rows && (
        <p role="status" className="result-count">
          {resultLine(rows.length, search?.query ?? null, notEnrolled)}
        </p>
      )}
      {mode === 'people' && rows && rows.length > 0 && (
        <div className="table-scroll" role="region" aria-label={search ? 'Search results' : 'All participants'} tabIndex={0}>
          <table className="table participant-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Date of birth</th>
                <th scope="col">Pair</th>
                <th scope="col">Stage</th>
                <th scope="col">Intake assessment</th>
                <th scope="col">Consent</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <ParticipantRow key={row.id} row={row} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function resultLine(count: number, query: string | null, notEnrolled: number): string {
  const others = notEnrolled > 0 ? ` ${notEnrolled} more ${notEnrolled === 1 ? 'person who is' : 'people who are'} not enrolled also ${notEnrolled === 1 ? 'matches' : 'match'}.` : '';
  if (query === null) {
    return count === 0 ? 'No participants yet. People appear here once they are enrolled from a referral.' : `${count} ${count === 1 ? 'participant' : 'participants'}.`;
  }
  if (count === 0) return `No participant matches “${query}”.${others}`;
  return `${count} ${count === 1 ? 'participant matches' : 'participants match'} “${query}”.${others}`;
}

function ParticipantRow({ row }: { row: Row }) {
  const { summary } = row;
  const intake = summary && intakeState(summary);
  return (
    <tr>
      <th scope="row">
        <Button variant="link" className="participant-open" onClick={() => go('participant', row.id)}>
          {participantName(row)}
        </Button>
        {row.aliases.length > 0 && <span className="cell-second-line">Also known as {row.aliases.join(', ')}</span>}
      </th>
      <td className="nowrap">{row.dateOfBirth ? dateLabel(row.dateOfBirth) : 'Not recorded'}</td>
      <td>{summary?.pair.label ?? '—'}</td>
      <td className="nowrap">{summary ? STAGE_LABELS[summary.stage] : '—'}</td>
      <td>{intake ? <IntakeBadge text={intake.text} overdue={intake.overdue} /> : '—'}</td>
      <td>{summary ? <span className={`participant-consent participant-consent-${summary.consent}`}>{CONSENT_GLANCE_LABELS[summary.consent]}</span> : '—'}</td>
    </tr>
  );
}

/** An overdue assessment says so in words and stands out; colour is never the only sign. */
export function IntakeBadge({ text, overdue }: { text: string; overdue: boolean }) {
  return <span className={overdue ? 'participant-overdue' : undefined}>{overdue ? <strong>{text}</strong> : text}</span>;
}
