import type { PageProps } from '../../app/pages';
import { readsRecords, ROLE_LABELS } from '../../../../shared/roles';
import { Heading } from '../../ui/Heading';
import { CaseloadBoard } from '../board';
import { CoversToday } from '../covers';
import { MyActionItems } from '../meeting-history';
import { FollowUps } from '../needs';
import { AccountAwaitingSupervisor, AwaitingSupervisor } from '../records-access';

/** A calm start page. The team starts on the caseload board; administrators see no participant data. */
export function HomePage({ view }: PageProps) {
  const team = readsRecords(view.user.role);
  const signedInAs = (
    <>
      You are signed in to <strong>{view.programName}</strong> as {ROLE_LABELS[view.user.role].toLowerCase()}.
    </>
  );
  if (team && view.recordsAccess !== 'granted') {
    return (
      <>
        <Heading>Welcome, {view.user.displayName}</Heading>
        <p>{signedInAs}</p>
        <AccountAwaitingSupervisor view={view} />
      </>
    );
  }
  if (team) {
    return (
      <>
        <Heading>Welcome, {view.user.displayName}</Heading>
        <p>
          {signedInAs} Press <strong>Lock</strong> or <kbd>Ctrl+L</kbd> whenever you leave this desk.
        </p>
        {view.user.role === 'supervisor' && <AwaitingSupervisor waiting={view.awaitingSupervisor} />}
        {view.user.role === 'supervisor' && <CoversToday />}
        <FollowUps />
        <MyActionItems />
        <CaseloadBoard view={view} />
      </>
    );
  }
  return (
    <>
      <Heading>Welcome, {view.user.displayName}</Heading>
      <p className="lead-text">{signedInAs}</p>
      <section className="panel" aria-labelledby="step-away-heading">
        <h2 id="step-away-heading">Before you step away</h2>
        <p>
          Press <strong>Lock</strong> at the top right, or <kbd>Ctrl+L</kbd>, whenever you leave this desk. LEAD Desk also locks itself
          after {view.idleLockMinutes} minutes without activity. Locking clears the screen; the next person signs in with their own account.
        </p>
      </section>
    </>
  );
}
