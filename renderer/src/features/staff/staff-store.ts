import type { StaffMember } from '../../../../shared/ipc/staff-contract';
import { createStore } from '../../state/store';

interface StaffState {
  /** The staff list as last loaded, or null before the first load. */
  members: StaffMember[] | null;
}

export const useStaff = createStore<StaffState>(() => ({ members: null }));

export function setStaff(members: StaffMember[]): void {
  useStaff.setState({ members });
}
