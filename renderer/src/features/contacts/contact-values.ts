import type { ContactKind, ContactStaff } from '../../../../shared/domain/contacts';
import type { ChannelInput } from '../../../../shared/ipc/contract';
import type { FormInput } from '../../lead';
import type { Role } from '../../../../shared/roles';
import { localDateTime } from '../../ui/dates';

/** The contact form as typed: strings until it is sent, so nothing typed is lost to a refusal. */
export interface ContactValues {
  kind: ContactKind | '';
  date: string;
  time: string;
  duration: string;
  staff: ContactStaff | '';
  place: string;
  note: string;
}

export const DEFAULT_DURATION_MINUTES = 30;

/** Who was there, as the person logging it most often is: a peer logs their own contacts. */
export function staffFor(role: Role | undefined): ContactStaff {
  if (role === 'peer') return 'peer';
  if (role === 'case_manager') return 'case_manager';
  return 'both';
}

export function newContact(role: Role | undefined, now: { date: string; time: string }): ContactValues {
  return {
    kind: '',
    date: now.date,
    time: now.time,
    duration: String(DEFAULT_DURATION_MINUTES),
    staff: staffFor(role),
    place: '',
    note: '',
  };
}

const optional = (text: string) => (text.trim() === '' ? null : text);

/**
 * The contacts.log input. Nothing is checked here that the main process checks: an unanswered
 * question goes as missing and a duration that is not a number goes as typed, and the reply
 * names each field that needs attention.
 */
export function contactInput(participantId: number, values: ContactValues) {
  const minutes = Number(values.duration);
  const contact = {
    kind: values.kind || undefined,
    occurredAt: localDateTime(values.date, values.time),
    durationMinutes: values.duration.trim() !== '' && Number.isFinite(minutes) ? minutes : values.duration,
    staff: values.staff || undefined,
    place: optional(values.place),
    note: optional(values.note),
  };
  return { participantId, contact } satisfies FormInput<ChannelInput<'contacts.log'>>;
}

/** Where the main process puts each field's message. */
export const CONTACT_FIELD_PATHS: Record<keyof ContactValues, string> = {
  kind: 'contact.kind',
  date: 'contact.occurredAt',
  time: 'contact.occurredAt',
  duration: 'contact.durationMinutes',
  staff: 'contact.staff',
  place: 'contact.place',
  note: 'contact.note',
};
