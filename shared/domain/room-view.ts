import { NEED_LABELS, type Need } from './assessment';
import type { IsoDate } from './calendar';
import { mayDisclose, type StoredConsent } from './disclosure';
import { NEED_STATUS_LABELS, type NeedStatus } from './needs';
import { recipientKey, recipientLabel, type Recipient } from './recipients';
import { SHARE_LEVELS, type ShareLevel } from './share-levels';
import { STAGE_LABELS, type Stage } from './stages';

/**
 * The weekly partner meeting's shared screen (issue 12): what the room may see of one agenda
 * item. Everything the audience window shows passes through `roomLevel` and then `roomItemView`,
 * so these two functions are the whole of the room's disclosure rule.
 */

export type RoomLevel =
  /** consentIds: the consent each agency's permission rests on, distinct, ascending; [] when no agency is present. */
  | { shown: true; level: ShareLevel; consentIds: number[] }
  /** For the presenter only (team eyes): names the first agency refused. */
  | { shown: false; reason: string };

/** The level the room may see of one item. Referral items: pass participantId null. */
export function roomLevel(query: {
  consents: readonly StoredConsent[];
  participantId: number | null;
  agencies: readonly Recipient[];
  classification: ShareLevel;
  today: IsoDate;
}): RoomLevel {
  const { consents, participantId, classification, today } = query;
  const agencies = distinctRecipients(query.agencies);
  // Team only: nobody receives a disclosure, so the team's own classification is the limit.
  if (agencies.length === 0) return { shown: true, level: classification, consentIds: [] };
  if (participantId === null) {
    // A referral not yet enrolled has no consent (consents belong to participants).
    return { shown: false, reason: `A referral has no consent, so it is not shown to ${recipientLabel(agencies[0]!)}.` };
  }

  // The levels the item may be shown at, from its classification down to status.
  const candidates = SHARE_LEVELS.slice(0, SHARE_LEVELS.indexOf(classification) + 1).reverse();
  const ask = (recipient: Recipient, shareLevel: ShareLevel) =>
    mayDisclose({ consents, recipient, item: { participantId, shareLevel }, today });

  // mayDisclose is the one rule for "may this recipient see this today" (shared/domain/disclosure.ts):
  // it alone reads consents (whose they are, active or not, each recipient's scope), so the
  // shared screen cannot drift from the printouts and exports that ask it the same question.
  // Each agency present gets the highest level it allows; the room gets the lowest of those.
  let shown = classification;
  for (const agency of agencies) {
    const highest = candidates.find((level) => ask(agency, level).allowed);
    if (highest === undefined) {
      const refusal = ask(agency, 'status');
      return { shown: false, reason: refusal.allowed ? `${recipientLabel(agency)} may not see this item.` : refusal.reason };
    }
    if (SHARE_LEVELS.indexOf(highest) < SHARE_LEVELS.indexOf(shown)) shown = highest;
  }

  // The disclosure is made at the room's level, so each agency's permission is the consent
  // mayDisclose names at that level (lowest id), not the one behind its own higher ceiling.
  const consentIds = new Set<number>();
  for (const agency of agencies) {
    const decision = ask(agency, shown);
    if (!decision.allowed) throw new Error('roomLevel: a level allowed above was refused below it.');
    consentIds.add(decision.consentId);
  }
  return { shown: true, level: shown, consentIds: [...consentIds].sort((a, b) => a - b) };
}

/** The facts the main process gathers for one participant item; the only input to the room's view. */
export interface RoomFacts {
  name: string;
  stage: Stage;
  inRecentContact: boolean;
  sharedSummary: string;
  /** Labels, already limited to housing, employment and income outcomes (never treatment). */
  wins: string[];
  needs: { need: Need; status: NeedStatus }[];
}

/** What the room sees of one item: only the fields its level allows (absent otherwise, not empty). */
export interface RoomItemView {
  level: ShareLevel;
  name: string;
  /** The stage's label. */
  stage: string;
  engagement: string;
  /** Progress and up, only when not blank. */
  summary?: string;
  /** Progress and up, only when any. */
  wins?: string[];
  /** Clinical only, e.g. "Housing: in progress"; the substance-use category never. */
  needs?: string[];
}

export const ENGAGEMENT_WORDS = { recent: 'In regular contact', notRecent: 'Not in recent contact' } as const;

/**
 * Substance use stays with the team whatever a consent says (issue 12): it is dropped here,
 * not left to the caller, because this is the last step before the room's screen.
 */
const NEVER_IN_THE_ROOM: ReadonlySet<Need> = new Set<Need>(['substance_use_treatment']);

/**
 * The room's view of one item at `level`. Built field by field from `facts` (never spread), so
 * nothing a caller passes beyond RoomFacts can reach the shared screen.
 */
export function roomItemView(facts: RoomFacts, level: ShareLevel): RoomItemView {
  const view: RoomItemView = {
    level,
    name: facts.name,
    stage: STAGE_LABELS[facts.stage],
    engagement: facts.inRecentContact ? ENGAGEMENT_WORDS.recent : ENGAGEMENT_WORDS.notRecent,
  };
  if (level === 'status') return view;

  const summary = facts.sharedSummary.trim();
  if (summary !== '') view.summary = summary;
  if (facts.wins.length > 0) view.wins = [...facts.wins];
  if (level === 'progress') return view;

  const needs = facts.needs
    .filter(({ need }) => !NEVER_IN_THE_ROOM.has(need))
    .map(({ need, status }) => `${NEED_LABELS[need]}: ${NEED_STATUS_LABELS[status].toLowerCase()}`);
  if (needs.length > 0) view.needs = needs;
  return view;
}

/** The agencies in the room: distinct by recipientKey, team members (null) and those who left excluded. */
export function agenciesPresent(attendees: readonly { recipient: Recipient | null; leftAt: string | null }[]): Recipient[] {
  return distinctRecipients(attendees.filter((a) => a.leftAt === null).flatMap((a) => (a.recipient ? [a.recipient] : [])));
}

function distinctRecipients(recipients: readonly Recipient[]): Recipient[] {
  const seen = new Set<string>();
  return recipients.filter((recipient) => {
    const key = recipientKey(recipient);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
