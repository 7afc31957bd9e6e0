import { useRef, useState } from 'react';
import type { ActionView } from '../../../../shared/ipc/meetings-contract';
import { call } from '../../lead';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { dateLabel, todayIso } from '../../ui/dates';
import { useAction } from '../../ui/use-action';
import { useOnMount } from '../../ui/use-on-mount';
import { dueLabel } from './meeting-history-format';
import { setMyActions, useMeetingHistory } from './meeting-history-store';
import '../../styles/meeting-history.css';

/**
 * The signed-in person's open action items from the weekly meetings, soonest due first. Marking
 * one done is one call, whose reply is the new list.
 */
export function MyActionItems() {
  const actions = useMeetingHistory((state) => state.myActions);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState<ActionView | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const load = useAction(() => call('meetings.myActions', {}), setMyActions);
  const complete = useAction(
    async (action: ActionView) => {
      const reply = await call('meetings.completeAction', { actionId: action.id });
      return reply.ok ? { ok: true as const, value: { list: reply.value, done: action } } : reply;
    },
    ({ list, done }) => {
      setMyActions(list);
      setNotice(`Marked done: ${done.what}.`);
      // The button pressed went with its item: the focus goes back to the top of the list.
      heading.current?.focus();
    },
  );
  useOnMount(() => void load.run());
  const today = todayIso();

  return (
    <section className="panel" aria-labelledby="my-actions-heading">
      <h2 id="my-actions-heading" ref={heading} tabIndex={-1}>
        Your action items from meetings
      </h2>
      {(load.formError ?? complete.formError) && <Alert tone="error">{load.formError ?? complete.formError}</Alert>}
      {notice && <Alert tone="success">{notice}</Alert>}
      {actions?.length === 0 && <p>You have no open action items from the weekly meetings.</p>}
      {actions && actions.length > 0 && (
        <ul className="my-actions">
          {actions.map((action) => {
            const due = dueLabel(action.dueOn, today);
            return (
              <li key={action.id} className={due.overdue ? 'my-action my-action-overdue' : 'my-action'}>
                <div className="my-action-text">
                  <strong>{action.what}</strong>
                  <span className="my-action-facts">
                    {action.about ? `About ${action.about}. ` : ''}
                    <span className={due.overdue ? 'my-action-due-overdue' : undefined}>{due.text}.</span> From the meeting of{' '}
                    {dateLabel(action.meetsOn)}.
                  </span>
                </div>
                <Button
                  aria-label={`Mark done: ${action.what}`}
                  disabled={complete.busy}
                  busyLabel={complete.busy && pending?.id === action.id && 'Saving…'}
                  onClick={() => {
                    setNotice(null);
                    setPending(action);
                    void complete.run(action);
                  }}
                >
                  Mark done
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
