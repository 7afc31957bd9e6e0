import type { Need } from '../../../../shared/domain/assessment';
import type {
  ChangeSource,
  Handoff,
  ServiceReferralOutcome,
  ServiceReferralStatus,
} from '../../../../shared/domain/service-referral-status';
import type { ChannelInput } from '../../../../shared/ipc/contract';
import type { DirectoryRow } from '../../../../shared/ipc/directory-contract';
import type { FormInput } from '../../lead';
import { localDateTime } from '../../ui/dates';

/** The referral form as typed: strings until it is sent, so nothing typed is lost to a refusal. */
export interface ReferralValues {
  /** The place chosen from the directory; null while the provider is typed instead. */
  place: DirectoryRow | null;
  provider: string;
  referredOn: string;
  handoff: Handoff | '';
  appointmentDate: string;
  appointmentTime: string;
  askFor: string;
  bring: string;
  directions: string;
  note: string;
  draft: boolean;
}

export function newReferral(today: string): ReferralValues {
  return {
    place: null,
    provider: '',
    referredOn: today,
    handoff: '',
    appointmentDate: '',
    appointmentTime: '',
    askFor: '',
    bring: '',
    directions: '',
    note: '',
    draft: false,
  };
}

const optional = (text: string) => (text.trim() === '' ? null : text);

/**
 * No appointment when both halves are blank; otherwise the date and time with this desk's
 * offset, or as typed (half of it, or not a real date) for the main process to say why.
 */
export function appointmentInput(date: string, time: string): string | null {
  if (date === '' && time === '') return null;
  return localDateTime(date, time) || `${date}T${time}`;
}

/** Who the referral is to: the chosen place's organization (as the main process names it), or the name typed. */
export function referredTo(values: ReferralValues): string {
  return values.place ? values.place.organizationName : values.provider.trim();
}

/** The services.refer input. Nothing is checked here that the main process checks. */
export function referralInput(participantId: number, need: Need, values: ReferralValues) {
  const referral = {
    need,
    provider: referredTo(values),
    serviceAtLocationId: values.place?.serviceAtLocationId ?? null,
    referredOn: values.referredOn,
    handoff: values.handoff || undefined,
    appointmentAt: appointmentInput(values.appointmentDate, values.appointmentTime),
    askFor: optional(values.askFor),
    bring: optional(values.bring),
    directions: optional(values.directions),
    note: optional(values.note),
    draft: values.draft,
  };
  return { participantId, referral } satisfies FormInput<ChannelInput<'services.refer'>>;
}

/** Where the main process puts each field's message. */
export const REFERRAL_FIELD_PATHS: Record<keyof ReferralValues, string> = {
  place: 'referral.serviceAtLocationId',
  provider: 'referral.provider',
  referredOn: 'referral.referredOn',
  handoff: 'referral.handoff',
  appointmentDate: 'referral.appointmentAt',
  appointmentTime: 'referral.appointmentAt',
  askFor: 'referral.askFor',
  bring: 'referral.bring',
  directions: 'referral.directions',
  note: 'referral.note',
  draft: 'referral.draft',
};

/** "Record what happened" as typed. */
export interface ChangeValues {
  to: ServiceReferralStatus | '';
  source: ChangeSource;
  reason: string;
  outcome: ServiceReferralOutcome | '';
  appointmentDate: string;
  appointmentTime: string;
}

export function newChange(): ChangeValues {
  return { to: '', source: 'peer', reason: '', outcome: '', appointmentDate: '', appointmentTime: '' };
}

/**
 * The services.update input: only what the chosen status uses is sent (a reason typed and then
 * a different status chosen is not), so the main process judges what the person meant.
 */
export function changeInput(serviceReferralId: number, values: ChangeValues) {
  const change = {
    to: values.to || undefined,
    source: values.source,
    reason: values.to === 'declined' ? optional(values.reason) : null,
    outcome: values.to === 'closed' ? values.outcome || null : null,
    appointmentAt: values.to === 'scheduled' ? appointmentInput(values.appointmentDate, values.appointmentTime) : null,
  };
  return { serviceReferralId, change } satisfies FormInput<ChannelInput<'services.update'>>;
}

export const CHANGE_FIELD_PATHS: Record<keyof ChangeValues, string> = {
  to: 'change.to',
  source: 'change.source',
  reason: 'change.reason',
  outcome: 'change.outcome',
  appointmentDate: 'change.appointmentAt',
  appointmentTime: 'change.appointmentAt',
};
