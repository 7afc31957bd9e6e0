import type { MouseEvent, ReactNode } from 'react';
import { TrainingBanner } from '../features/training/TrainingBanner';

interface FrameProps {
  /** The program's name once someone is signed in; before that it is locked in the database. */
  programName?: string;
  /** The signed-in person's controls, at the right of the header. */
  controls?: ReactNode;
  children: ReactNode;
}

/**
 * "Skip to main content": the first Tab stop of every screen, shown when focused, moves focus
 * past the header (and the menu) to the screen's <main>, which every screen has.
 */
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  const main = document.querySelector('main');
  if (!main) return;
  event.preventDefault();
  main.focus();
  main.scrollIntoView({ block: 'start' });
}

export function Frame({ programName, controls, children }: FrameProps) {
  return (
    <div className="frame">
      <a className="skip-link" href="#main-content" onClick={skipToMain}>
        Skip to main content
      </a>
      <TrainingBanner />
      <header className="topbar">
        <div className="brand">
          {programName && <span className="brand-program">{programName}</span>}
          <span className="brand-app">LEAD Desk</span>
        </div>
        {controls}
      </header>
      {children}
    </div>
  );
}
