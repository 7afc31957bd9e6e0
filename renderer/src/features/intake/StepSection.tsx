import { useEffect, useRef, type ReactNode } from 'react';
import { STEP_STATE_LABELS, type StepState } from './referral-steps';

interface StepSectionProps {
  id: string;
  number: number;
  title: string;
  state: StepState;
  /** Changes each time the reader should be brought to this step (after the step before was recorded). */
  focusToken: number | null;
  children: ReactNode;
}

/** One step of intake on the Referral page: its number, title and state, then what was recorded or its form. */
export function StepSection({ id, number, title, state, focusToken, children }: StepSectionProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusToken !== null) heading.current?.focus();
  }, [focusToken]);
  return (
    <section className={`panel intake-step intake-step-${state}`} aria-labelledby={id}>
      <div className="intake-step-head">
        <h2 id={id} ref={heading} tabIndex={-1}>
          {number}. {title}
        </h2>
        <span className="intake-tag">{STEP_STATE_LABELS[state]}</span>
      </div>
      {children}
    </section>
  );
}
