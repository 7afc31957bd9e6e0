import type { IsoDate } from './calendar';
import { consentStatus, type Consent } from './consent';
import { recipientLabel, sameRecipient, type Recipient } from './recipients';
import { covers, SHARE_LEVEL_LABELS, type ShareLevel } from './share-levels';

/** A saved consent: what disclosure needs from it, plus whose it is. */
export interface StoredConsent extends Pick<Consent, 'recipients' | 'signedOn' | 'expiry' | 'revocation'> {
  id: number;
  participantId: number;
}

/** One piece of a participant's information, at the share level it was classified at. */
export interface DisclosureItem {
  participantId: number;
  shareLevel: ShareLevel;
}

export type DenialCode = 'no_consent' | 'not_active' | 'scope_too_narrow';
export type DisclosureDecision = { allowed: true; consentId: number } | { allowed: false; code: DenialCode; reason: string };

/**
 * May `recipient` see `item` today? The one answer every meeting screen, printout and export
 * asks for. Allowed only when an active consent of that same participant names the recipient
 * with a scope at or above the item's level. Consents of other participants are ignored even if
 * passed in, so a caller's mix-up cannot leak one person's information under another's consent.
 * When several consents allow it, the lowest id is named, so the answer does not depend on order.
 */
export function mayDisclose(query: {
  consents: readonly StoredConsent[];
  recipient: Recipient;
  item: DisclosureItem;
  today: IsoDate;
}): DisclosureDecision {
  const { recipient, item, today } = query;
  const who = recipientLabel(recipient);
  const naming = query.consents
    .filter((consent) => consent.participantId === item.participantId)
    .map((consent) => ({ consent, grant: consent.recipients.find((g) => sameRecipient(g.recipient, recipient)) }))
    .filter((entry) => entry.grant !== undefined);

  if (naming.length === 0) {
    return { allowed: false, code: 'no_consent', reason: `No consent of this participant names ${who}.` };
  }
  const active = naming.filter(({ consent }) => consentStatus(consent, today) === 'active');
  if (active.length === 0) {
    return {
      allowed: false,
      code: 'not_active',
      reason: `Every consent naming ${who} is expired, revoked, or not yet signed.`,
    };
  }
  const allowing = active
    .filter(({ grant }) => grant !== undefined && covers(grant.scope, item.shareLevel))
    .map(({ consent }) => consent.id)
    .sort((a, b) => a - b);
  if (allowing[0] === undefined) {
    return {
      allowed: false,
      code: 'scope_too_narrow',
      reason: `The participant's consent does not let ${who} see ${SHARE_LEVEL_LABELS[item.shareLevel].toLowerCase()}.`,
    };
  }
  return { allowed: true, consentId: allowing[0] };
}

/**
 * The notice that must accompany each disclosure made with the patient's consent: 42 CFR
 * 2.32(a)(1) ("Statement 1") as revised by the 2024 final rule (89 FR 12472, Feb. 16, 2024).
 * Printouts and exports carry it word for word; do not edit it.
 */
export const REDISCLOSURE_NOTICE = [
  'This record which has been disclosed to you is protected by Federal confidentiality rules (42 CFR part 2). ' +
    'These rules prohibit you from using or disclosing this record, or testimony that describes the information ' +
    'contained in this record, in any civil, criminal, administrative, or legislative proceedings by any Federal, ' +
    'State, or local authority, against the patient, unless authorized by the consent of the patient, except as ' +
    'provided at 42 CFR 2.12(c)(5) or as authorized by a court in accordance with 42 CFR 2.64 or 2.65. In addition, ' +
    'the Federal rules prohibit you from making any other use or disclosure of this record unless at least one of ' +
    'the following applies:',
  '(i) Further use or disclosure is expressly permitted by the written consent of the individual whose ' +
    'information is being disclosed in this record or as otherwise permitted by 42 CFR part 2.',
  '(ii) You are a covered entity or business associate and have received the record for treatment, payment, or ' +
    'health care operations, or',
  '(iii) You have received the record from a covered entity or business associate as permitted by 45 CFR part ' + '164, subparts A and E.',
  'A general authorization for the release of medical or other information is NOT sufficient to meet the ' +
    'required elements of written consent to further use or redisclose the record (see 42 CFR 2.31).',
].join('\n');
