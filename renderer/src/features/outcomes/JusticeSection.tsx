import type { ParticipantRecord } from '../../../../shared/ipc/participant-record-contract';
import { dateLabel, todayIso } from '../../ui/dates';
import { Expandable } from '../../ui/Expandable';
import { JusticeEventForm } from './JusticeEventForm';

interface JusticeSectionProps {
  record: ParticipantRecord;
  onRecord(record: ParticipantRecord): void;
}

/** Police contacts, arrests, bookings, charges, court dates and warrants: dated, in a few words. */
export function JusticeSection({ record, onRecord }: JusticeSectionProps) {
  const today = todayIso();
  const courtDates = record.timeline.filter((event) => event.kind === 'justice.court_date' && event.at >= today).reverse();
  return (
    <section className="participant-section" aria-labelledby="justice-heading">
      <h2 id="justice-heading">Criminal-justice events</h2>
      {courtDates.length > 0 ? (
        <>
          <h3 className="justice-subheading">Coming court dates</h3>
          <ul className="justice-court-dates">
            {courtDates.map((event) => (
              <li key={event.key}>
                <strong>{dateLabel(event.at)}</strong>
                {event.note && <>: {event.note}</>}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="field-hint">No court date ahead. Every event recorded is in the timeline.</p>
      )}
      <Expandable label="Record a criminal-justice event">
        {(close) => (
          <JusticeEventForm
            participantId={record.id}
            onSaved={(next) => {
              onRecord(next);
              close('Event recorded.');
            }}
            onCancel={() => close()}
          />
        )}
      </Expandable>
    </section>
  );
}
