import type { ReferralStatus } from '../../../../shared/domain/referral-status';
import type { ReferralSummary, ReferralView } from '../../../../shared/ipc/intake-contract';
import { createStore } from '../../state/store';

interface ReferralsState {
  /** The referrals list as last loaded with `filter`, or null before the first load. */
  list: ReferralSummary[] | null;
  /** The status the list is filtered by; '' for every status. */
  filter: ReferralStatus | '';
  /** Referrals waiting for the State's Attorney's verification, longest waiting first. */
  waiting: ReferralSummary[] | null;
  /** The referral on the Referral page. */
  current: ReferralView | null;
  /** A confirmation to show once on the next Referral page (e.g. "Linked to the existing record"). */
  notice: string | null;
}

/** Referral data about people: cleared at every lock with the other stores. */
export const useReferrals = createStore<ReferralsState>(() => ({ list: null, filter: '', waiting: null, current: null, notice: null }));

export function announce(notice: string): void {
  useReferrals.setState({ notice });
}

/** The waiting notice, taken so it shows only once. */
export function takeNotice(): string | null {
  const { notice } = useReferrals.getState();
  if (notice !== null) useReferrals.setState({ notice: null });
  return notice;
}
