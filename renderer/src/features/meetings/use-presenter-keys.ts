import { useEffect, useRef } from 'react';

export interface PresenterKeys {
  next(): void;
  previous(): void;
  toggleBlank(): void;
}

/** Keys a person typing in a field means as text, never as a command to the room's screen. */
function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/**
 * The presenter's keys: N or → shows the next item, P or ← the previous one, B blanks the room's
 * screen or brings it back. Ignored while typing in a field or with a modifier held (Ctrl+L locks).
 */
export function usePresenterKeys(keys: PresenterKeys): void {
  const latest = useRef(keys);
  useEffect(() => {
    latest.current = keys;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      const key = event.key.toLowerCase();
      const command =
        key === 'n' || key === 'arrowright' ? 'next' : key === 'p' || key === 'arrowleft' ? 'previous' : key === 'b' ? 'toggleBlank' : null;
      if (!command) return;
      event.preventDefault();
      latest.current[command]();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
