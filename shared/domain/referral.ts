import { z } from 'zod';
import { plainText } from '../text';
import { formInstant, isoDateTime } from './calendar';
import { whenFieldsValid } from './cross-field';
import { Offense, needsApproval } from './offenses';

/** How someone enters LEAD: a stop that would have been an arrest, or a social contact. */
export const PATHWAYS = ['arrest_diversion', 'social_contact'] as const;
export const Pathway = z.enum(PATHWAYS);
export type Pathway = z.infer<typeof Pathway>;

export const PATHWAY_LABELS: Record<Pathway, string> = {
  arrest_diversion: 'Arrest diversion (stop referral)',
  social_contact: 'Social contact referral',
};

/** The first pilot zone: the default of the referral-area setting, never a rule on its own. */
export const DEFAULT_REFERRAL_AREA =
  'Franklin St. (north) to Pratt St. (south), St. Paul St. (east) to Martin Luther King Jr. Blvd. (west)';

export const ReferringOfficer = z
  .object(
    {
      name: plainText('Officer name', 100),
      badge: plainText('Officer sequence/badge number', 20),
      unit: plainText('Officer unit', 100),
    },
    { error: 'The referring officer (name, sequence/badge number, unit) is required.' },
  )
  .strict();

const Location = z
  .object(
    {
      description: plainText('Location (address or cross streets)', 200),
      insideReferralArea: z.boolean({ error: 'Say whether the location is inside the referral area.' }),
    },
    { error: 'The location is required.' },
  )
  .strict();

const CHOOSE_OFFENSE = 'Choose at least one offense from the LEAD-eligible list.';
const Offenses = z
  .array(Offense, { error: CHOOSE_OFFENSE })
  .min(1, { error: CHOOSE_OFFENSE })
  .refine((list) => new Set(list).size === list.length, { error: 'Each offense can be chosen only once.' });

/** A wrong pathway leaves the input unparsed, so every cross-field rule also needs it clean. */
const fieldsValid = (...keys: string[]) => whenFieldsValid('pathway', ...keys);

const instant = (iso: string) => Date.parse(iso);

/**
 * A referral as entered on the intake form. Built with `now` (an ISO date-time) so that "not in
 * the future" is decided by the caller's clock and the tests' fixed one, never by this module.
 */
export function referralSchema(now: string) {
  if (!isoDateTime('now').safeParse(now).success) throw new Error('referralSchema: now must be an ISO date-time.');
  const notFuture = (label: string) => formInstant(label, now);

  const Approval = z
    .object(
      {
        approvedBy: plainText("Approving victim's or store owner's name", 100),
        approvedAt: notFuture('Approval date and time'),
      },
      { error: "The victim's or store owner's approval must give who approved and when." },
    )
    .strict();

  const common = {
    occurredAt: notFuture('Referral date and time'),
    officer: ReferringOfficer,
    location: Location,
    offenses: Offenses,
    /** Who approved and when: present exactly when an offense needs a victim's approval. */
    approval: Approval.nullable().default(null),
  };

  return z
    .discriminatedUnion(
      'pathway',
      [
        z.object({ pathway: z.literal('arrest_diversion'), ...common }).strict(),
        z
          .object({
            pathway: z.literal('social_contact'),
            ...common,
            /** Social contact has no arrest behind it: the recent history is what justifies it. */
            justification: plainText('Justification (recent law violations or police contacts)', 2000),
          })
          .strict(),
      ],
      { error: 'Choose the pathway: arrest diversion or social contact.' },
    )
    .refine((r) => !needsApproval(r.offenses) || r.approval !== null, {
      path: ['approval'],
      error:
        "Trespass and public urination need the victim's or store owner's approval (who and when) " +
        'before the referral can be submitted.',
      when: fieldsValid('offenses', 'approval'),
    })
    .refine((r) => needsApproval(r.offenses) || r.approval === null, {
      path: ['approval'],
      error: 'An approval is only recorded for trespass or public urination; remove it or choose the offense.',
      when: fieldsValid('offenses', 'approval'),
    })
    .refine((r) => r.approval === null || instant(r.approval.approvedAt) <= instant(r.occurredAt), {
      path: ['approval', 'approvedAt'],
      error: 'The approval must be given before the referral, not after it.',
      when: fieldsValid('occurredAt', 'approval'),
    });
}

export type ReferralSchema = ReturnType<typeof referralSchema>;
export type ReferralInput = z.input<ReferralSchema>;
export type Referral = z.output<ReferralSchema>;
export type ReferralApproval = NonNullable<Referral['approval']>;
