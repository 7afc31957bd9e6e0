import { mkdirSync } from 'node:fs';
import type { LeadEvent } from '../shared/ipc/contract';
import type { Reply } from '../shared/ipc/reply';
import { systemClock, type Clock } from './clock';
import type { PageVerdict } from './db/page-check';
import { Desk } from './desk';
import { removeAtomicWriteLeftovers } from './fs-atomic';
import type { AudienceScreen } from './meeting/audience-screen';
import type { Printer } from './print/printer';
import type { FolderChooser } from './directory/folder-chooser';
import { handlers } from './ipc/handlers';
import { createRouter } from './ipc/router';
import { DESK_WINDOW, type WindowScope } from './ipc/window-scope';
import { endSession, lockIfIdle } from './services/session';
import { TRAINING_SCRYPT_COST } from './synthetic/training-desk';
import { DEFAULT_SCRYPT_COST, type ScryptCost } from './vault/kdf';

export interface LeadCoreOptions {
  dataDir: string;
  clock?: Clock;
  scryptCost?: ScryptCost;
  printer?: Printer;
  folders?: FolderChooser;
  /** The meeting's shared screen (electron/meeting/audience-window.ts in Electron). */
  audience?: AudienceScreen;
  /** Serve a training desk (its data folder holds the synthetic team program). */
  training?: boolean;
  /** Benchmarks only: see DeskOptions.databaseCipher. */
  databaseCipher?: 'sqlcipher' | 'none';
}

/** One window's way in: its calls are held to its scope, and it hears only the events the scope names. */
export interface Connection {
  /** `requestId` as the window sent it (the router checks it): records.changed carries it back. */
  invoke(channel: string, input: unknown, requestId?: unknown): Promise<Reply<unknown>>;
  onEvent(listener: (event: LeadEvent) => void): () => void;
}

/** The core is the main window's connection (DESK_WINDOW); `connect` gives any other window its own. */
export interface LeadCore extends Connection {
  /** A connection for another window, held to `scope`; made once per kind of window, it lasts as long as the core. */
  connect(scope: WindowScope): Connection;
  /** Locks the desk if the signed-in person has been idle longer than the setting allows. */
  lockIfIdle(): boolean;
  /** Locks at once: the operating system's screen locked or the machine is going to sleep. */
  lock(): void;
  /** Ends the session (audited) and closes the database, as quitting the app does. */
  close(): void;
  /** The background page check of the last unlock (null before any): tests wait for its verdict. */
  pageCheck(): Promise<PageVerdict> | null;
}

/**
 * The main process without Electron: the desk, its router and its services. `electron/main.ts`
 * wires it to ipcMain; the end-to-end tests wire the very same object to a Playwright page.
 */
export function createLeadCore(options: LeadCoreOptions): LeadCore {
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  // Before anything reads the folder: a write cut off by a crash must not linger (or be read).
  removeAtomicWriteLeftovers(options.dataDir);
  const connections: { scope: WindowScope; listeners: Set<(event: LeadEvent) => void> }[] = [];
  const desk = new Desk({
    dataDir: options.dataDir,
    clock: options.clock ?? systemClock,
    // The training desk's slots are made cheap (see TRAINING_SCRYPT_COST); a desk accepts slots
    // down to the cost it is configured with, so it is configured with theirs.
    scryptCost: options.scryptCost ?? (options.training ? TRAINING_SCRYPT_COST : DEFAULT_SCRYPT_COST),
    emit: (event) => {
      for (const connection of connections) {
        if (connection.scope.events.has(event.type)) connection.listeners.forEach((listener) => listener(event));
      }
    },
    printer: options.printer,
    folders: options.folders,
    audience: options.audience,
    training: options.training ?? false,
    databaseCipher: options.databaseCipher,
  });
  desk.removeLeftoverDatabases();
  const router = createRouter(desk, handlers);
  const connect = (scope: WindowScope): Connection => {
    const listeners = new Set<(event: LeadEvent) => void>();
    connections.push({ scope, listeners });
    return {
      invoke: (channel, input, requestId) => router.invoke(desk.session, scope, channel, input, requestId),
      onEvent(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
  };
  const { invoke, onEvent } = connect(DESK_WINDOW);
  return {
    invoke,
    onEvent,
    connect,
    lockIfIdle: () => lockIfIdle(desk),
    lock: () => endSession(desk, 'session.systemLock', 'lock'),
    close: () => endSession(desk, 'session.appClosed', 'signOut'),
    pageCheck: () => desk.pageCheck,
  };
}
