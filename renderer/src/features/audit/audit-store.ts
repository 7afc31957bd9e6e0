import type { AuditChainReport, AuditEntry } from '../../../../shared/ipc/audit-contract';
import { createStore } from '../../state/store';
import type { AuditFilter } from './audit-query';

interface AuditState {
  entries: AuditEntry[];
  /** Where "Load older" continues from; null when the oldest matching entry is showing. */
  nextBeforeId: number | null;
  /** The filter the entries were found with (not what is being typed into the form). */
  applied: AuditFilter | null;
  report: AuditChainReport | null;
}

export const useAudit = createStore<AuditState>(() => ({ entries: [], nextBeforeId: null, applied: null, report: null }));
