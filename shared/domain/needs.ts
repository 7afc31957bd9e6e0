import { z } from 'zod';
import { HsdsId } from './directory';
import { plainText } from '../text';
import { Need } from './assessment';
import { formDate, isoDateTime, type IsoDate } from './calendar';
import { appointmentProblem, ChangeSource, Handoff, ServiceReferralOutcome, ServiceReferralStatus } from './service-referral-status';

/** Where a need stands. Needs start open from the assessment and are worked over time. */
export const NEED_STATUSES = ['open', 'in_progress', 'met'] as const;
export const NeedStatus = z.enum(NEED_STATUSES, { error: 'Select a status.' });
export type NeedStatus = z.infer<typeof NeedStatus>;
export const NEED_STATUS_LABELS: Record<NeedStatus, string> = { open: 'Open', in_progress: 'In progress', met: 'Met' };

export const NeedUpdate = z.object({ need: Need, status: NeedStatus, note: plainText('Note', 1000).nullable().default(null) }).strict();
export type NeedUpdate = z.output<typeof NeedUpdate>;

export const SERVICE_REFERRAL_NOTE_MAX = 1000;
/** What to know for the visit (who to ask for, what to bring, how to get there): a few lines each. */
export const VISIT_DETAIL_MAX = 500;

/** An appointment's date and time with the desk's offset, not in the past at `now` (appointmentProblem). */
export function appointmentAt(now: string) {
  return isoDateTime('Appointment date and time').superRefine((at, ctx) => {
    const problem = appointmentProblem(at, now);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}

/**
 * A referral to a provider for one of the participant's needs (shared/domain/service-referral-status.ts
 * follows it). It starts sent, or scheduled when an appointment is given, or as a draft.
 */
export function serviceReferralSchema({ today, now }: { today: IsoDate; now: string }) {
  return z
    .object({
      need: Need,
      provider: plainText('Provider or service', 200),
      /** The place in the provider directory the person is sent to; null for a provider typed by name. */
      serviceAtLocationId: HsdsId.nullable().default(null),
      referredOn: formDate('Date referred', today, 'past'),
      handoff: Handoff,
      appointmentAt: appointmentAt(now).nullable().default(null),
      askFor: plainText('Who to ask for', 200).nullable().default(null),
      bring: plainText('What to bring', VISIT_DETAIL_MAX).nullable().default(null),
      directions: plainText('How to get there', VISIT_DETAIL_MAX).nullable().default(null),
      note: plainText('Note', SERVICE_REFERRAL_NOTE_MAX).nullable().default(null),
      draft: z.boolean({ error: 'Say whether this is a draft.' }).default(false),
    })
    .strict();
}
export type ServiceReferral = z.output<ReturnType<typeof serviceReferralSchema>>;

/** "Record what happened": the new status, who said so, and what the status needs (STATUS_NEEDS). */
export function statusChangeSchema(now: string) {
  return z
    .object({
      to: ServiceReferralStatus,
      source: ChangeSource,
      reason: plainText('Reason', VISIT_DETAIL_MAX).nullable().default(null),
      outcome: ServiceReferralOutcome.nullable().default(null),
      appointmentAt: appointmentAt(now).nullable().default(null),
    })
    .strict();
}
export type StatusChangeInput = z.output<ReturnType<typeof statusChangeSchema>>;
