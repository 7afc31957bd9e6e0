import type { Clock } from '../../electron/clock';

/** A clock the tests move by hand: idle lock and lockout expiry without waiting. */
export class TestClock implements Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  advanceMinutes(minutes: number): void {
    this.offsetMs += minutes * 60_000;
  }
}
