import { z } from 'zod';
import { plainText } from '../text';

/** Who a release of information can name. Providers are named one by one. */
export const RECIPIENT_KINDS = ['police', 'states_attorney', 'public_defender', 'bhsb', 'provider'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

export const RECIPIENT_KIND_LABELS: Record<RecipientKind, string> = {
  police: 'Baltimore Police Department',
  states_attorney: "State's Attorney's Office",
  public_defender: 'Office of the Public Defender',
  bhsb: 'Behavioral Health System Baltimore (BHSB)',
  provider: 'Named provider',
};

export const Recipient = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('police') }).strict(),
    z.object({ kind: z.literal('states_attorney') }).strict(),
    z.object({ kind: z.literal('public_defender') }).strict(),
    z.object({ kind: z.literal('bhsb') }).strict(),
    z.object({ kind: z.literal('provider'), name: plainText('Provider name', 120) }).strict(),
  ],
  { error: "Choose a recipient: police, State's Attorney, Public Defender, BHSB, or a named provider." },
);
export type Recipient = z.infer<typeof Recipient>;

export function recipientLabel(recipient: Recipient): string {
  return recipient.kind === 'provider' ? recipient.name : RECIPIENT_KIND_LABELS[recipient.kind];
}

/**
 * Provider names are typed by people, so "Sample  Clinic" and "sample clinic" are the same
 * provider; anything beyond spacing and case is a different name, and a different provider.
 */
export function providerKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function recipientKey(recipient: Recipient): string {
  return recipient.kind === 'provider' ? `provider:${providerKey(recipient.name)}` : recipient.kind;
}

export function sameRecipient(a: Recipient, b: Recipient): boolean {
  return recipientKey(a) === recipientKey(b);
}
