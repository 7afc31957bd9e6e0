import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/ipc/contract';
import { createLeadCore, type Connection, type LeadCore } from '../../electron/lead-core';
import type { WindowScope } from '../../electron/ipc/window-scope';
import type { Printer } from '../../electron/print/printer';
import { SYNTHETIC_PASSWORD, SYNTHETIC_SUPERVISOR } from '../../electron/synthetic/synthetic-accounts';
import { DEFAULT_SCRYPT_COST } from '../../electron/vault/kdf';

export const BENCH_PASSWORD = 'bench password, shipped cost';

/**
 * A working copy of the dataset on disk, opened through the app's core as shipped (or with the
 * database unencrypted). Benchmarks write, so each run works on a fresh copy.
 */
export class BenchDesk {
  readonly dir: string;
  private readonly core: LeadCore;

  private constructor(
    source: string,
    readonly cipher: 'sqlcipher' | 'none',
    printer?: Printer,
  ) {
    this.dir = mkdtempSync(join(tmpdir(), `lead-bench-${cipher}-`));
    cpSync(source, this.dir, { recursive: true });
    this.core = createLeadCore({ dataDir: this.dir, scryptCost: DEFAULT_SCRYPT_COST, databaseCipher: cipher, printer });
  }

  /**
   * Signs the supervisor in and re-keys their slot at the shipped scrypt cost, so unlocking is
   * measured as shipped. `printer`: what stands in for Electron's print windows (slip-print.ts).
   */
  static async open(source: string, cipher: 'sqlcipher' | 'none', printer?: Printer): Promise<BenchDesk> {
    const desk = new BenchDesk(source, cipher, printer);
    await desk.ok('session.signIn', { username: SYNTHETIC_SUPERVISOR.username, password: SYNTHETIC_PASSWORD });
    await desk.ok('account.changePassword', { currentPassword: SYNTHETIC_PASSWORD, newPassword: BENCH_PASSWORD });
    return desk;
  }

  async ok<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const reply = await this.core.invoke(channel, input);
    if (!reply.ok) throw new Error(`bench: ${channel} was refused (${reply.error.code}: ${reply.error.message})`);
    return reply.value as ChannelOutput<C>;
  }

  /** The reply as the renderer would get it. */
  invokeRaw(channel: string, input: unknown, requestId?: unknown): ReturnType<LeadCore['invoke']> {
    return this.core.invoke(channel, input, requestId);
  }

  /** The core's events, as the window receives them (a change another action made reloads what it reaches). */
  onEvent(listener: Parameters<LeadCore['onEvent']>[0]): () => void {
    return this.core.onEvent(listener);
  }

  /** Another window's connection to this desk (the meeting's audience window), held to `scope`. */
  connect(scope: WindowScope): Connection {
    return this.core.connect(scope);
  }

  async signIn(): Promise<void> {
    await this.ok('session.signIn', { username: SYNTHETIC_SUPERVISOR.username, password: BENCH_PASSWORD });
  }

  dispose(): void {
    this.core.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
