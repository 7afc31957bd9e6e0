import { useState } from 'react';
import type { Settings } from '../../../../shared/ipc/settings-contract';
import { IDLE_LOCK_DEFAULT_MINUTES, IDLE_LOCK_MAX_MINUTES, IDLE_LOCK_MIN_MINUTES } from '../../../../shared/security-policy';
import { call, invalid } from '../../lead';
import { ActionForm } from '../../ui/ActionForm';
import { Alert } from '../../ui/Alert';
import { TextField, WholeNumberField } from '../../ui/Field';
import { Heading } from '../../ui/Heading';
import { useAction } from '../../ui/use-action';
import { useOnMount } from '../../ui/use-on-mount';
import { ReplaceRecoveryKey } from '../recovery-key';
import { updateSession } from '../session';
import { CaseloadSettingsForm } from './CaseloadSettingsForm';
import { IntakeSettingsForm } from './IntakeSettingsForm';

export function SettingsPage() {
  const [loaded, setLoaded] = useState<Settings | null>(null);
  const [programName, setProgramName] = useState('');
  const [minutes, setMinutes] = useState('');
  const [saved, setSaved] = useState(false);
  const show = (settings: Settings) => {
    setProgramName(settings.programName);
    setMinutes(String(settings.idleLockMinutes));
    setLoaded(settings);
  };
  const load = useAction(() => call('settings.get', {}), show);
  useOnMount(() => void load.run());

  const save = useAction(
    async () => {
      const idleLockMinutes = Number(minutes);
      if (minutes.trim() === '' || !Number.isInteger(idleLockMinutes)) {
        return invalid({ idleLockMinutes: 'Idle lock must be a whole number of minutes.' });
      }
      setSaved(false);
      return call('settings.update', { programName, idleLockMinutes });
    },
    (settings) => {
      show(settings);
      updateSession({ programName: settings.programName, idleLockMinutes: settings.idleLockMinutes });
      setSaved(true);
    },
    ['programName', 'idleLockMinutes'],
  );

  return (
    <>
      <Heading>Settings</Heading>
      {load.formError && <Alert tone="error">{load.formError}</Alert>}
      {loaded && (
        <section className="panel panel-narrow" aria-label="Program settings">
          {saved && <Alert tone="success">Settings saved.</Alert>}
          <ActionForm action={save} submitLabel="Save settings" busyLabel="Saving…" onSubmit={() => void save.run()}>
            <TextField
              label="Program name"
              hint="Shown at the top of every screen."
              value={programName}
              onChange={setProgramName}
              error={save.fieldError('programName')}
              autoComplete="off"
            />
            <WholeNumberField
              label="Lock after this many minutes without activity"
              hint={`From ${IDLE_LOCK_MIN_MINUTES} to ${IDLE_LOCK_MAX_MINUTES} minutes; the usual is ${IDLE_LOCK_DEFAULT_MINUTES}. Shorter is safer on a shared desk.`}
              min={IDLE_LOCK_MIN_MINUTES}
              max={IDLE_LOCK_MAX_MINUTES}
              value={minutes}
              onChange={setMinutes}
              error={save.fieldError('idleLockMinutes')}
            />
          </ActionForm>
        </section>
      )}
      {loaded && <IntakeSettingsForm settings={loaded} onSaved={setLoaded} />}
      {loaded && <CaseloadSettingsForm settings={loaded} onSaved={setLoaded} />}
      <ReplaceRecoveryKey />
    </>
  );
}
