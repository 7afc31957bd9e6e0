import { protocol } from 'electron';
import { APP_SCHEME } from './app-origin';
import { createAppResponder } from './app-response';

/**
 * Must run before the app is ready. "standard" gives app:// real origins and relative URLs,
 * "secure" lets it use the APIs browsers keep for https, and supportFetchAPI lets the built
 * renderer's module scripts load.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Serves the built renderer on app://lead/, with the same resolver and CSP the end-to-end tests use. */
export function serveApp(rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppResponder(rendererDir));
}
