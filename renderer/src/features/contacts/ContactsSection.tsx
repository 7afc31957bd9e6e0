import type { ParticipantRecord } from '../../../../shared/ipc/intake-contract';
import { Expandable } from '../participants/Expandable';
import { ContactForm } from './ContactForm';

interface ContactsSectionProps {
  record: ParticipantRecord;
}

/** Logging a contact from the record; the contacts themselves are in the timeline, newest first. */
export function ContactsSection({ record }: ContactsSectionProps) {
  return (
    <section className="participant-section" aria-labelledby="contacts-heading">
      <h2 id="contacts-heading">Contacts</h2>
      <p className="field-hint">Street outreach, visits, calls, court and accompaniment. Each contact shows in the timeline with its note.</p>
      <Expandable label="Log a contact" variant="primary">
        {(close) => (
          <ContactForm
            participantId={record.id}
            onLogged={() => close('Contact logged.')}
            onCancel={() => close()}
          />
        )}
      </Expandable>
    </section>
  );
}
