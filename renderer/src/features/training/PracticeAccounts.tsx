import { ROLE_LABELS } from '../../../../shared/roles';
import { useAppMode } from './app-mode-store';

/** On the training desk's sign-in screen: the accounts to practise with, so a trainee can sign in alone. */
export function PracticeAccounts() {
  const accounts = useAppMode((state) => state.mode?.trainingAccounts ?? null);
  if (!accounts) return null;
  return (
    <section className="practice-accounts" aria-labelledby="practice-accounts-heading">
      <h2 id="practice-accounts-heading">Practice accounts</h2>
      <p>
        Every practice account has the password <code className="practice-password">{accounts.password}</code>
      </p>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Username</th>
            <th scope="col">Role</th>
          </tr>
        </thead>
        <tbody>
          {accounts.usernames.map((account) => (
            <tr key={account.username}>
              <th scope="row">
                <code>{account.username}</code>
              </th>
              <td>{ROLE_LABELS[account.role]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
