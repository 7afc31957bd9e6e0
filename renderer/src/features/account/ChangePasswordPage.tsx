import { useState } from 'react';
import { Alert } from '../../ui/Alert';
import { Heading } from '../../ui/Heading';
import { updateSession } from '../session';
import { ChangePasswordForm } from './ChangePasswordForm';

export function ChangePasswordPage() {
  const [changed, setChanged] = useState(false);
  return (
    <>
      <Heading>Change your password</Heading>
      {changed && <Alert tone="success">Your password has been changed. Use the new one next time you sign in.</Alert>}
      <div className="panel panel-narrow">
        <ChangePasswordForm
          currentLabel="Current password"
          onChanged={(view) => {
            updateSession(view);
            setChanged(true);
          }}
        />
      </div>
    </>
  );
}
