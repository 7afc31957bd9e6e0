import { useTraining } from './app-mode-store';

/**
 * On a training desk, the first thing on every screen: it cannot be closed, and it stays at the
 * top while the page scrolls, so nobody mistakes practice for the real records.
 */
export function TrainingBanner() {
  if (!useTraining()) return null;
  return (
    <section className="training-banner" aria-label="Training desk">
      <p>
        <strong>TRAINING DESK</strong> — every person here is invented. Nothing you do here reaches the real records or any export.
      </p>
    </section>
  );
}
