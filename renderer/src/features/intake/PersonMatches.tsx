import type { PersonMatch } from '../../../../shared/ipc/people-contract';
import { Button } from '../../ui/Button';
import { calendarDateLabel, stageLabel } from './intake-format';

const MATCHED_ON: Record<PersonMatch['matchedOn'], string> = {
  name_and_birth_date: 'Same name and date of birth: a new referral is linked to this record even if you do not choose it.',
  name: 'Same name.',
  alias: 'Known by this name (an alias).',
};

const ENGAGED = ['awaiting_intake', 'intake_in_progress', 'active'];

interface PersonMatchesProps {
  matches: readonly PersonMatch[];
  onChoose(match: PersonMatch): void;
}

/** "Same person?": the people on record who may be the one being referred, as the name is typed. */
export function PersonMatches({ matches, onChoose }: PersonMatchesProps) {
  return (
    <div className="intake-matches">
      <p role="status" className="intake-matches-count">
        {matches.length === 0
          ? ''
          : matches.length === 1
            ? 'One person on record may be the same person.'
            : `${matches.length} people on record may be the same person.`}
      </p>
      {matches.length > 0 && (
        <section aria-labelledby="intake-matches-heading">
          <h3 id="intake-matches-heading">Same person?</h3>
          <p className="field-hint">If one of them is the person being referred, choose them: the referral joins their record.</p>
          <ul className="intake-match-list">
            {matches.map((match) => (
              <li key={match.personId} className="intake-match">
                <div>
                  <strong>{match.name}</strong>
                  {match.preferredName && <> (goes by {match.preferredName})</>}
                  <dl className="intake-match-facts">
                    <div>
                      <dt>Date of birth</dt>
                      <dd>{calendarDateLabel(match.dateOfBirth)}</dd>
                    </div>
                    <div>
                      <dt>Also known as</dt>
                      <dd>{match.aliases.length ? match.aliases.join(', ') : 'No aliases recorded'}</dd>
                    </div>
                    <div>
                      <dt>Current stage</dt>
                      <dd>{match.participant ? stageLabel(match.participant.stage) : 'Referred before, not enrolled'}</dd>
                    </div>
                  </dl>
                  <p className="intake-match-why">{MATCHED_ON[match.matchedOn]}</p>
                  {match.participant && ENGAGED.includes(match.participant.stage) && (
                    <p className="intake-match-why">Already in LEAD now: a new referral cannot be started for them.</p>
                  )}
                </div>
                <Button aria-label={`Same person: ${match.name}`} onClick={() => onChoose(match)}>
                  Same person
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
