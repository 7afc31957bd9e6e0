import { NEED_LABELS } from '../../shared/domain/assessment';
import type { Consent } from '../../shared/domain/consent';
import { mayDisclose, type DisclosureDecision } from '../../shared/domain/disclosure';
import type { DirectoryEntryView, LocationView } from '../../shared/ipc/directory-contract';
import { describeWindow } from '../../shared/domain/directory';
import { dateIn, readableDateTime, timeIn } from '../../shared/domain/local-time';
import { sameRecipient, type Recipient } from '../../shared/domain/recipients';
import {
  forbiddenOnSlip,
  slipLines,
  walletCardLines,
  type SlipFacts,
  type SlipLanguage,
  type SlipLine,
} from '../../shared/domain/referral-slip';
import type { ProviderLetter, ReferralPrintout } from '../../shared/ipc/referral-printouts-contract';
import { findConsentRow, storedConsentsOfEach } from '../db/tables/consents';
import { findServiceAtLocation } from '../db/tables/directory';
import { findServiceReferral, type ServiceReferralRow } from '../db/tables/needs';
import { findPairRow } from '../db/tables/pairs';
import type { ParticipantRow } from '../db/tables/participants';
import { findStaff } from '../db/tables/staff';
import type { Handlers, SignedInContext } from '../ipc/router';
import { UserError } from '../ipc/user-error';
import { DESK_TIME_ZONE } from '../local-date';
import { entryView } from './directory';
import { requireParticipantRow } from './participant-records';

/**
 * What a service referral prints (issue 13, "What is printed"): the participant's slip and wallet
 * card, and the letter to the provider. The words are made here, in the main process, so what is
 * checked (no forbidden word, a consent for the letter) is what is printed.
 */

/** A letter says who is referred and the next step: "progress and next steps", never clinical detail. */
export const LETTER_LEVEL = 'progress' as const;

export interface ReferralInPrint {
  referral: ServiceReferralRow;
  participant: ParticipantRow;
  /** The directory's entry and the place the person is sent to, when the referral was chosen from it. */
  place: { entry: DirectoryEntryView; location: LocationView } | null;
}

export function requireReferralInPrint(context: SignedInContext, serviceReferralId: number): ReferralInPrint {
  const { db, desk } = context;
  const referral = findServiceReferral(db, serviceReferralId);
  if (!referral) throw new UserError('NOT_FOUND', 'That service referral does not exist.');
  const participant = requireParticipantRow(db, referral.participant_id);
  const link = referral.service_at_location_id && findServiceAtLocation(db, referral.service_at_location_id);
  if (!link) return { referral, participant, place: null };
  const entry = entryView(db, link.service_id, desk.today());
  const location = entry.locations.find((candidate) => candidate.serviceAtLocationId === link.id);
  return { referral, participant, place: location ? { entry, location } : null };
}

/** The provider as a release of information names it: the organization, as the directory or the team typed it. */
export function providerRecipient({ referral, place }: ReferralInPrint): Extract<Recipient, { kind: 'provider' }> {
  return { kind: 'provider', name: place ? place.entry.organization.name : referral.provider };
}

/** The peer of the participant's pair hands the slip out and takes the calls; their case manager if no peer. */
function contactPerson(context: SignedInContext, participant: ParticipantRow): { name: string; phone: string | null } {
  const pair = findPairRow(context.db, participant.pair_id);
  const people = [pair?.peer_id, pair?.case_manager_id, context.user.id].flatMap((id) => {
    const staff = id === undefined ? null : findStaff(context.db, id);
    return staff ? [staff] : [];
  });
  const chosen = people.find((staff) => staff.workPhone) ?? people[0]!;
  return { name: chosen.displayName.split(' ')[0]!, phone: chosen.workPhone };
}

/** Free when the directory's fees say so; null when they say nothing. Either way else, the slip says to ask. */
function isFree(feesDescription: string): boolean | null {
  return feesDescription.trim() ? /\b(free|no (cost|charge|fee))\b/i.test(feesDescription) : null;
}

function firstName(participant: ParticipantRow): string {
  return participant.preferred_name?.trim() || participant.name.trim().split(/\s+/)[0]!;
}

