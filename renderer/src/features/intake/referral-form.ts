import { OFFENSES, needsApproval, type Offense } from '../../../../shared/domain/offenses';
import { PATHWAYS, type Pathway } from '../../../../shared/domain/referral';
import type { ChannelInput } from '../../../../shared/ipc/contract';
import type { PersonMatch } from '../../../../shared/ipc/people-contract';
import type { FormInput } from '../../lead';
import { isOneOf } from '../../state/draft-autosave';
import { localDateTime } from '../../ui/dates';

/** An existing person chosen from the "Same person?" list. */
export interface ChosenPerson {
  personId: number;
  name: string;
  dateOfBirth: string | null;
}

/** The new-referral form as typed: every value a string (or list) until it is sent. */
export interface ReferralForm {
  chosen: ChosenPerson | null;
  name: string;
  dateOfBirth: string;
  pathway: Pathway | '';
  date: string;
  time: string;
  officerName: string;
  officerBadge: string;
  officerUnit: string;
  location: string;
  inside: 'yes' | 'no' | '';
  offenses: Offense[];
  approvedBy: string;
  approvalDate: string;
  approvalTime: string;
  justification: string;
}

export const EMPTY_REFERRAL_FORM: ReferralForm = {
  chosen: null,
  name: '',
  dateOfBirth: '',
  pathway: '',
  date: '',
  time: '',
  officerName: '',
  officerBadge: '',
  officerUnit: '',
  location: '',
  inside: '',
  offenses: [],
  approvedBy: '',
  approvalDate: '',
  approvalTime: '',
  justification: '',
};

const TEXT_KEYS = [
  'name',
  'dateOfBirth',
  'date',
  'time',
  'officerName',
  'officerBadge',
  'officerUnit',
  'location',
  'approvedBy',
  'approvalDate',
  'approvalTime',
  'justification',
] as const satisfies readonly (keyof ReferralForm)[];

/** What the draft keeps: the form itself, as plain JSON. */
export function toDraft(form: ReferralForm): Record<string, unknown> {
  return { ...form };
}

/**
 * A saved draft back into the form. The draft is this person's own earlier typing, but it is
 * read defensively: anything that does not fit the form is left out, never trusted.
 */
export function fromDraft(data: Record<string, unknown>): ReferralForm {
  const form: ReferralForm = { ...EMPTY_REFERRAL_FORM, offenses: [] };
  for (const key of TEXT_KEYS) {
    const value = data[key];
    if (typeof value === 'string') form[key] = value;
  }
  if (isOneOf(PATHWAYS, data.pathway)) form.pathway = data.pathway;
  if (data.inside === 'yes' || data.inside === 'no') form.inside = data.inside;
  if (Array.isArray(data.offenses)) form.offenses = OFFENSES.filter((offense) => (data.offenses as unknown[]).includes(offense));
  const chosen = data.chosen as Partial<ChosenPerson> | null | undefined;
  if (chosen && typeof chosen.personId === 'number' && typeof chosen.name === 'string') {
    form.chosen = {
      personId: chosen.personId,
      name: chosen.name,
      dateOfBirth: typeof chosen.dateOfBirth === 'string' ? chosen.dateOfBirth : null,
    };
  }
  return form;
}

export function isEmptyForm(form: ReferralForm): boolean {
  return JSON.stringify(form) === JSON.stringify(EMPTY_REFERRAL_FORM);
}

export function chosenFromMatch(match: PersonMatch): ChosenPerson {
  return { personId: match.personId, name: match.name, dateOfBirth: match.dateOfBirth };
}

/**
 * The referrals.create input. Nothing is checked here that the main process checks: an
 * unanswered question goes as missing, and the reply names every field that needs attention.
 */
export function toCreateInput(form: ReferralForm): FormInput<ChannelInput<'referrals.create'>> {
  const person = form.chosen ? { personId: form.chosen.personId } : { name: form.name, dateOfBirth: form.dateOfBirth || null };
  const approvalNeeded = needsApproval(form.offenses);
  const approvalTyped = form.approvedBy.trim() !== '' || form.approvalDate !== '' || form.approvalTime !== '';
  const referral = {
    pathway: form.pathway || undefined,
    occurredAt: localDateTime(form.date, form.time),
    officer: { name: form.officerName, badge: form.officerBadge, unit: form.officerUnit },
    location: { description: form.location, insideReferralArea: form.inside === '' ? undefined : form.inside === 'yes' },
    offenses: form.offenses,
    approval:
      approvalNeeded && approvalTyped
        ? { approvedBy: form.approvedBy, approvedAt: localDateTime(form.approvalDate, form.approvalTime) }
        : null,
    ...(form.pathway === 'social_contact' && { justification: form.justification }),
  };
  return { person, referral };
}

/** The paths of referrals.create's input that the form shows next to a field. */
export const REFERRAL_FORM_FIELDS = [
  'person.name',
  'person.dateOfBirth',
  'person.personId',
  'referral.pathway',
  'referral.occurredAt',
  'referral.officer.name',
  'referral.officer.badge',
  'referral.officer.unit',
  'referral.location.description',
  'referral.location.insideReferralArea',
  'referral.offenses',
  'referral.approval',
  'referral.approval.approvedBy',
  'referral.approval.approvedAt',
  'referral.justification',
] as const;
