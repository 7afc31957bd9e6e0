import { useEffect, useRef, useState } from 'react';
import type { PersonMatch } from '../../../../shared/ipc/people-contract';
import { call } from '../../lead';

/** How long typing must pause before the people on record are searched. */
const MATCH_DELAY_MS = 300;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * People on record who may be the one being referred, looked up as the name and date of birth
 * are typed (debounced; only the newest answer counts). Off while `enabled` is false.
 */
export function usePersonMatches(name: string, dateOfBirth: string, enabled: boolean): PersonMatch[] {
  const [matches, setMatches] = useState<PersonMatch[]>([]);
  const latest = useRef(0);

  useEffect(() => {
    const asked = ++latest.current;
    const trimmed = name.trim();
    const timer = window.setTimeout(
      async () => {
        if (!enabled || trimmed.length < 2 || trimmed.length > 100) {
          setMatches([]);
          return;
        }
        const reply = await call('people.matches', { name: trimmed, dateOfBirth: DATE.test(dateOfBirth) ? dateOfBirth : null });
        if (asked === latest.current) setMatches(reply.ok ? reply.value : []);
      },
      enabled ? MATCH_DELAY_MS : 0,
    );
    return () => window.clearTimeout(timer);
  }, [name, dateOfBirth, enabled]);

  return matches;
}

/** The exact name and date-of-birth match the main process would link a new referral to, asked just before saving. */
export async function exactMatch(name: string, dateOfBirth: string): Promise<PersonMatch | null> {
  const trimmed = name.trim();
  if (!DATE.test(dateOfBirth) || trimmed.length === 0 || trimmed.length > 100) return null;
  const reply = await call('people.matches', { name: trimmed, dateOfBirth });
  return reply.ok ? (reply.value.find((match) => match.matchedOn === 'name_and_birth_date') ?? null) : null;
}