function slipFacts(context: SignedInContext, print: ReferralInPrint): SlipFacts {
  const { referral, participant, place } = print;
  const location = place?.location;
  const address = location && [location.address1, location.city, location.stateProvince].filter(Boolean).join(', ');
  const at = referral.appointment_at ? new Date(referral.appointment_at) : null;
  const appointment = at ? { date: dateIn(at, DESK_TIME_ZONE), time: timeIn(at, DESK_TIME_ZONE) } : null;
  const hours = location?.schedule.map((window) => window.description || describeWindow(window)).filter(Boolean) ?? [];
  const contact = contactPerson(context, participant);
  return {
    firstName: firstName(participant),
    place: place ? place.entry.organization.name : referral.provider,
    address: address || null,
    crossStreets: location?.crossStreets || null,
    busLines: location?.transportation || null,
    appointment,
    openHours: hours.length ? hours.join('; ') : null,
    askFor: referral.ask_for,
    bring: referral.bring ?? (place?.entry.service.requiredDocuments.join(', ') || null),
    free: place ? isFree(place.entry.service.feesDescription) : null,
    providerPhone: location?.phones[0]?.number ?? null,
    peerName: contact.name,
    peerPhone: contact.phone,
  };
}

/** Where each fact is changed, for a refusal that tells the person what to do. */
const FACT_SOURCES: Partial<Record<SlipLine['fact'], string>> = {
  place: 'the provider’s name (in the directory, or the referral’s provider)',
  address: 'the directory’s address',
  crossStreets: 'the directory’s cross streets',
  busLines: 'the directory’s bus lines',
  openHours: 'the directory’s opening hours',
  askFor: 'the referral’s “who to ask for”',
  bring: 'the referral’s “what to bring”',
  providerPhone: 'the directory’s phone',
  firstName: 'the participant’s preferred name',
  peerName: 'the team member’s name',
};

/**
 * The slip and the card in one language, refused when either would carry a word that tells a
 * stranger why the person has it (shared/domain/referral-slip.ts), naming where to change it.
 */
export function referralPrintout(context: SignedInContext, print: ReferralInPrint, language: SlipLanguage): ReferralPrintout {
  const facts = slipFacts(context, print);
  const slip = slipLines(facts, language);
  const card = walletCardLines(facts, language);
  const found = forbiddenOnSlip([...slip, ...card]);
  if (found.length > 0) {
    const problems = [...new Map(found.map(({ fact, words }) => [fact, words])).entries()].map(
      ([fact, words]) => `${FACT_SOURCES[fact] ?? fact} has “${words.join('”, “')}”`,
    );
    throw new UserError(
      'INVALID_INPUT',
      `The slip cannot be printed: it must not say why the person has it, and ${problems.join('; ')}. Change that, then print again.`,
    );
  }
  return { slip, card };
}

/** May the provider get a letter about this referral today, under which consent? */
function letterDecision(context: SignedInContext, print: ReferralInPrint): DisclosureDecision {
  const { db, desk } = context;
  return mayDisclose({
    consents: storedConsentsOfEach(db, [print.participant.id]),
    recipient: providerRecipient(print),
    item: { participantId: print.participant.id, shareLevel: LETTER_LEVEL },
    today: desk.today(),
  });
}

/** The letter, or a refusal that says why and that the slip may still be printed. */
export function providerLetter(context: SignedInContext, print: ReferralInPrint): ProviderLetter {
  const decision = letterDecision(context, print);
  if (!decision.allowed) throw new UserError('FORBIDDEN', `${decision.reason} Without such a consent, print the slip instead.`);
  const { referral, participant, place } = print;
  const consent = JSON.parse(findConsentRow(context.db, decision.consentId)!.data) as Consent;
  const recipient = providerRecipient(print);
  const grant = consent.recipients.find((entry) => sameRecipient(entry.recipient, recipient))!;
  const contact = contactPerson(context, participant);
  const sender = findStaff(context.db, context.user.id)!;
  return {
    provider: recipient.name,
    service: place ? place.entry.service.name : referral.provider,
    participantName: participant.name,
    dateOfBirth: participant.date_of_birth,
    appointment: referral.appointment_at ? readableDateTime(referral.appointment_at, DESK_TIME_ZONE) : null,
    askFor: referral.ask_for,
    referredOn: referral.referred_on,
    needLabel: NEED_LABELS[referral.need],
    sender: { name: sender.displayName, phone: sender.workPhone ?? contact.phone },
    consent: {
      id: decision.consentId,
      scope: grant.scope,
      signedOn: consent.signedOn,
      expiry: consent.expiry.kind === 'date' ? consent.expiry.on : consent.expiry.event,
      purpose: consent.purpose,
    },
  };
}

export const referralPrintoutHandlers: Pick<Handlers, 'services.printout' | 'services.providerLetter'> = {
  'services.printout': ({ serviceReferralId, language }, context) =>
    referralPrintout(context, requireReferralInPrint(context, serviceReferralId), language),
  'services.providerLetter': ({ serviceReferralId }, context) =>
    providerLetter(context, requireReferralInPrint(context, serviceReferralId)),
};
