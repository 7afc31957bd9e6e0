import { afterEach, describe, expect, it } from 'vitest';
import type { DisclosureView } from '../../../shared/ipc/meetings-contract';
import { applyStep, setMeeting, useMeeting } from '../../../renderer/src/features/meetings/meeting-store';
import { meetingItem, meetingOf } from './meeting-fixtures';

const DISCLOSURE: DisclosureView = {
  itemId: 2,
  name: 'Invented Person 2',
  medium: 'screen',
  at: '2026-12-08T15:00:00.000Z',
  level: 'status',
  agencies: ['Police'],
  consentIds: [7],
};

describe('taking in a step of the meeting', () => {
  afterEach(() => setMeeting(null));

  it('moves the room’s screen to the item, replaces that item alone and adds the disclosure', () => {
    const before = meetingOf(1, [meetingItem(1), meetingItem(2), meetingItem(3)]);
    setMeeting(before);
    const shown = { ...meetingItem(2), discussedAt: DISCLOSURE.at };
    applyStep({ meetingId: before.id, currentItemId: 2, item: shown, disclosure: DISCLOSURE });
    const after = useMeeting.getState().meeting!;
    expect(after.currentItemId).toBe(2);
    // The others are the very same objects, so the presenter's agenda draws none of them again.
    expect(after.items).toHaveLength(3);
    expect(after.items[0]).toBe(before.items[0]);
    expect(after.items[1]).toBe(shown);
    expect(after.items[2]).toBe(before.items[2]);
    expect(after.disclosures).toEqual([DISCLOSURE]);
  });

  it('adds no disclosure when the step made none', () => {
    setMeeting(meetingOf(1, [meetingItem(1), meetingItem(2)]));
    applyStep({ meetingId: 1, currentItemId: 2, item: meetingItem(2), disclosure: null });
    expect(useMeeting.getState().meeting).toMatchObject({ currentItemId: 2, disclosures: [] });
  });

  it('ignores a step of another meeting than the one held', () => {
    const held = meetingOf(1, [meetingItem(1)]);
    setMeeting(held);
    applyStep({ meetingId: held.id + 1, currentItemId: 1, item: meetingItem(1), disclosure: DISCLOSURE });
    expect(useMeeting.getState().meeting).toBe(held);
  });
});
