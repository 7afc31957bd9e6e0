import { useEffect, useRef } from 'react';

/** Runs `effect` once when the component appears (e.g. the first load of a page's data). */
export function useOnMount(effect: () => void): void {
  const latest = useRef(effect);
  useEffect(() => latest.current(), []);
}
