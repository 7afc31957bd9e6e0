import type { AppMode } from '../../../../shared/ipc/session-contract';
import { call } from '../../lead';
import { createDeskStore } from '../../state/store';

interface AppModeState {
  /** 'unknown' only if app.mode could not be read: print views then refuse rather than guess. */
  phase: 'loading' | 'known' | 'unknown';
  mode: AppMode | null;
}

/** Whether this is the training desk. It says nothing about anyone, so locking keeps it. */
export const useAppMode = createDeskStore<AppModeState>(() => ({ phase: 'loading', mode: null }));

export const TRAINING_TITLE_PREFIX = 'Training — ';

/** Asked once at start; the window title (and so the taskbar) says "Training" on a training desk. */
export async function loadAppMode(): Promise<void> {
  const reply = await call('app.mode', {});
  if (!reply.ok) {
    useAppMode.setState({ phase: 'unknown', mode: null });
    return;
  }
  useAppMode.setState({ phase: 'known', mode: reply.value });
  if (reply.value.training) document.title = `${TRAINING_TITLE_PREFIX}${document.title}`;
}

export function useTraining(): boolean {
  return useAppMode((state) => state.mode?.training === true);
}
