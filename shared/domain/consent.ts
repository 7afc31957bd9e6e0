import { z } from 'zod';
import { plainText } from '../text';
import { formDate, isIsoDate, type IsoDate } from './calendar';
import { whenFieldsValid } from './cross-field';
import { Recipient, recipientKey } from './recipients';
import { ShareLevel } from './share-levels';

/**
 * A multi-party release of information with every element 42 CFR 2.31 asks for: the patient,
 * who may disclose, what information, to whom, why, the right to revoke, an expiry, and the
 * signature date; the witness is the program's own practice. Each recipient has its own scope,
 * so one form can let providers see clinical detail while police see engagement status only.
 */
const RecipientGrant = z
  .object(
    {
      recipient: Recipient,
      scope: ShareLevel,
    },
    { error: 'Each recipient needs who it is and what information it may receive.' },
  )
  .strict();

const NAME_A_RECIPIENT = 'Name at least one recipient.';
/** Far more than any real release names; stops a runaway list, not a person. */
export const MAX_RECIPIENTS = 50;

/** Built with `today` (ISO date) so "not in the future" is the caller's day, not this module's. */
export function consentSchema(today: IsoDate) {
  if (!isIsoDate(today)) throw new Error('consentSchema: today must be an ISO date.');
  const notFuture = (label: string) => formDate(label, today, 'past');
  const planned = (label: string) => formDate(label, today, 'planned');

  const ExpiryOnDate = z.object({ kind: z.literal('date'), on: planned('Expiry date') }).strict();
  const ExpiryOnEvent = z
    .object({
      kind: z.literal('event'),
      event: plainText('Expiry event', 200),
      /** Recorded by staff once the event has happened; the consent ends that day. */
      occurredOn: planned('Date the expiry event happened').nullable().default(null),
    })
    .strict();

  const Revocation = z
    .object(
      {
        revokedOn: notFuture('Revocation date'),
        recordedBy: plainText('Revocation recorded by', 100),
      },
      { error: 'A revocation needs its date and who recorded it.' },
    )
    .strict();

  return z
    .object({
      patientName: plainText('Participant name', 100),
      discloser: plainText('Who may disclose', 200),
      recipients: z
        .array(RecipientGrant, { error: NAME_A_RECIPIENT })
        .min(1, { error: NAME_A_RECIPIENT })
        .max(MAX_RECIPIENTS, { error: `A consent can name at most ${MAX_RECIPIENTS} recipients.` })
        .refine((grants) => new Set(grants.map((g) => recipientKey(g.recipient))).size === grants.length, {
          error: 'Each recipient can be named only once.',
        }),
      purpose: plainText('Purpose of the disclosure', 500),
      rightToRevokeAcknowledged: z.literal(true, {
        error: 'Confirm the participant was told of the right to revoke this consent.',
      }),
      expiry: z.discriminatedUnion('kind', [ExpiryOnDate, ExpiryOnEvent], {
        error: 'Give an expiry: a date or an event.',
      }),
      signedOn: notFuture('Signature date'),
      witness: plainText('Witness', 100),
      /**
       * 42 CFR 2.35: a consent for someone referred through the criminal justice system may be
       * irrevocable for a period. Revocation is accepted from this date on.
       */
      irrevocableUntil: planned('Irrevocable-until date').nullable().default(null),
      revocation: Revocation.nullable().default(null),
    })
    .strict()
    .refine((c) => c.expiry.kind !== 'date' || c.expiry.on >= c.signedOn, {
      path: ['expiry', 'on'],
      error: 'The expiry date cannot be before the signature date.',
      when: whenFieldsValid('expiry', 'signedOn'),
    })
    .refine((c) => c.expiry.kind !== 'event' || c.expiry.occurredOn === null || c.expiry.occurredOn <= today, {
      path: ['expiry', 'occurredOn'],
      error: 'The expiry event cannot be recorded as happening in the future.',
      when: whenFieldsValid('expiry'),
    })
    .refine((c) => c.expiry.kind !== 'event' || c.expiry.occurredOn === null || c.expiry.occurredOn >= c.signedOn, {
      path: ['expiry', 'occurredOn'],
      error: 'The expiry event cannot have happened before the signature date.',
      when: whenFieldsValid('expiry', 'signedOn'),
    })
    .refine((c) => c.irrevocableUntil === null || c.irrevocableUntil >= c.signedOn, {
      path: ['irrevocableUntil'],
      error: 'The irrevocable-until date cannot be before the signature date.',
      when: whenFieldsValid('irrevocableUntil', 'signedOn'),
    })
    .refine((c) => c.irrevocableUntil === null || c.expiry.kind !== 'date' || c.irrevocableUntil <= c.expiry.on, {
      path: ['irrevocableUntil'],
      error: 'The irrevocable-until date cannot be after the expiry date.',
      when: whenFieldsValid('irrevocableUntil', 'expiry'),
    })
    .superRefine(
      (c, ctx) => {
        if (c.revocation === null) return;
        const problem = revocationProblem(c, c.revocation.revokedOn, today, { ignoreExisting: true });
        if (problem) ctx.addIssue({ code: 'custom', path: ['revocation', 'revokedOn'], message: problem });
      },
      { when: whenFieldsValid('revocation', 'signedOn', 'irrevocableUntil') },
    );
}

export type ConsentSchema = ReturnType<typeof consentSchema>;
export type ConsentInput = z.input<ConsentSchema>;
export type Consent = z.output<ConsentSchema>;

type RevocationFacts = Pick<Consent, 'signedOn' | 'irrevocableUntil' | 'revocation'>;

/**
 * Why a revocation on `revokedOn` cannot be recorded, or null when it can. The service calls
 * this before adding a revocation to a saved consent; the schema calls it for a whole consent.
 */
export function revocationProblem(
  consent: RevocationFacts,
  revokedOn: IsoDate,
  today: IsoDate,
  options: { ignoreExisting?: boolean } = {},
): string | null {
  if (!isIsoDate(revokedOn)) return 'Revocation date must be a valid date (YYYY-MM-DD).';
  if (!options.ignoreExisting && consent.revocation) {
    return `This consent was already revoked on ${consent.revocation.revokedOn}.`;
  }
  if (revokedOn > today) return 'Revocation date cannot be in the future.';
  if (revokedOn < consent.signedOn) return 'A consent cannot be revoked before the date it was signed.';
  if (consent.irrevocableUntil !== null && revokedOn < consent.irrevocableUntil) {
    const until = consent.irrevocableUntil;
    return `This consent is irrevocable until ${until} (42 CFR 2.35); it can be revoked from that date on.`;
  }
  return null;
}

export const CONSENT_STATUSES = ['active', 'expired', 'revoked', 'not_yet_signed'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

/**
 * Where a consent stands on `today`. An expiry date is the last day the consent is good for
 * (it reads "valid through"); a revocation and an expiry event take effect on their own day.
 * Revoked is reported before expired: it is the participant's own decision, and the one to show.
 */
export function consentStatus(consent: Pick<Consent, 'signedOn' | 'expiry' | 'revocation'>, today: IsoDate): ConsentStatus {
  if (consent.signedOn > today) return 'not_yet_signed';
  if (consent.revocation && consent.revocation.revokedOn <= today) return 'revoked';
  const { expiry } = consent;
  if (expiry.kind === 'date' && today > expiry.on) return 'expired';
  if (expiry.kind === 'event' && expiry.occurredOn !== null && expiry.occurredOn <= today) return 'expired';
  return 'active';
}
