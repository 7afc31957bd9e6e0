import { NEEDS, NEED_LABELS, type Need } from '../../../../shared/domain/assessment';
import type { ParticipantRecord } from '../../../../shared/ipc/participant-record-contract';
import { Expandable } from '../../ui/Expandable';
import { AddNeedForm } from './AddNeedForm';
import { NeedItem } from './NeedItem';

import '../../styles/needs-outcomes.css';

interface NeedsSectionProps {
  record: ParticipantRecord;
  onRecord(record: ParticipantRecord): void;
}

/**
 * The participant's goals and needs: needs chosen in the assessment start open, each is worked
 * (in progress, met) with a note, and services are referred per need.
 */
export function NeedsSection({ record, onRecord }: NeedsSectionProps) {
  const goals = record.assessment?.goals;
  const listed = new Set<Need>(record.needs.map((need) => need.need));
  const needs = NEEDS.flatMap((need) => record.needs.filter((view) => view.need === need));
  const unlisted = NEEDS.filter((need) => !listed.has(need));

  return (
    <section className="participant-section" aria-labelledby="needs-heading">
      <h2 id="needs-heading">Needs and goals</h2>
      {goals && (
        <p className="need-goals">
          <strong>Goals the participant set:</strong> {goals}
        </p>
      )}
      {needs.length === 0 ? (
        <p>No needs recorded yet. Needs chosen in the intake assessment appear here; add one any time.</p>
      ) : (
        <ul className="need-list" aria-label="Needs">
          {needs.map((need) => (
            <NeedItem
              key={need.need}
              need={need}
              referrals={record.serviceReferrals.filter((referral) => referral.need === need.need)}
              participantId={record.id}
              onRecord={onRecord}
            />
          ))}
        </ul>
      )}
      {unlisted.length > 0 && (
        <Expandable label="Add a need">
          {(close) => (
            <AddNeedForm
              participantId={record.id}
              choices={unlisted}
              onSaved={(next, need) => {
                onRecord(next);
                close(`Need added: ${NEED_LABELS[need]}.`);
              }}
              onCancel={() => close()}
            />
          )}
        </Expandable>
      )}
    </section>
  );
}
