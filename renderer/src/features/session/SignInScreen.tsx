import { useState } from 'react';
import { Frame } from '../../app/Frame';
import { call } from '../../lead';
import { ActionForm } from '../../ui/ActionForm';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { Heading } from '../../ui/Heading';
import { useAction } from '../../ui/use-action';
import { PracticeAccounts, useTraining } from '../training';
import { startSession, useSession } from './session-store';

export function SignInScreen({ onForgotPassword }: { onForgotPassword(): void }) {
  const notice = useSession((state) => state.notice);
  const training = useTraining();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useAction((typedPassword: string) => call('session.signIn', { username, password: typedPassword }), startSession, [
    'username',
    'password',
  ]);

  return (
    <Frame>
      <main id="main-content" tabIndex={-1} className={training ? 'page page-medium sign-in-training' : 'page page-narrow'}>
        <div>
          <Heading takeFocus={false}>Sign in</Heading>
          {notice && <Alert tone="info">{notice}</Alert>}
          <ActionForm
            action={signIn}
            submitLabel="Sign in"
            busyLabel="Signing in…"
            onSubmit={() => {
              // A refused password is not left in the field for the next person at the desk.
              setPassword('');
              void signIn.run(password);
            }}
          >
            <TextField
              label="Username"
              value={username}
              onChange={setUsername}
              error={signIn.fieldError('username')}
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              autoFocus
            />
            <TextField
              label="Password"
              type="password"
              value={password}
              onChange={setPassword}
              error={signIn.fieldError('password')}
              autoComplete="current-password"
            />
          </ActionForm>
          <p className="aside">
            <Button variant="link" onClick={onForgotPassword}>
              Forgot your password? Use the recovery key
            </Button>
          </p>
        </div>
        <PracticeAccounts />
      </main>
    </Frame>
  );
}
