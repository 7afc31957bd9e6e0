import { useState } from 'react';
import { contactAge, type ContactAgeThresholds } from '../../../../shared/domain/board';
import type { ParticipantRecord } from '../../../../shared/ipc/participant-record-contract';
import { call } from '../../lead';
import { useOnMount } from '../../ui/use-on-mount';
import { lastContactLine } from './contact-age';

const AGE_WORDS = { aging: 'contact due soon', overdue: 'contact overdue' } as const;

/**
 * "12 days since last contact, Nov 11", flagged in words (and colour) once it passes the
 * program's amber and red thresholds, as the board's cards are.
 */
export function LastContact({ record }: { record: Pick<ParticipantRecord, 'lastContactAt' | 'daysSinceContact' | 'stage'> }) {
  const [thresholds, setThresholds] = useState<ContactAgeThresholds | null>(null);
  useOnMount(() => {
    void call('settings.get', {}).then((reply) => reply.ok && setThresholds(reply.value));
  });
  const age = thresholds ? contactAge(record.daysSinceContact, thresholds, record.stage === 'exited') : 'none';
  const line = lastContactLine(record);
  if (age !== 'aging' && age !== 'overdue') return <span className="contact-age">{line}</span>;
  return (
    <span className={`contact-age contact-age-${age}`}>
      {line}: <strong>{AGE_WORDS[age]}</strong>
    </span>
  );
}
