import { z } from 'zod';
import { SHARE_LEVELS } from '../domain/share-levels';
import { PrintLanguage } from '../print-jobs';
import { TEAM_ROLES } from '../roles';
import { channel, Id } from './channel';

/** One line of a slip or a card, with the fact it came from (shared/domain/referral-slip.ts). */
const SlipLine = z.object({ fact: z.string(), text: z.string() });

/**
 * What a service referral prints (electron/services/referral-printouts.ts). The words are made in
 * the main process, which refuses a slip that would carry a forbidden word, so the print view
 * only lays them out.
 */
export const ReferralPrintout = z.object({ slip: z.array(SlipLine), card: z.array(SlipLine) });
export type ReferralPrintout = z.infer<typeof ReferralPrintout>;

/**
 * The letter to a provider, at the level a consent naming that provider allows: who is referred,
 * for which service, when, who to call back, and the consent it is sent under. Null fields are
 * not known, never hidden: what the consent does not cover is not in the view at all.
 */
export const ProviderLetter = z.object({
  provider: z.string(),
  service: z.string(),
  participantName: z.string(),
  dateOfBirth: z.string().nullable(),
  appointment: z.string().nullable(),
  askFor: z.string().nullable(),
  referredOn: z.string(),
  needLabel: z.string(),
  sender: z.object({ name: z.string(), phone: z.string().nullable() }),
  consent: z.object({ id: Id, scope: z.enum(SHARE_LEVELS), signedOn: z.string(), expiry: z.string(), purpose: z.string() }),
});
export type ProviderLetter = z.infer<typeof ProviderLetter>;

/**
 * The print views' reads. Not audited as reads: printing is, by print.document, before the
 * printer is handed the job, and these are called only by the view that job opens.
 */
export const referralPrintoutChannels = {
  'services.printout': channel({
    access: TEAM_ROLES,
    audit: 'none',
    subject: (input) => ({ serviceReferralId: input.serviceReferralId }),
    input: z.object({ serviceReferralId: Id, language: PrintLanguage }).strict(),
    output: ReferralPrintout,
  }),
  'services.providerLetter': channel({
    access: TEAM_ROLES,
    audit: 'none',
    subject: (input) => ({ serviceReferralId: input.serviceReferralId }),
    input: z.object({ serviceReferralId: Id }).strict(),
    output: ProviderLetter,
  }),
} as const;
