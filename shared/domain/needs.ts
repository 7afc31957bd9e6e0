import { z } from 'zod';
import { plainText } from '../text';
import { Need } from './assessment';
import { formDate, type IsoDate } from './calendar';

/** Where a need stands. Needs start open from the assessment and are worked over time. */
export const NEED_STATUSES = ['open', 'in_progress', 'met'] as const;
export const NeedStatus = z.enum(NEED_STATUSES, { error: 'Select a status.' });
export type NeedStatus = z.infer<typeof NeedStatus>;
export const NEED_STATUS_LABELS: Record<NeedStatus, string> = { open: 'Open', in_progress: 'In progress', met: 'Met' };

export const NeedUpdate = z.object({ need: Need, status: NeedStatus, note: plainText('Note', 1000).nullable().default(null) }).strict();
export type NeedUpdate = z.output<typeof NeedUpdate>;

/**
 * A referral to a service for one of the participant's needs (a provider the team sends them
 * to). It is open until the person is connected or the referral is closed.
 */
export const SERVICE_REFERRAL_STATUSES = ['open', 'connected', 'closed'] as const;
export const ServiceReferralStatus = z.enum(SERVICE_REFERRAL_STATUSES, { error: 'Choose a status from the list.' });
export type ServiceReferralStatus = z.infer<typeof ServiceReferralStatus>;
export const SERVICE_REFERRAL_STATUS_LABELS: Record<ServiceReferralStatus, string> = {
  open: 'Open',
  connected: 'Connected',
  closed: 'Closed without connecting',
};

export function serviceReferralSchema(today: IsoDate) {
  return z
    .object({
      need: Need,
      provider: plainText('Provider or service', 200),
      referredOn: formDate('Date referred', today, 'past'),
    })
    .strict();
}
export type ServiceReferral = z.output<ReturnType<typeof serviceReferralSchema>>;
