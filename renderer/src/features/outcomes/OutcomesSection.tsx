import { OUTCOME_KINDS, OUTCOME_KIND_LABELS, outcomeValueLabel } from '../../../../shared/domain/outcomes';
import type { ParticipantRecord } from '../../../../shared/ipc/participant-record-contract';
import { dateLabel } from '../../ui/dates';
import { Expandable } from '../../ui/Expandable';
import { OutcomeForm } from './OutcomeForm';

import '../../styles/needs-outcomes.css';

interface OutcomesSectionProps {
  record: ParticipantRecord;
  onRecord(record: ParticipantRecord): void;
}

/** The latest observation of each outcome the program is judged on; every observation is in the timeline. */
export function OutcomesSection({ record, onRecord }: OutcomesSectionProps) {
  return (
    <section className="participant-section" aria-labelledby="outcomes-heading">
      <h2 id="outcomes-heading">Outcomes</h2>
      <dl className="participant-facts participant-facts-columns outcome-latest" aria-label="Latest outcomes">
        {OUTCOME_KINDS.map((kind) => {
          const latest = record.latestOutcomes.find((outcome) => outcome.kind === kind);
          return (
            <div key={kind}>
              <dt>{OUTCOME_KIND_LABELS[kind]}</dt>
              <dd>
                {latest ? (
                  <>
                    {outcomeValueLabel(kind, latest.value)}
                    <span className="outcome-when"> (as of {dateLabel(latest.observedOn)})</span>
                    {latest.sharedAsWin && <span className="outcome-win"> Shared win</span>}
                    {latest.note && <span className="outcome-note">{latest.note}</span>}
                  </>
                ) : (
                  'Not recorded yet'
                )}
              </dd>
            </div>
          );
        })}
      </dl>
      <Expandable label="Record an outcome">
        {(close) => (
          <OutcomeForm
            participantId={record.id}
            onSaved={(next) => {
              onRecord(next);
              close('Outcome recorded.');
            }}
            onCancel={() => close()}
          />
        )}
      </Expandable>
    </section>
  );
}
