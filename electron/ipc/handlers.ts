import { auditHandlers } from '../services/audit';
import { recoveryKeyHandlers } from '../services/recovery-key';
import { sessionHandlers } from '../services/session';
import { settingsHandlers } from '../services/settings';
import { setupHandlers } from '../services/setup';
import { staffHandlers } from '../services/staff';
import type { Handlers } from './router';

/** Every channel of the contract, each served by its capability's module. */
export const handlers: Handlers = {
  ...setupHandlers,
  ...sessionHandlers,
  ...recoveryKeyHandlers,
  ...staffHandlers,
  ...settingsHandlers,
  ...auditHandlers,
};
