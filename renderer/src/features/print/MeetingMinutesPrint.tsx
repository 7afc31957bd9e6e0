import { useState } from 'react';
import { SHARE_LEVEL_LABELS } from '../../../../shared/domain/share-levels';
import type { MinutesView } from '../../../../shared/ipc/meetings-contract';
import { call } from '../../lead';
import { dateLabel } from '../../ui/dates';
import { useAction } from '../../ui/use-action';
import { useOnMount } from '../../ui/use-on-mount';
import { PrintProblem } from './PrintProblem';
import { usePrintReady } from './use-print-ready';

/**
 * One agency's minutes of the weekly meeting, as the main process filtered them for that agency
 * (electron/services/meeting-minutes.ts): this view shows what `meetings.minutes` returns and
 * nothing else. The 42 CFR 2.32 notice comes first, since everything below it is a disclosure.
 */
export function MeetingMinutesPrint({ attendeeId }: { attendeeId: number }) {
  const [minutes, setMinutes] = useState<MinutesView | null>(null);
  const load = useAction(() => call('meetings.minutes', { attendeeId }), setMinutes);
  useOnMount(() => void load.run());
  usePrintReady(minutes !== null);

  if (load.formError) return <PrintProblem message={load.formError} />;
  if (!minutes) return <p className="print-message">Preparing the document…</p>;
  const meetsOn = dateLabel(minutes.meetsOn);

  return (
    <article className="print-document print-minutes" aria-label="Meeting minutes">
      <header className="print-header">
        <p className="print-program">{minutes.programName}</p>
        <h1>Minutes of the LEAD operational workgroup, {meetsOn}</h1>
        <p className="print-subtitle">For {minutes.agency}: only what this agency may receive under each participant’s consent.</p>
      </header>

      <section className="print-notice" aria-labelledby="minutes-notice-heading">
        <h2 id="minutes-notice-heading">Notice to the recipient (42 CFR 2.32)</h2>
        {minutes.notice.split('\n').map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </section>

      <h2>Present</h2>
      <ul className="print-attendees">
        {minutes.attendees.map((attendee, index) => (
          <li key={index}>
            {attendee.name} ({attendee.agency})
          </li>
        ))}
      </ul>

      <h2>Participants discussed</h2>
      {minutes.items.length === 0 && <p>No participant was discussed with {minutes.agency}.</p>}
      {minutes.items.map(({ position, view, decision }) => (
        <section key={position} className="print-minutes-item" aria-label={`Item ${position}`}>
          <h3>
            {position}. {view.name}
          </h3>
          <table className="print-elements">
            <tbody>
              <tr>
                <th scope="row">Stage</th>
                <td>{view.stage}</td>
              </tr>
              <tr>
                <th scope="row">Engagement</th>
                <td>{view.engagement}</td>
              </tr>
              {view.summary && (
                <tr>
                  <th scope="row">Summary</th>
                  <td>{view.summary}</td>
                </tr>
              )}
              {view.wins && (
                <tr>
                  <th scope="row">Wins</th>
                  <td>{view.wins.join('; ')}</td>
                </tr>
              )}
              {view.needs && (
                <tr>
                  <th scope="row">Needs</th>
                  <td>{view.needs.join('; ')}</td>
                </tr>
              )}
              {decision && (
                <tr>
                  <th scope="row">Decision</th>
                  <td>{decision}</td>
                </tr>
              )}
              <tr>
                <th scope="row">Shared</th>
                <td>{SHARE_LEVEL_LABELS[view.level]}</td>
              </tr>
            </tbody>
          </table>
        </section>
      ))}
      {minutes.notDiscussed > 0 && (
        <p className="print-not-discussed">
          {minutes.notDiscussed === 1
            ? `1 participant was not discussed with ${minutes.agency}.`
            : `${minutes.notDiscussed} participants were not discussed with ${minutes.agency}.`}
        </p>
      )}

      <h2>Actions for {minutes.agency}</h2>
      {minutes.actions.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul>
          {minutes.actions.map((action, index) => (
            <li key={index}>
              {action.what} (due {dateLabel(action.dueOn)})
            </li>
          ))}
        </ul>
      )}

      <footer className="print-footer">
        {minutes.programName} · Minutes of {meetsOn} for {minutes.agency} · May not be redisclosed (42 CFR 2.32)
      </footer>
    </article>
  );
}
