/** The main process reads time only through a Clock, so tests can move it (idle lock, lockout). */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
