import type { ConsentInput } from '../../../../shared/domain/consent';
import { RECIPIENT_KIND_LABELS, type Recipient } from '../../../../shared/domain/recipients';
import { SHARE_LEVELS, SHARE_LEVEL_LABELS, type ShareLevel } from '../../../../shared/domain/share-levels';
import type { FormInput } from '../../lead';
import { isOneOf } from '../../state/draft-autosave';
import { messageFor } from '../../ui/use-refusal';

/** The partner agencies a release can name; providers are named one by one. */
export const AGENCIES = ['police', 'states_attorney', 'public_defender', 'bhsb'] as const;
export type Agency = (typeof AGENCIES)[number];

export const AGENCY_LABELS: Record<Agency, string> = {
  police: RECIPIENT_KIND_LABELS.police,
  states_attorney: RECIPIENT_KIND_LABELS.states_attorney,
  public_defender: RECIPIENT_KIND_LABELS.public_defender,
  bhsb: RECIPIENT_KIND_LABELS.bhsb,
};

export const SCOPE_OPTIONS = SHARE_LEVELS.map((value) => ({ value, label: SHARE_LEVEL_LABELS[value] }));

/** The consent form as typed, which is also what its draft keeps. */
export interface ConsentValues {
  patientName: string;
  discloser: string;
  agencies: Record<Agency, { chosen: boolean; scope: ShareLevel }>;
  providers: { name: string; scope: ShareLevel }[];
  purpose: string;
  rightToRevoke: boolean;
  expiryKind: '' | 'date' | 'event';
  expiryOn: string;
  expiryEvent: string;
  signedOn: string;
  witness: string;
  irrevocableUntil: string;
}

/** Every recipient starts at the narrowest scope: wider sharing is a choice made on purpose. */
export function newConsent(patientName: string, discloser: string, today: string): ConsentValues {
  return {
    patientName,
    discloser,
    agencies: Object.fromEntries(AGENCIES.map((agency) => [agency, { chosen: false, scope: 'status' }])) as ConsentValues['agencies'],
    providers: [],
    purpose: '',
    rightToRevoke: false,
    expiryKind: '',
    expiryOn: '',
    expiryEvent: '',
    signedOn: today,
    witness: '',
    irrevocableUntil: '',
  };
}

const text = (value: unknown, fallback = '') => (typeof value === 'string' ? value : fallback);
const scope = (value: unknown): ShareLevel => (isOneOf(SHARE_LEVELS, value) ? value : 'status');

/** A draft read back into the form; anything unexpected falls back to the new form's value. */
export function consentValues(data: Record<string, unknown>, fresh: ConsentValues): ConsentValues {
  const agencies = (typeof data.agencies === 'object' && data.agencies !== null ? data.agencies : {}) as Record<
    string,
    { chosen?: unknown; scope?: unknown }
  >;
  const providers = Array.isArray(data.providers) ? (data.providers as { name?: unknown; scope?: unknown }[]) : [];
  const kind = data.expiryKind === 'date' || data.expiryKind === 'event' ? data.expiryKind : '';
  return {
    patientName: text(data.patientName, fresh.patientName),
    discloser: text(data.discloser, fresh.discloser),
    agencies: Object.fromEntries(
      AGENCIES.map((agency) => [agency, { chosen: agencies[agency]?.chosen === true, scope: scope(agencies[agency]?.scope) }]),
    ) as ConsentValues['agencies'],
    providers: providers.filter((p) => typeof p === 'object' && p !== null).map((p) => ({ name: text(p.name), scope: scope(p.scope) })),
    purpose: text(data.purpose),
    rightToRevoke: data.rightToRevoke === true,
    expiryKind: kind,
    expiryOn: text(data.expiryOn),
    expiryEvent: text(data.expiryEvent),
    signedOn: text(data.signedOn, fresh.signedOn),
    witness: text(data.witness),
    irrevocableUntil: text(data.irrevocableUntil),
  };
}

/** Which form row each entry of the recipients list came from, so refusals land on the right row. */
export type RecipientSource = { agency: Agency } | { provider: number };

export function consentInput(values: ConsentValues): { consent: FormInput<ConsentInput>; sources: RecipientSource[] } {
  const recipients: { recipient: Recipient; scope: ShareLevel }[] = [];
  const sources: RecipientSource[] = [];
  for (const agency of AGENCIES) {
    const grant = values.agencies[agency];
    if (!grant.chosen) continue;
    recipients.push({ recipient: { kind: agency }, scope: grant.scope });
    sources.push({ agency });
  }
  values.providers.forEach((provider, index) => {
    recipients.push({ recipient: { kind: 'provider', name: provider.name }, scope: provider.scope });
    sources.push({ provider: index });
  });
  const expiry =
    values.expiryKind === 'date'
      ? { kind: 'date' as const, on: values.expiryOn }
      : values.expiryKind === 'event'
        ? { kind: 'event' as const, event: values.expiryEvent, occurredOn: null }
        : undefined;
  const consent = {
    patientName: values.patientName,
    discloser: values.discloser,
    recipients,
    purpose: values.purpose,
    rightToRevokeAcknowledged: values.rightToRevoke,
    expiry,
    signedOn: values.signedOn,
    witness: values.witness,
    irrevocableUntil: values.irrevocableUntil.trim() === '' ? null : values.irrevocableUntil,
  };
  return { consent, sources };
}

/** The refusal's message for one provider row (its name or its scope). */
export function providerError(
  fields: Record<string, string> | undefined,
  sources: RecipientSource[],
  index: number,
  part: 'name' | 'scope',
) {
  const at = sources.findIndex((source) => 'provider' in source && source.provider === index);
  if (at < 0) return undefined;
  return messageFor(fields, part === 'name' ? `consent.recipients.${at}.recipient` : `consent.recipients.${at}.scope`);
}

export function agencyError(fields: Record<string, string> | undefined, sources: RecipientSource[], agency: Agency) {
  const at = sources.findIndex((source) => 'agency' in source && source.agency === agency);
  return at < 0 ? undefined : messageFor(fields, `consent.recipients.${at}`);
}
