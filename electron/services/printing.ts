import { PRINT_TITLES, printPath } from '../../shared/print-jobs';
import type { Handlers } from '../ipc/router';
import { UserError } from '../ipc/user-error';
import { requireConsent, requireParticipantRow } from './participant-records';

export const printingHandlers: Pick<Handlers, 'print.document'> = {
  'print.document': async ({ job }, context) => {
    const { desk, db } = context;
    const printer = desk.options.printer;
    if (!printer) throw new UserError('INTERNAL', 'Printing is not available on this computer.');
    const participantId =
      job.document === 'consent-form'
        ? requireConsent(db, job.consentId, desk.today()).participantId
        : requireParticipantRow(db, job.participantId).id;
    context.audit({ subjectType: 'participant', subjectId: String(participantId), detail: { ...job } });
    // Written before printing: a disclosure that fails half-way may still have happened.
    context.commitAudit();
    // A training printout must not be saved under the name a real one would have.
    const title = `${desk.options.training ? 'TRAINING ' : ''}${PRINT_TITLES[job.document]}`;
    const outcome = await printer.print({ path: printPath(job), title });
    return { outcome };
  },
};
