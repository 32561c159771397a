import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { sendIssues } from './respond.js';
import { SECURITY_HEADERS } from './security-headers.js';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** A URL prefix served from a folder: `/` from the site, `/vendor/homeward/` from the script-tag bundle. */
export interface Mount {
  prefix: string;
  dir: string;
}

function notFound(res: ServerResponse): void {
  const body = 'Not found';
  res.writeHead(404, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
}

/** The file a URL path names inside a mount, or undefined when the path would leave it (`..`, encoded or not). */
function fileFor(mounts: readonly Mount[], pathname: string): string | undefined {
  // The longest prefix wins, so `/vendor/homeward/` is not looked up in the site folder mounted at `/`.
  const mount = [...mounts]
    .sort((a, b) => b.prefix.length - a.prefix.length)
    .find((m) => pathname.startsWith(m.prefix));
  if (!mount) return undefined;
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(mount.prefix.length));
  } catch {
    return undefined;
  }
  if (relative.includes('\0')) return undefined;
  const root = resolve(mount.dir);
  const file = resolve(root, `.${sep}${relative}`);
  return file === root || file.startsWith(root + sep) ? file : undefined;
}

/** GET/HEAD for static files, with the strict CSP on every answer (the HTML page is what it protects). */
export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  mounts: readonly Mount[],
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return sendIssues(res, 405, [{ path: [], code: 'method_not_allowed', message: 'Use GET.' }], {
      Allow: 'GET, HEAD',
    });
  }
  let file = fileFor(mounts, pathname);
  if (!file) return notFound(res);
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file);
    }
    if (!info.isFile()) return notFound(res);
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': info.size,
      'Cache-Control': 'no-cache',
    });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  } catch {
    notFound(res);
  }
}
