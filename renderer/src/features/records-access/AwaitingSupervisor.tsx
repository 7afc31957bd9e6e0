import { useState } from 'react';
import type { SessionView } from '../../../../shared/ipc/session-contract';
import { ROLE_LABELS } from '../../../../shared/roles';
import { call } from '../../lead';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { useAction } from '../../ui/use-action';

type Waiting = SessionView['awaitingSupervisor'][number];

/**
 * The supervisor's list of team accounts an administrator created, reset or gave a team role:
 * they open no participant record until a supervisor gives them the records key
 * (docs/architecture.md, "The vault"). Each one given leaves the list from the reply.
 */
export function AwaitingSupervisor({ waiting }: { waiting: SessionView['awaitingSupervisor'] }) {
  const [left, setLeft] = useState(waiting);
  const [completed, setCompleted] = useState<string | null>(null);
  if (left.length === 0 && !completed) return null;
  return (
    <section className="panel" aria-labelledby="awaiting-supervisor-heading">
      <h2 id="awaiting-supervisor-heading">Accounts waiting for you</h2>
      {completed && <Alert tone="success">{completed}</Alert>}
      {left.length === 0 ? (
        <p>No account is waiting for you.</p>
      ) : (
        <>
          <p>
            An administrator made or reset these team accounts. They can sign in, but they open no participant record until you complete
            them. Complete only the people you know are on the team.
          </p>
          <ul className="account-list">
            {left.map((member) => (
              <WaitingAccount
                key={member.id}
                member={member}
                onCompleted={() => {
                  setLeft((now) => now.filter((other) => other.id !== member.id));
                  setCompleted(`${member.displayName} can now open participant records.`);
                }}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function WaitingAccount({ member, onCompleted }: { member: Waiting; onCompleted(): void }) {
  const grant = useAction(() => call('staff.grantRecords', { id: member.id }), onCompleted);
  return (
    <li>
      <strong>{member.displayName}</strong> ({ROLE_LABELS[member.role].toLowerCase()})
      {member.readyToComplete ? (
        <Button
          className="account-list-action"
          variant="primary"
          busyLabel={grant.busy && 'Completing…'}
          onClick={() => void grant.run()}
          aria-label={`Complete ${member.displayName}'s account`}
        >
          Complete account
        </Button>
      ) : (
        <span>: waiting for them to sign in and choose their own password.</span>
      )}
      {grant.formError && <Alert tone="error">{grant.formError}</Alert>}
    </li>
  );
}
