import { useState } from 'react';
import { Frame } from '../../app/Frame';
import { call } from '../../lead';
import { ActionForm } from '../../ui/ActionForm';
import { TextField } from '../../ui/Field';
import { NewPasswordFields, passwordsDiffer } from '../../ui/NewPasswordFields';
import { Heading } from '../../ui/Heading';
import { useAction } from '../../ui/use-action';
import { showIssuedKey } from '../recovery-key';

/** First start: the program's name and the first administrator. */
export function SetupScreen() {
  const [programName, setProgramName] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const setUp = useAction(
    async () => {
      const mismatch = passwordsDiffer(password, confirm);
      if (mismatch) return mismatch;
      return call('setup.create', { programName, displayName, username, password });
    },
    showIssuedKey,
    ['programName', 'displayName', 'username', 'password', 'confirm'],
  );

  return (
    <Frame>
      <main id="main-content" tabIndex={-1} className="page page-medium">
        <Heading>Set up LEAD Desk</Heading>
        <p>
          LEAD Desk keeps the program’s records encrypted on this computer. Name the program and create the first administrator account; the
          administrator then adds everyone else.
        </p>
        <ActionForm action={setUp} submitLabel="Set up LEAD Desk" busyLabel="Setting up…" onSubmit={() => void setUp.run()}>
          <TextField
            label="Program name"
            hint="Shown at the top of every screen, for example “Central District LEAD”."
            value={programName}
            onChange={setProgramName}
            error={setUp.fieldError('programName')}
            autoComplete="off"
          />
          <div className="field-row">
            <TextField
              label="Your name"
              value={displayName}
              onChange={setDisplayName}
              error={setUp.fieldError('displayName')}
              autoComplete="name"
            />
            <TextField
              label="Username"
              hint="For signing in: 3 to 32 letters, digits, dots, dashes or underscores, starting with a letter."
              value={username}
              onChange={setUsername}
              error={setUp.fieldError('username')}
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
            />
          </div>
          <NewPasswordFields
            label="Password"

            password={password}

            confirm={confirm}

            onPasswordChange={setPassword}

            onConfirmChange={setConfirm}

            passwordError={setUp.fieldError('password')}

            confirmError={setUp.fieldError('confirm')}
          />
        </ActionForm>
      </main>
    </Frame>
  );
}
