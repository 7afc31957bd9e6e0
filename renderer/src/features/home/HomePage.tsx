import type { PageProps } from '../../app/pages';
import { ROLE_LABELS } from '../../../../shared/roles';
import { Heading } from '../../ui/Heading';

/** A calm start page; intake, caseloads and meetings will add their summaries here. */
export function HomePage({ view }: PageProps) {
  return (
    <>
      <Heading>Welcome, {view.user.displayName}</Heading>
      <p className="lead-text">
        You are signed in to <strong>{view.programName}</strong> as {ROLE_LABELS[view.user.role].toLowerCase()}.
      </p>
      <section className="panel" aria-labelledby="step-away-heading">
        <h2 id="step-away-heading">Before you step away</h2>
        <p>
          Press <strong>Lock</strong> at the top right, or <kbd>Ctrl+L</kbd>, whenever you leave this desk. LEAD Desk
          also locks itself after {view.idleLockMinutes} minutes without activity. Locking clears the screen; the next
          person signs in with their own account.
        </p>
      </section>
    </>
  );
}
