import type { MeetingItemView, MeetingView } from '../../../shared/ipc/meetings-contract';

/** An agenda item and a running meeting, as the presenter holds them, for the renderer's meeting tests. */
export function meetingItem(id: number, dropped = false): MeetingItemView {
  return {
    id,
    position: id,
    participantId: id,
    referralId: null,
    name: `Invented Person ${id}`,
    pairLabel: null,
    stage: 'Active',
    reasons: [],
    classification: 'progress',
    teamNote: '',
    sharedSummary: '',
    decision: '',
    dropped,
    addedByHand: false,
    discussedAt: null,
    room: { shown: false, reason: 'nobody present' },
  };
}

export function meetingOf(currentItemId: number | null, items: MeetingItemView[]): MeetingView {
  return {
    id: 1,
    meetsOn: '2026-12-08',
    sinceOn: '2026-12-01',
    state: 'running',
    currentItemId,
    blanked: false,
    startedAt: null,
    closedAt: null,
    correctedAt: null,
    items,
    othersItems: 0,
    attendees: [],
    actions: [],
    disclosures: [],
    numbers: null,
  };
}
