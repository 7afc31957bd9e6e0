import { HOUSING_STATUS_LABELS } from '../../../../shared/domain/assessment';
import { contactAge, type ContactAge } from '../../../../shared/domain/board';
import { daysBetween, readableDate } from '../../../../shared/domain/local-time';
import type { BoardCard } from '../../../../shared/ipc/caseload-contract';

/** What every card on one board is read against: the same for all cards, so cards can be memoised. */
export interface CardContext {
  today: string;
  lastMeetingOn: string;
  contactAgingDays: number;
  contactOverdueDays: number;
  supervisor: boolean;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "Nov 17", with the year only when it is not this year's: cards are narrow. */
function dayLabel(date: string, today: string): string {
  const label = readableDate(date);
  return date.slice(0, 4) === today.slice(0, 4) ? label.replace(/, \d{4}$/, '') : label;
}

/** The name people use, and the legal name when it differs (shown smaller). */
export function cardNames(card: Pick<BoardCard, 'name' | 'preferredName'>): { first: string; legal: string | null } {
  const preferred = card.preferredName?.trim();
  if (preferred && preferred.toLowerCase() !== card.name.trim().toLowerCase()) return { first: preferred, legal: card.name };
  return { first: card.name, legal: null };
}

/** "Jo (Jordan Testcase)": the card's name in sentences and announcements. */
export function cardName(card: Pick<BoardCard, 'name' | 'preferredName'>): string {
  const { first, legal } = cardNames(card);
  return legal ? `${first} (${legal})` : first;
}

/** Colour is never the only sign: each age past "recent" also says so in a word. */
const AGE_WORDS: Record<ContactAge, string | null> = {
  recent: null,
  aging: 'Check in soon',
  overdue: 'Overdue',
  none: null,
};

export interface ContactFact {
  age: ContactAge;
  /** "Overdue", "Check in soon", or null. */
  word: string | null;
  /** "12 days since contact", "Contact today", "No contact yet". */
  text: string;
}

export function contactFact(days: number | null, context: CardContext, exited = false): ContactFact {
  const age = contactAge(days, context, exited);
  const text = days === null ? 'No contact yet' : days <= 0 ? 'Contact today' : `${plural(days, 'day')} since contact`;
  return { age, word: AGE_WORDS[age], text };
}

/** The intake assessment's countdown, while one runs. */
export function intakeFact(daysLeft: number | null): { text: string; overdue: boolean } | null {
  if (daysLeft === null) return null;
  if (daysLeft < 0) return { text: `Intake ${plural(-daysLeft, 'day')} overdue`, overdue: true };
  if (daysLeft === 0) return { text: 'Intake due today', overdue: false };
  if (daysLeft === 1) return { text: 'Intake due tomorrow', overdue: false };
  return { text: `Intake due in ${plural(daysLeft, 'day')}`, overdue: false };
}

export type FlagKind = 'follow_up' | 'police' | 'court' | 'housing' | 'referral';

export interface CardFlag {
  kind: FlagKind;
  text: string;
}

/** The facts a card raises for the weekly meeting, most pressing first. */
export function cardFlags(card: BoardCard, context: CardContext): CardFlag[] {
  const flags: CardFlag[] = card.followUps.map((provider) => ({ kind: 'follow_up', text: `Ask how it went: ${provider}` }));
  if (card.newPoliceContacts > 0) {
    const what = card.newPoliceContacts === 1 ? 'Police contact' : `${card.newPoliceContacts} police contacts`;
    flags.push({ kind: 'police', text: `${what} since the ${dayLabel(context.lastMeetingOn, context.today)} meeting` });
  }
  if (card.courtDateOn) flags.push({ kind: 'court', text: courtText(card.courtDateOn, context.today) });
  if (card.housing) flags.push({ kind: 'housing', text: `Housing: ${HOUSING_STATUS_LABELS[card.housing]}` });
  if (card.openServiceReferrals > 0) flags.push({ kind: 'referral', text: plural(card.openServiceReferrals, 'open service referral') });
  return flags;
}

function courtText(on: string, today: string): string {
  const days = daysBetween(today, on);
  if (days === 0) return 'Court date today';
  if (days === 1) return `Court date tomorrow, ${dayLabel(on, today)}`;
  return `Court date ${dayLabel(on, today)} (in ${plural(days, 'day')})`;
}

/** A pair's load against its cap, and whether the lane must warn. */
export function loadFact(pair: { caseload: number; cap: number }): { text: string; warning: string | null } {
  const text = `${pair.caseload} of ${pair.cap}`;
  if (pair.caseload > pair.cap) return { text, warning: 'Over the cap' };
  if (pair.caseload === pair.cap) return { text, warning: 'At the cap' };
  return { text, warning: null };
}
