import { useEffect } from 'react';
import { call } from '../../lead';
import { lockNow } from './session-actions';

/** The main process only needs to know someone is here; one report in 30 seconds is plenty. */
const TOUCH_INTERVAL_MS = 30_000;
const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'wheel'] as const;

/**
 * While someone is signed in: tells the main process about keyboard, pointer and wheel activity
 * (it decides when the idle lock falls), and locks at once on Ctrl+L.
 */
export function useActivity(): void {
  useEffect(() => {
    let lastTouch = -Infinity;
    const onActivity = () => {
      const now = performance.now();
      if (now - lastTouch < TOUCH_INTERVAL_MS) return;
      lastTouch = now;
      void call('session.touch', {});
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey && !event.altKey && !event.shiftKey && !event.metaKey && event.key.toLowerCase() === 'l') {
        event.preventDefault();
        void lockNow();
      }
    };
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, onActivity, { capture: true, passive: true });
    window.addEventListener('keydown', onKeyDown);
    return () => {
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, onActivity, { capture: true });
      window.removeEventListener('keydown', onKeyDown);
    };
  }, []);
}
