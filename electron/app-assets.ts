import { existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

/**
 * The renderer is served only from its built files: in Electron through the app:// protocol,
 * in the end-to-end tests through Playwright's request routing. Both resolve paths here and
 * send the same Content-Security-Policy header.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface ResolvedAsset {
  file: string;
  mimeType: string;
}

/**
 * Maps a URL path to a file under `root`, or null. Paths that climb out of root are refused;
 * a path without an extension is a client-side route and gets index.html.
 */
export function resolveAsset(root: string, urlPath: string): ResolvedAsset | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/');
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = normalize(decoded).replace(/^([/\\]|\.\.([/\\]|$))+/, '');
  const wantsFile = extname(relative) !== '';
  const file = join(root, wantsFile ? relative : 'index.html');
  if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  if (!existsSync(file) || !statSync(file).isFile()) return null;
  const mimeType = MIME_TYPES[extname(file)];
  return mimeType ? { file, mimeType } : null;
}
