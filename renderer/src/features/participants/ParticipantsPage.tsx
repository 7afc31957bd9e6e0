import { dateLabel } from '../../ui/dates';
import { useEffect, useRef, useState } from 'react';
import type { ParticipantPage, ParticipantSummary } from '../../../../shared/ipc/participant-record-contract';
import type { SearchHit, SearchPage } from '../../../../shared/ipc/people-contract';
import type { ContactHit, ContactHitPage } from '../../../../shared/ipc/caseload-contract';
import type { ParticipantFilter } from '../../../../shared/ipc/list-contract';
import { go } from '../../app/route-store';
import { call } from '../../lead';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { SelectField, type Option } from '../../ui/Field';
import { Heading } from '../../ui/Heading';
import { Pager, count, pageRange } from '../../ui/Pager';
import { useAction } from '../../ui/use-action';
import { useOnMount } from '../../ui/use-on-mount';
import { ContactNoteSearch } from '../contacts';
import { ChoiceGroup } from '../../ui/form-parts';
import { SearchBox } from '../../ui/SearchBox';
import { useParticipantList } from './participant-list-store';
import { useSearchAsYouType } from '../../ui/use-search-as-you-type';
import { CONSENT_GLANCE_LABELS, STAGE_LABELS, intakeState } from './participant-format';
import { participantName } from '../../ui/participant-name';

import '../../styles/participant-pages.css';
import '../../styles/tables.css';

type SearchMode = 'people' | 'notes';
const SEARCH_MODES: readonly Option<SearchMode>[] = [
  { value: 'people', label: 'Names, aliases and dates of birth' },
  { value: 'notes', label: 'Contact notes' },
];

/** Rows a page of the list holds; a search shows this many more at each "show more". */
export const LIST_PAGE = 50;
export const SEARCH_PAGE = 25;

