import { useState } from 'react';
import { SHARE_LEVEL_LABELS, SHARE_LEVELS, type ShareLevel } from '../../../../shared/domain/share-levels';
import { DECISION_MAX, SHARED_SUMMARY_MAX, TEAM_NOTE_MAX, type MeetingItemView } from '../../../../shared/ipc/meetings-contract';
import { submit } from '../../lead';
import { ActionForm } from '../../ui/ActionForm';
import { SelectField } from '../../ui/Field';
import { TextAreaField } from '../../ui/form-parts';
import { useAction } from '../../ui/use-action';
import { setMeeting } from './meeting-store';

const CLASSIFICATION_OPTIONS = SHARE_LEVELS.map((level) => ({ value: level, label: SHARE_LEVEL_LABELS[level] }));
const FIELDS = ['classification', 'teamNote', 'sharedSummary', 'decision'] as const;

/**
 * An item's two notes and its classification (and, once the meeting runs, its decision): the team
 * note never leaves the team; the shared summary may reach the room, within what consent allows.
 */
export function ItemNotesForm({ item, withDecision }: { item: MeetingItemView; withDecision: boolean }) {
  const [classification, setClassification] = useState<ShareLevel>(item.classification);
  const [teamNote, setTeamNote] = useState(item.teamNote);
  const [sharedSummary, setSharedSummary] = useState(item.sharedSummary);
  const [decision, setDecision] = useState(item.decision);
  const [saved, setSaved] = useState(false);
  const save = useAction(
    () =>
      submit('meetings.updateItem', {
        itemId: item.id,
        classification,
        teamNote,
        sharedSummary,
        ...(withDecision ? { decision } : {}),
      }),
    (meeting) => {
      setSaved(true);
      setMeeting(meeting);
    },
    FIELDS,
  );
  const edited = () => setSaved(false);

  return (
    <ActionForm
      action={save}
      submitLabel="Save notes"
      busyLabel="Saving…"
      errorTitle="The notes were not saved"
      onSubmit={() => void save.run()}
    >
      <SelectField
        label="Most the room may see"
        hint="The room sees less when a consent allows less for anyone present."
        value={classification}
        options={CLASSIFICATION_OPTIONS}
        error={save.fieldError('classification')}
        onChange={(value) => {
          setClassification(value);
          edited();
        }}
      />
      <TextAreaField
        label="Team note (stays with the team)"
        value={teamNote}
        maxLength={TEAM_NOTE_MAX}
        error={save.fieldError('teamNote')}
        onChange={(value) => {
          setTeamNote(value);
          edited();
        }}
      />
      <TextAreaField
        label="Shared summary (what may be said to the room)"
        hint="Progress and next steps only: no clinical detail, no substance use, nowhere the person can be found."
        value={sharedSummary}
        maxLength={SHARED_SUMMARY_MAX}
        rows={2}
        error={save.fieldError('sharedSummary')}
        onChange={(value) => {
          setSharedSummary(value);
          edited();
        }}
      />
      {withDecision && (
        <TextAreaField
          label="Decision"
          value={decision}
          maxLength={DECISION_MAX}
          rows={2}
          error={save.fieldError('decision')}
          onChange={(value) => {
            setDecision(value);
            edited();
          }}
        />
      )}
      {saved && (
        <p role="status" className="field-hint">
          Notes saved.
        </p>
      )}
    </ActionForm>
  );
}
