import { RECIPIENT_KIND_LABELS, RECIPIENT_KINDS, type Recipient, type RecipientKind } from '../../../../shared/domain/recipients';
import type { MeetingItemView, MeetingView } from '../../../../shared/ipc/meetings-contract';
import type { Option } from '../../ui/Field';

/** Whom a person in the room speaks for: the LEAD team, or a recipient a release can name. */
export type AgencyChoice = 'team' | RecipientKind;

export const AGENCY_OPTIONS: readonly Option<AgencyChoice>[] = [
  { value: 'team', label: 'LEAD team (case manager, peer, supervisor)' },
  ...RECIPIENT_KINDS.map((kind) => ({ value: kind, label: RECIPIENT_KIND_LABELS[kind] })),
];

/** The recipient a choice stands for; a provider carries the name as typed (the main process checks it). */
export function recipientOf(choice: AgencyChoice, providerName: string): Recipient | null {
  if (choice === 'team') return null;
  if (choice === 'provider') return { kind: 'provider', name: providerName };
  return { kind: choice };
}

/** The items still on the agenda, in their order. */
export function agendaItems(meeting: MeetingView): MeetingItemView[] {
  return meeting.items.filter((item) => !item.dropped);
}

/** The item after (or before) the one on the room's screen, among those still on the agenda; the first when none is shown. */
export function neighbourItem(meeting: MeetingView, step: 1 | -1): MeetingItemView | null {
  const items = agendaItems(meeting);
  const at = items.findIndex((item) => item.id === meeting.currentItemId);
  if (at === -1) return step === 1 ? (items[0] ?? null) : null;
  return items[at + step] ?? null;
}

/** "12:05" for a span of milliseconds: minutes and seconds, hours when it runs past one. */
export function elapsedLabel(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/** The items the caller's pairs do not reach, counted and never named (electron/services/meeting-view.ts). */
export function othersItemsLine(count: number): string | null {
  if (count === 0) return null;
  return `${count} more ${count === 1 ? 'item is' : 'items are'} about other pairs’ participants.`;
}
