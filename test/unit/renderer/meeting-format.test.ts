import { describe, expect, it } from 'vitest';
import { meetingItem as item, meetingOf as meeting } from './meeting-fixtures';
import { elapsedLabel, neighbourItem, othersItemsLine, recipientOf } from '../../../renderer/src/features/meetings/meeting-format';

describe('stepping through the agenda', () => {
  const items = [item(1), item(2, true), item(3), item(4)];

  it('starts at the first item when none is on the screen, and has nothing before it', () => {
    expect(neighbourItem(meeting(null, items), 1)?.id).toBe(1);
    expect(neighbourItem(meeting(null, items), -1)).toBeNull();
  });

  it('skips dropped items both ways', () => {
    expect(neighbourItem(meeting(1, items), 1)?.id).toBe(3);
    expect(neighbourItem(meeting(3, items), -1)?.id).toBe(1);
  });

  it('stops at the ends', () => {
    expect(neighbourItem(meeting(4, items), 1)).toBeNull();
    expect(neighbourItem(meeting(1, items), -1)).toBeNull();
  });
});

describe('the timer', () => {
  it('shows minutes and seconds, hours past one, never a negative span', () => {
    expect(elapsedLabel(0)).toBe('0:00');
    expect(elapsedLabel(65_400)).toBe('1:05');
    expect(elapsedLabel(3_725_000)).toBe('1:02:05');
    expect(elapsedLabel(-5_000)).toBe('0:00');
  });
});

describe('whom a person speaks for', () => {
  it('is nobody outside the team for a team member, and a named provider carries the name typed', () => {
    expect(recipientOf('team', 'ignored')).toBeNull();
    expect(recipientOf('police', 'ignored')).toEqual({ kind: 'police' });
    expect(recipientOf('provider', 'Eastside Recovery Clinic (fictional)')).toEqual({
      kind: 'provider',
      name: 'Eastside Recovery Clinic (fictional)',
    });
  });
});

describe('items of other pairs', () => {
  it('are counted, never named, and say nothing when there are none', () => {
    expect(othersItemsLine(0)).toBeNull();
    expect(othersItemsLine(1)).toBe('1 more item is about other pairs’ participants.');
    expect(othersItemsLine(3)).toBe('3 more items are about other pairs’ participants.');
  });
});
