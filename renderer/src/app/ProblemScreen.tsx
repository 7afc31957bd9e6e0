import { Heading } from '../ui/Heading';
import { Frame } from './Frame';

/** The data folder cannot be used as it is. Nothing here changes it: the message is the whole screen. */
export function ProblemScreen({ message }: { message: string }) {
  return (
    <Frame>
      <main id="main-content" tabIndex={-1} className="page page-medium">
        <Heading>LEAD Desk cannot open its data</Heading>
        <div className="alert alert-error" role="alert">
          <p>{message}</p>
        </div>
        <p>Close LEAD Desk and ask the program’s administrator or IT support to restore the data folder from a backup.</p>
      </main>
    </Frame>
  );
}
