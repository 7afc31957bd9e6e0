import { app, type Session, type WebContents } from 'electron';
import { isAppUrl, isLocalRequest } from './app-origin';

/** A navigation event as Electron passes it: the target URL and a way to stop it. */
interface NavigationEvent {
  readonly url: string;
  preventDefault(): void;
}

function stayOnAppOrigin(event: NavigationEvent): void {
  if (!isAppUrl(event.url)) event.preventDefault();
}

/**
 * Holds every web contents (the window, DevTools, anything a page manages to create) to the
 * app's origin: no leaving it, no new windows, no <webview> with settings of its own.
 */
function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', stayOnAppOrigin);
  contents.on('will-frame-navigate', stayOnAppOrigin);
  contents.on('will-redirect', stayOnAppOrigin);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Must run before the app is ready: enableSandbox only applies to renderers not yet started. */
export function hardenApp(): void {
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  // The app fetches nothing over TLS, so a bad certificate can only be an attack.
  app.on('certificate-error', (event, _contents, _url, _error, _certificate, callback) => {
    event.preventDefault();
    callback(false);
  });
}

/**
 * Electron grants every permission unless told otherwise; this session grants none, sends no
 * request off the machine and saves no downloads (exports and prints go through the main process).
 */
export function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isLocalRequest(details.url) }));
  ses.on('will-download', (event) => event.preventDefault());
}
