import { useState } from 'react';
import type { StaffMember } from '../../../../shared/ipc/staff-contract';
import { ROLE_LABELS } from '../../../../shared/roles';
import type { PageProps } from '../../app/pages';
import { call } from '../../lead';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Heading } from '../../ui/Heading';
import { useAction } from '../../ui/use-action';
import { useOnMount } from '../../ui/use-on-mount';
import { updateSession } from '../session';
import { AddStaffDialog } from './AddStaffDialog';
import { DisableStaffDialog } from './DisableStaffDialog';
import { EditStaffDialog } from './EditStaffDialog';
import { staffStatus } from './staff-format';
import { setStaff, useStaff } from './staff-store';
import { TemporaryPasswordDialog } from './TemporaryPasswordDialog';

type OpenDialog = { kind: 'add' } | { kind: 'edit' | 'reset' | 'enable' | 'disable'; member: StaffMember };

/** The staff list. Administrators change accounts; supervisors may look. */
export function StaffPage({ view }: PageProps) {
  const members = useStaff((state) => state.members);
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const canChange = view.user.role === 'administrator';
  const load = useAction(() => call('staff.list', {}), setStaff);
  useOnMount(() => void load.run());

  function done(message: (name: string) => string) {
    return (member: StaffMember) => {
      setDialog(null);
      setNotice(message(member.displayName));
      if (member.id === view.user.id) updateSession({ user: { ...view.user, displayName: member.displayName, role: member.role } });
      void load.run();
    };
  }

  return (
    <>
      <div className="page-heading">
        <Heading>Staff</Heading>
        {canChange && (
          <Button variant="primary" onClick={() => setDialog({ kind: 'add' })}>
            Add staff member
          </Button>
        )}
      </div>
      {!canChange && <p>Only an administrator can add or change staff accounts.</p>}
      {notice && <Alert tone="success">{notice}</Alert>}
      {load.formError && <Alert tone="error">{load.formError}</Alert>}
      {members && (
        <div className="table-scroll" role="region" aria-label="Staff accounts" tabIndex={0}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
                {canChange && <th scope="col">Actions</th>}
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <tr key={member.id} className={member.enabled ? undefined : 'row-muted'}>
                  <th scope="row">
                    {member.displayName}
                    <span className="cell-second-line">{member.username}</span>
                  </th>
                  <td className="nowrap">{ROLE_LABELS[member.role]}</td>
                  <td>
                    <ul className="status-list">
                      {staffStatus(member).map((status) => (
                        <li key={status}>{status}</li>
                      ))}
                    </ul>
                  </td>
                  {canChange && (
                    <td>
                      <div className="row-actions">
                        <Button aria-label={`Edit ${member.displayName}`} onClick={() => setDialog({ kind: 'edit', member })}>
                          Edit
                        </Button>
                        {member.enabled ? (
                          <>
                            <Button
                              aria-label={`Reset password for ${member.displayName}`}
                              onClick={() => setDialog({ kind: 'reset', member })}
                            >
                              Reset password
                            </Button>
                            {member.id !== view.user.id && (
                              <Button aria-label={`Disable ${member.displayName}`} onClick={() => setDialog({ kind: 'disable', member })}>
                                Disable
                              </Button>
                            )}
                          </>
                        ) : (
                          <Button aria-label={`Enable ${member.displayName}`} onClick={() => setDialog({ kind: 'enable', member })}>
                            Enable
                          </Button>
                        )}
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {dialog?.kind === 'add' && (
        <AddStaffDialog
          onClose={() => setDialog(null)}
          onAdded={done((name) => `${name} can now sign in with the temporary password, and will be asked to choose their own.`)}
        />
      )}
      {dialog?.kind === 'edit' && (
        <EditStaffDialog member={dialog.member} onClose={() => setDialog(null)} onSaved={done((name) => `Saved the changes to ${name}.`)} />
      )}
      {(dialog?.kind === 'reset' || dialog?.kind === 'enable') && (
        <TemporaryPasswordDialog
          purpose={dialog.kind}
          member={dialog.member}
          onClose={() => setDialog(null)}
          onDone={done(
            dialog.kind === 'reset'
              ? (name) =>
                  `${name}’s password was reset. Give them the temporary password in person; they will choose a new one when they sign in.`
              : (name) => `${name}’s account is active again. They sign in with the temporary password and then choose their own.`,
          )}
        />
      )}
      {dialog?.kind === 'disable' && (
        <DisableStaffDialog
          member={dialog.member}
          onClose={() => setDialog(null)}
          onDisabled={done((name) => `${name}’s account is disabled. They can no longer sign in.`)}
        />
      )}
    </>
  );
}
