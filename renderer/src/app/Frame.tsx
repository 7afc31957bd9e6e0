import type { ReactNode } from 'react';
import { TrainingBanner } from '../features/training/TrainingBanner';

interface FrameProps {
  /** The program's name once someone is signed in; before that it is locked in the database. */
  programName?: string;
  /** The signed-in person's controls, at the right of the header. */
  controls?: ReactNode;
  children: ReactNode;
}

export function Frame({ programName, controls, children }: FrameProps) {
  return (
    <div className="frame">
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
