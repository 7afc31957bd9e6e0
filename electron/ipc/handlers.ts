import { assessmentsHandlers } from '../services/assessments';
import { auditHandlers } from '../services/audit';
import { boardHandlers } from '../services/board';
import { contactsHandlers } from '../services/contacts';
import { coversHandlers } from '../services/covers';
import { consentsHandlers } from '../services/consents';
import { directoryHandlers } from '../services/directory';
import { directoryFilesHandlers } from '../services/directory-files';
import { draftsHandlers } from '../services/drafts';
import { meetingsHandlers } from '../services/meetings';
import { needsHandlers } from '../services/needs';
import { outcomesHandlers } from '../services/outcomes';
import { pairsHandlers } from '../services/pairs';
import { printingHandlers } from '../services/printing';
import { participantMovesHandlers } from '../services/participant-moves';
import { participantsHandlers } from '../services/participants';
import { peopleHandlers } from '../services/people';
import { referralPrintoutHandlers } from '../services/referral-printouts';
import { referralsHandlers } from '../services/referrals';
import { recoveryKeyHandlers } from '../services/recovery-key';
import { sessionHandlers } from '../services/session';
import { serviceReferralsHandlers } from '../services/service-referrals';
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
  ...pairsHandlers,
  ...peopleHandlers,
  ...referralsHandlers,
  ...participantsHandlers,
  ...assessmentsHandlers,
  ...consentsHandlers,
  ...draftsHandlers,
  ...boardHandlers,
  ...participantMovesHandlers,
  ...contactsHandlers,
  ...needsHandlers,
  ...serviceReferralsHandlers,
  ...referralPrintoutHandlers,
  ...outcomesHandlers,
  ...printingHandlers,
  ...coversHandlers,
  ...meetingsHandlers,
  ...directoryHandlers,
  ...directoryFilesHandlers,
};
