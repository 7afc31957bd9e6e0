import type { ParticipantFilter } from '../../../../shared/ipc/list-contract';
import { createStore } from '../../state/store';

interface ParticipantListState {
  /** Which participants the list shows; on a caseload unless the person chose otherwise. */
  show: ParticipantFilter;
  /** The first row of the page shown. */
  offset: number;
}

/** Where the participants list was left, so coming back from a record returns to the same page. Reset at every lock. */
export const useParticipantList = createStore<ParticipantListState>(() => ({ show: 'caseload', offset: 0 }));
