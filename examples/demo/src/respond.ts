import type { ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from './security-headers.js';

/** A reason the server refused a request, in the same shape as core's validation issues. */
export interface ServerIssue {
  path: (string | number)[];
  code: string;
  message: string;
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(text);
}

/** A 4xx/5xx answer with its reasons: `{ issues: [{ path, code, message }] }`. */
export function sendIssues(
  res: ServerResponse,
  status: number,
  issues: ServerIssue[],
  headers: Record<string, string> = {},
): void {
  sendJson(res, status, { issues }, headers);
}

export function issue(code: string, message: string, path: (string | number)[] = []): ServerIssue {
  return { path, code, message };
}
