import type { ReferralStatus } from '../../../../shared/domain/referral-status';
import type { ReferralPage, ReferralView } from '../../../../shared/ipc/referrals-contract';
import { createStore } from '../../state/store';

interface ReferralsState {
  /** The page of the referrals list last loaded with `filter` and `offset`, or null before the first load. */
  list: ReferralPage | null;
  /** The status the list is filtered by; '' for every status. */
  filter: ReferralStatus | '';
  /** The first row of the page shown. */
  offset: number;
  /** Referrals waiting for the State's Attorney's verification, longest waiting first (the first few, with the true count). */
  waiting: ReferralPage | null;
  /** The referral on the Referral page. */
  current: ReferralView | null;
  /** A confirmation to show once on the next Referral page (e.g. "Linked to the existing record"). */
  notice: string | null;
}

/** Referral data about people: cleared at every lock with the other stores. */
export const useReferrals = createStore<ReferralsState>(() => ({
  list: null,
  filter: '',
  offset: 0,
  waiting: null,
  current: null,
  notice: null,
}));

export function announce(notice: string): void {
  useReferrals.setState({ notice });
}

/** The waiting notice, taken so it shows only once. */
export function takeNotice(): string | null {
  const { notice } = useReferrals.getState();
  if (notice !== null) useReferrals.setState({ notice: null });
  return notice;
}
