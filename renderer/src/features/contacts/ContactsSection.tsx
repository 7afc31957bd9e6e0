import type { ParticipantRecord } from '../../../../shared/ipc/participant-record-contract';
import { Expandable } from '../../ui/Expandable';
import { ContactForm } from './ContactForm';

interface ContactsSectionProps {
  record: ParticipantRecord;
  /** The record as the contact left it, from the reply: the page does not read it again. */
  onRecord(record: ParticipantRecord): void;
}

/** Logging a contact from the record; the contacts themselves are in the timeline, newest first. */
export function ContactsSection({ record, onRecord }: ContactsSectionProps) {
  return (
    <section className="participant-section" aria-labelledby="contacts-heading">
      <h2 id="contacts-heading">Contacts</h2>
      <p className="field-hint">
        Street outreach, visits, calls, court and accompaniment. Each contact shows in the timeline with its note.
      </p>
      <Expandable label="Log a contact" variant="primary">
        {(close) => (
          <ContactForm
            participantId={record.id}
            withRecord
            onLogged={(logged) => {
              if (logged.record) onRecord(logged.record);
              close('Contact logged.');
            }}
            onCancel={() => close()}
          />
        )}
      </Expandable>
    </section>
  );
}
