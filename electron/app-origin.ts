/**
 * The renderer's one origin. A standard, secure custom scheme keeps the app off file:// (which
 * would let a page read any local file) and off the network.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'lead';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/`;

/** Schemes Chromium uses for content that never leaves the machine. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'devtools:']);

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True only for URLs on the app's origin. Compares scheme and host rather than `URL.origin`,
 * which the WHATWG parser reports as "null" for custom schemes; a prefix test would let
 * app://lead.evil through.
 */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === ''
  );
}

/** Whether the session may make a request at all: the app's own files and in-memory content only. */
export function isLocalRequest(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && (isAppUrl(url) || LOCAL_SCHEMES.has(parsed.protocol));
}