/** The list's filters, active first, each with what it holds. */
const FILTERS: { value: ParticipantFilter; label: string; phrase: string }[] = [
  { value: 'caseload', label: 'On a caseload', phrase: 'on a caseload' },
  { value: 'active', label: STAGE_LABELS.active, phrase: 'active' },
  { value: 'intake_in_progress', label: STAGE_LABELS.intake_in_progress, phrase: 'with intake in progress' },
  { value: 'awaiting_intake', label: STAGE_LABELS.awaiting_intake, phrase: 'awaiting intake' },
  { value: 'inactive', label: STAGE_LABELS.inactive, phrase: 'inactive' },
  { value: 'exited', label: STAGE_LABELS.exited, phrase: 'who have exited' },
  { value: 'all', label: 'Everyone ever enrolled', phrase: 'ever enrolled' },
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
 * Participants a page at a time, on a caseload unless another stage is chosen, active first, with
 * the true count of each stage; and a search that answers as you type, by name, alias, preferred
 * name or date of birth (every match, best first, 25 at a time) or by words in contact notes.
 */
export function ParticipantsPage() {
  const { show, offset } = useParticipantList();
  const [list, setList] = useState<ParticipantPage | null>(null);
  const load = useAction(
    (filter: ParticipantFilter, from: number) => call('participants.list', { show: filter, offset: from, limit: LIST_PAGE }),
    setList,
  );
  useOnMount(() => void load.run(show, offset));
  const showPage = (filter: ParticipantFilter, from: number) => {
    useParticipantList.setState({ show: filter, offset: from });
    void load.run(filter, from);
  };

  const [mode, setMode] = useState<SearchMode>('people');
  const people = useSearchAsYouType<SearchHit, SearchPage>((query, from) =>
    call('people.search', { query, scope: 'participants', offset: from, limit: SEARCH_PAGE }),
  );
  const notes = useSearchAsYouType<ContactHit, ContactHitPage>((query, from) =>
    call('contacts.search', { query, offset: from, limit: LIST_PAGE }),
  );
  const search = people.result;

  const rows: Row[] | null = search
    ? search.hits
        .filter((hit): hit is SearchHit & { participantId: number } => hit.participantId !== null)
        .map((hit) => ({ ...hit, id: hit.participantId }))
    : list && list.participants.map(rowOf);

  return (
    <>
      <Heading>Participants</Heading>
      <div className="participant-search-mode">
        <ChoiceGroup
          legend="Search in"
          type="radio"
          options={SEARCH_MODES}
          selected={[mode]}
          onChange={(chosen) => chosen[0] && setMode(chosen[0])}
        />
      </div>
      {mode === 'notes' ? (
        <ContactNoteSearch search={notes} />
      ) : (
        <SearchBox
          region="Participants"
          label="Search participants"
          hint="Name, alias, preferred name, or date of birth (1990-05-12 or 5/12/1990). Finds everyone ever enrolled, best match first. Results appear as you type."
          search={people}
        />
      )}
      {load.formError && <Alert tone="error">{load.formError}</Alert>}
      {mode === 'people' && people.error && <Alert tone="error">{people.error}</Alert>}
      {mode === 'people' && search && rows && (
        <SearchResults
          rows={rows}
          query={search.query}
          page={search.page}
          loadingMore={people.loadingMore}
          onMore={() => void people.showMore()}
        />
      )}
      {mode === 'people' && !search && list && rows && (
        <ParticipantList list={list} rows={rows} show={show} offset={offset} busy={load.busy} onPage={showPage} />
      )}
    </>
  );
}

interface ParticipantListProps {
  list: ParticipantPage;
  rows: Row[];
  show: ParticipantFilter;
  offset: number;
  busy: boolean;
  onPage(show: ParticipantFilter, offset: number): void;
}

function ParticipantList({ list, rows, show, offset, busy, onPage }: ParticipantListProps) {
  const filter = FILTERS.find((option) => option.value === show)!;
  const options = FILTERS.map((option) => ({ value: option.value, label: `${option.label} (${count(list.counts[option.value])})` }));
  return (
    <section>
      <div className="list-head">
        <SelectField label="Show" value={show} options={options} onChange={(value) => onPage(value, 0)} />
      </div>
      <p role="status" className="result-count">
        {listLine(list, show, filter.phrase, offset, rows.length)}
      </p>
      {rows.length > 0 && <ParticipantTable rows={rows} label="Participants list" />}
      <Pager
        noun="participants"
        offset={offset}
        pageSize={LIST_PAGE}
        total={list.total}
        busy={busy}
        onOffset={(next) => onPage(show, next)}
      />
    </section>
  );
}

function listLine(list: ParticipantPage, show: ParticipantFilter, phrase: string, offset: number, shown: number): string {
  if (list.counts.all === 0) return 'No participants yet. People appear here once they are enrolled from a referral.';
  if (list.total === 0)
    return `No participants ${phrase}. ${count(list.counts.all)} ${list.counts.all === 1 ? 'has' : 'have'} been enrolled in all: choose another stage to see them.`;
  // Lists of more than one stage say in which order they come.
  const what = `${count(list.total)} ${list.total === 1 ? 'participant' : 'participants'} ${phrase}${show === 'caseload' || show === 'all' ? ', active first' : ''}.`;
  return list.total <= shown && offset === 0 ? what : `${what} Showing ${pageRange(offset, shown, list.total)}.`;
}

function SearchResults({
  rows,
  query,
  page,
  loadingMore,
  onMore,
}: {
  rows: Row[];
  query: string;
  page: SearchPage;
  loadingMore: boolean;
  onMore(): void;
}) {
  // After "show more", focus goes to the first row added, so a keyboard or screen reader user reads on from there.
  const table = useRef<HTMLDivElement>(null);
  const firstNew = useRef<number | null>(null);
  useEffect(() => {
    if (firstNew.current === null || rows.length <= firstNew.current) return;
    table.current?.querySelectorAll<HTMLElement>('tbody th button')[firstNew.current]?.focus();
    firstNew.current = null;
  }, [rows.length]);
  const left = page.total - rows.length;
  return (
    <>
      <p role="status" className="result-count">
        {searchLine(page.total, rows.length, query, page.notEnrolled)}
      </p>
      {rows.length > 0 && (
        <div ref={table}>
          <ParticipantTable rows={rows} label="Search results" />
        </div>
      )}
      {left > 0 && (
        <div className="show-more">
          <Button
            onClick={() => {
              firstNew.current = rows.length;
              onMore();
            }}
            busyLabel={loadingMore && 'Loading…'}
          >
            Show {count(Math.min(SEARCH_PAGE, left))} more
          </Button>
          <span>
            {count(rows.length)} of {count(page.total)} shown
          </span>
        </div>
      )}
    </>
  );
}

function searchLine(total: number, shown: number, query: string, notEnrolled: number): string {
  const others =
    notEnrolled > 0
      ? ` ${count(notEnrolled)} more ${notEnrolled === 1 ? 'person who is' : 'people who are'} not enrolled also ${notEnrolled === 1 ? 'matches' : 'match'}.`
      : '';
  if (total === 0) return `No participant matches “${query}”.${others}`;
  const matches = `${count(total)} ${total === 1 ? 'participant matches' : 'participants match'} “${query}”.`;
  return shown < total ? `${matches} Showing the best ${count(shown)}.${others}` : `${matches}${others}`;
}

function ParticipantTable({ rows, label }: { rows: Row[]; label: string }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
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
  );
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
      <td>
        {summary ? (
          <span className={`participant-consent participant-consent-${summary.consent}`}>{CONSENT_GLANCE_LABELS[summary.consent]}</span>
        ) : (
          '—'
        )}
      </td>
    </tr>
  );
}

/** An overdue assessment says so in words and stands out; colour is never the only sign. */
export function IntakeBadge({ text, overdue }: { text: string; overdue: boolean }) {
  return <span className={overdue ? 'participant-overdue' : undefined}>{overdue ? <strong>{text}</strong> : text}</span>;
}
