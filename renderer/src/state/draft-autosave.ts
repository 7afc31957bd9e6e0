import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../lead';
import { createStore } from './store';

type DraftData = Record<string, unknown>;

/** How long typing must pause before a draft is saved. */
export const DRAFT_SAVE_DELAY_MS = 400;

interface DraftQueue {
  /** What was typed and not yet sent to the main process, by draft key. */
  pending: Record<string, DraftData>;
}

/**
 * Unsaved keystrokes wait here for at most DRAFT_SAVE_DELAY_MS. A lock or sign-out resets every
 * store at once: at that moment whatever is still waiting is sent, before the main process is
 * told to lock, so a lock never loses what was typed. The draft lives in the encrypted database,
 * never in the renderer after the lock.
 */
const useDraftQueue = createStore<DraftQueue>(() => ({ pending: {} }));
const EMPTY = useDraftQueue.getState();

useDraftQueue.subscribe((state, previous) => {
  if (state !== EMPTY || previous === EMPTY) return;
  for (const [key, data] of Object.entries(previous.pending)) void call('drafts.save', { key, data });
});

function takePending(key: string): DraftData | undefined {
  const { pending } = useDraftQueue.getState();
  const data = pending[key];
  if (data === undefined) return undefined;
  const rest = { ...pending };
  delete rest[key];
  useDraftQueue.setState({ pending: rest });
  return data;
}

/**
 * The window being hidden or closed: send what is waiting at once. The main process holds a
 * closing window open briefly after telling the renderer (window.closing), so these arrive.
 */
function sendWaiting(): void {
  for (const [key, data] of Object.entries(useDraftQueue.getState().pending)) void call('drafts.save', { key, data });
}
window.addEventListener('pagehide', sendWaiting);
window.lead.onEvent((event) => {
  if (event.type === 'window.closing') sendWaiting();
});
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') sendWaiting();
});

export interface DraftAutosave {
  /** Saves `data` once typing pauses. */
  changed(data: DraftData): void;
  /** Deletes the draft (after the real record was saved, or when the person starts over). */
  discard(): Promise<void>;
  /** When the draft was last saved in this sitting, or null. */
  savedAt: Date | null;
  /** Why the last draft save failed, or null. */
  problem: string | null;
}

/** Autosaves one form's draft under `key` (e.g. "assessment:12"), debounced. */
export function useDraftAutosave(key: string): DraftAutosave {
  const timer = useRef<number | null>(null);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const flush = useCallback(async () => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    const data = takePending(key);
    if (data === undefined) return;
    const reply = await call('drafts.save', { key, data });
    if (reply.ok) {
      setSavedAt(new Date());
      setProblem(null);
    } else if (reply.error.code !== 'NOT_SIGNED_IN') {
      setProblem(reply.error.message);
    }
  }, [key]);

  // Leaving the form inside the app (another page, the participant's record): save at once.
  useEffect(() => () => void flush(), [flush]);

  const changed = useCallback(
    (data: DraftData) => {
      useDraftQueue.setState((state) => ({ pending: { ...state.pending, [key]: data } }));
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), DRAFT_SAVE_DELAY_MS);
    },
    [key, flush],
  );

  const discard = useCallback(async () => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    takePending(key);
    setSavedAt(null);
    await call('drafts.discard', { key });
  }, [key]);

  return { changed, discard, savedAt, problem };
}

/** The saved draft under `key`, if there is one (data is whatever the form saved: check it). */
export async function loadDraft(key: string): Promise<{ data: DraftData; updatedAt: string } | null> {
  const reply = await call('drafts.get', { key });
  if (!reply.ok || reply.value.data === null || reply.value.updatedAt === null) return null;
  return { data: reply.value.data, updatedAt: reply.value.updatedAt };
}

/** Whether a value read back from a draft is one of `choices`: a draft holds whatever was typed. */
export function isOneOf<K extends string>(choices: readonly K[], value: unknown): value is K {
  const known: readonly unknown[] = choices;
  return known.includes(value);
}
