import { useEffect, useRef, useState } from 'react';
import type { MeetingItemView, MeetingView } from '../../../../shared/ipc/meetings-contract';
import { submit } from '../../lead';
import { ActionForm } from '../../ui/ActionForm';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { timeLabel } from '../../ui/dates';
import { TextAreaField } from '../../ui/form-parts';
import { useRecordWrite } from '../../ui/use-record-write';

interface ItemRecordProps {
  item: MeetingItemView;
  /** The supervisor has reopened the minutes: each item can be corrected. */
  correcting: boolean;
  onCorrected(meeting: MeetingView): void;
}

const NONE = 'None recorded';

/** One agenda item of a past meeting: its decision, what partners were told, and the team's own note. */
export function ItemRecord({ item, correcting, onCorrected }: ItemRecordProps) {
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const root = useRef<HTMLLIElement>(null);
  const wasEditing = useRef(false);
  // Opening the form moves focus into it; closing it brings focus back to the Correct button.
  useEffect(() => {
    if (editing) root.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    else if (wasEditing.current) root.current?.querySelector<HTMLElement>('[data-opens="correct"]')?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const headingId = `history-item-${item.id}`;
  return (
    <li ref={root} className="history-item" aria-labelledby={headingId}>
      <div className="history-item-head">
        <h3 id={headingId}>{item.name}</h3>
        {correcting && !editing && (
          <Button
            data-opens="correct"
            aria-label={`Correct ${item.name}`}
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            Correct
          </Button>
        )}
      </div>
      <p className="history-item-meta">
        {[item.stage, item.pairLabel, item.discussedAt ? `shown to the room at ${timeLabel(item.discussedAt)}` : 'not shown to the room']
          .filter(Boolean)
          .join(' · ')}
      </p>
      {saved && <Alert tone="success">Correction saved. The audit log records which fields you changed, and when.</Alert>}
      {editing ? (
        <CorrectionForm
          item={item}
          onCancel={() => setEditing(false)}
          onSaved={(meeting) => {
            setEditing(false);
            setSaved(true);
            onCorrected(meeting);
          }}
        />
      ) : (
        <dl className="history-facts">
          <div>
            <dt>Decision</dt>
            <dd>{item.decision || NONE}</dd>
          </div>
          <div>
            <dt>Shared summary</dt>
            <dd>{item.sharedSummary || NONE}</dd>
          </div>
          <div>
            <dt>
              Team note <span className="history-team-only">(team only, never shown to partners)</span>
            </dt>
            <dd>{item.teamNote || NONE}</dd>
          </div>
        </dl>
      )}
    </li>
  );
}

interface CorrectionFormProps {
  item: MeetingItemView;
  onCancel(): void;
  onSaved(meeting: MeetingView): void;
}

/** The three texts of an item, corrected in one call whose reply is the whole meeting (electron/services/meetings.ts). */
function CorrectionForm({ item, onCancel, onSaved }: CorrectionFormProps) {
  const [decision, setDecision] = useState(item.decision);
  const [sharedSummary, setSharedSummary] = useState(item.sharedSummary);
  const [teamNote, setTeamNote] = useState(item.teamNote);
  // Only the fields that changed: the audit entry names each field corrected.
  const changes = {
    ...(decision !== item.decision ? { decision } : {}),
    ...(sharedSummary !== item.sharedSummary ? { sharedSummary } : {}),
    ...(teamNote !== item.teamNote ? { teamNote } : {}),
  };
  const write = useRecordWrite(() => submit('meetings.updateItem', { itemId: item.id, ...changes }), onSaved);

  return (
    <div className="history-correction">
      <ActionForm
        errorTitle="The correction was not saved"
        errors={write.refusal.messages}
        action={write.action}
        submitLabel="Save correction"
        busyLabel="Saving…"
        onSubmit={() => (Object.keys(changes).length === 0 ? onCancel() : write.submit())}
        secondary={<Button onClick={onCancel}>Cancel</Button>}
      >
        <TextAreaField
          label="Decision"
          rows={2}
          value={decision}
          onChange={(value) => {
            setDecision(value);
            write.refusal.changed('decision');
          }}
          error={write.error('decision')}
          data-autofocus
        />
        <TextAreaField
          label="Shared summary"
          hint="What partners in the room may hear at the progress level."
          rows={2}
          value={sharedSummary}
          onChange={(value) => {
            setSharedSummary(value);
            write.refusal.changed('sharedSummary');
          }}
          error={write.error('sharedSummary')}
        />
        <TextAreaField
          label="Team note (team only)"
          hint="Never shown to partners or printed in their minutes."
          rows={3}
          value={teamNote}
          onChange={(value) => {
            setTeamNote(value);
            write.refusal.changed('teamNote');
          }}
          error={write.error('teamNote')}
        />
      </ActionForm>
    </div>
  );
}
