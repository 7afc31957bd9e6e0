import { useState } from 'react';
import type { SessionView } from '../../../../shared/ipc/session-contract';
import { Frame } from '../../app/Frame';
import { call } from '../../lead';
import { ActionForm } from '../../ui/ActionForm';
import { Button } from '../../ui/Button';
import { CheckboxField, TextField } from '../../ui/Field';
import { Heading } from '../../ui/Heading';
import { useAction } from '../../ui/use-action';
import { SessionControls, startSession } from '../session';
import { forgetIssuedKey } from './recovery-key-store';

interface RecoveryKeyScreenProps {
  view: SessionView;
  recoveryKey: string;
  groups: readonly [number, number];
}

/**
 * Shows a new recovery key once, then hides it and asks for two of its groups from what was
 * written down: typing them from the screen would prove nothing.
 */
export function RecoveryKeyScreen({ view, recoveryKey, groups }: RecoveryKeyScreenProps) {
  const [writtenDown, setWrittenDown] = useState(false);
  const [checking, setChecking] = useState(false);
  const [notWrittenError, setNotWrittenError] = useState<string>();

  return (
    <Frame programName={view.programName} controls={<SessionControls view={view} />}>
      <main id="main-content" tabIndex={-1} className="page page-medium">
        {checking ? (
          <ConfirmGroups groups={groups} onBack={() => setChecking(false)} />
        ) : (
          <>
            <Heading>Write down the recovery key</Heading>
            <p>
              This key is shown <strong>only this once</strong>. Write it on paper now, exactly as shown, and give the paper to the
              supervisor or administrator to keep locked away, <strong>not with this computer</strong>. Do not photograph it, save it in a
              file or email it.
            </p>
            <p>
              When no administrator can sign in, this key is the only way to reset a password. Without it, no one can open the program’s
              records.
            </p>
            <ol className="recovery-key" aria-label="Recovery key">
              {recoveryKey.split('-').map((group, index) => (
                <li key={index}>
                  <span className="recovery-key-number">Group {index + 1}</span>
                  <code className="recovery-key-group">{group}</code>
                </li>
              ))}
            </ol>
            <p className="recovery-key-note">Digits and capital letters only: there is no letter O, I, L or U.</p>
            <CheckboxField
              label="I have written down the recovery key"
              checked={writtenDown}
              error={notWrittenError}
              onChange={(checked) => {
                setWrittenDown(checked);
                setNotWrittenError(undefined);
              }}
            />
            <div className="form-buttons">
              <Button
                variant="primary"
                onClick={() => (writtenDown ? setChecking(true) : setNotWrittenError('Write the key down first, then tick this box.'))}
              >
                Continue
              </Button>
            </div>
          </>
        )}
      </main>
    </Frame>
  );
}

function ConfirmGroups({ groups, onBack }: { groups: readonly [number, number]; onBack(): void }) {
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const confirm = useAction(
    () => call('recoveryKey.confirm', { groups: [first, second] }),
    (view) => {
      forgetIssuedKey();
      startSession(view);
    },
    ['groups.0', 'groups.1'],
  );

  return (
    <>
      <Heading>Check what you wrote down</Heading>
      <p>
        Look at your paper, not the screen, and type group {groups[0]} and group {groups[1]} of the recovery key.
      </p>
      <ActionForm
        action={confirm}
        submitLabel="Confirm"
        busyLabel="Checking…"
        onSubmit={() => void confirm.run()}
        secondary={<Button onClick={onBack}>Show the key again</Button>}
      >
        <div className="field-row field-row-tight">
          <TextField
            label={`Group ${groups[0]}`}
            className="input-key input-group"
            value={first}
            onChange={setFirst}
            error={confirm.fieldError('groups.0')}
            maxLength={20}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
          />
          <TextField
            label={`Group ${groups[1]}`}
            className="input-key input-group"
            value={second}
            onChange={setSecond}
            error={confirm.fieldError('groups.1')}
            maxLength={20}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
          />
        </div>
      </ActionForm>
    </>
  );
}
