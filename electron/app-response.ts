import { readFile } from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY, resolveAsset } from './app-assets';
import { isAppUrl } from './app-origin';

/** Sent with every app:// response, errors included, so no page is ever served without the CSP. */
const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
};

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/**
 * Answers an app:// request from the built renderer in `rendererDir`. Plain Node (fetch's Request
 * and Response), so the protocol handler's behaviour is tested without Electron. The renderer
 * only reads, so anything but GET or HEAD is refused.
 */
export function createAppResponder(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (!isAppUrl(request.url)) return plain(404, 'Not found');
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const asset = resolveAsset(rendererDir, new URL(request.url).pathname);
    if (!asset) return plain(404, 'Not found');
    const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(asset.file));
    return new Response(body, { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': asset.mimeType } });
  };
}
