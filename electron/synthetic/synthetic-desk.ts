import { mkdirSync } from 'node:fs';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/ipc/contract';
import type { Clock } from '../clock';
import { Desk } from '../desk';
import { handlers } from '../ipc/handlers';
import { createRouter } from '../ipc/router';
import { DESK_WINDOW } from '../ipc/window-scope';
import { endSession } from '../services/session';
import { startSession } from '../services/session-view';
import { requireStaff } from '../db/tables/staff';
import type { ScryptCost } from '../vault/kdf';

/** A clock the generator moves through the program's years. */
export class SimulatedClock implements Clock {
  constructor(private ms: number) {}

  now(): Date {
    return new Date(this.ms);
  }

  set(ms: number): void {
    this.ms = ms;
  }
}

/**
 * The app's own desk, router and services, driven by the generator. Everything goes through
 * `invoke` (validation, roles, audit) exactly as the renderer's calls do; only switching from
 * one staff member to the next skips the password, which the generator signed in with once.
 */
export class SyntheticDesk {
  private readonly desk: Desk;
  private readonly router;

  constructor(
    dataDir: string,
    readonly clock: SimulatedClock,
    scryptCost: ScryptCost,
  ) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    this.desk = new Desk({ dataDir, clock, scryptCost, emit: () => {} });
    this.router = createRouter(this.desk, handlers);
  }

  async ok<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const reply = await this.router.invoke(this.desk.session, DESK_WINDOW, channel, input);
    if (!reply.ok) throw new Error(`synthetic data: ${channel} was refused (${reply.error.code}: ${reply.error.message})`);
    // Each sign-in opens the database afresh with synchronous=FULL. The program is built in a
    // folder that is thrown away unless the build finishes, so waiting for the disk after every
    // write buys nothing here; the app opens the finished file with FULL again.
    if (channel === 'setup.create' || channel === 'session.signIn' || channel === 'account.completeWithRecoveryKey') {
      const db = this.desk.requireDb();
      db.pragma('synchronous = OFF');
      if (this.desk.hasRecords()) db.pragma('records.synchronous = OFF');
    }
    return reply.value as ChannelOutput<C>;
  }

  /** Continues as another staff member of this desk, who has already signed in once. */
  actAs(staffId: number): void {
    startSession(this.desk, requireStaff(this.desk.requireDb(), staffId));
  }

  close(): void {
    endSession(this.desk, 'session.signOut', 'signOut');
  }
}
