import { PATHWAY_LABELS } from '../../../../shared/domain/referral';
import type { MeetingView } from '../../../../shared/ipc/meetings-contract';

/** The program's numbers for the agenda: counts only, nobody named. */
export function ProgramNumbers({ numbers }: { numbers: NonNullable<MeetingView['numbers']> }) {
  return (
    <section className="panel" aria-labelledby="program-numbers-heading">
      <h2 id="program-numbers-heading">Program numbers</h2>
      <div className="program-numbers">
        <table className="table">
          <caption>Caseload against the cap</caption>
          <thead>
            <tr>
              <th scope="col">Pair</th>
              <th scope="col">Caseload</th>
            </tr>
          </thead>
          <tbody>
            {numbers.pairs.map((pair) => (
              <tr key={pair.pairId}>
                <th scope="row">{pair.label}</th>
                <td>
                  {pair.caseload} of {pair.cap}
                  {pair.caseload >= pair.cap && <strong> — at the cap</strong>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="table">
          <caption>Referrals this month</caption>
          <thead>
            <tr>
              <th scope="col">Pathway</th>
              <th scope="col">Referrals</th>
            </tr>
          </thead>
          <tbody>
            {numbers.referralsThisMonth.map((row) => (
              <tr key={row.pathway}>
                <th scope="row">{PATHWAY_LABELS[row.pathway]}</th>
                <td>{row.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
