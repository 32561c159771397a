import type { IncomingMessage } from 'node:http';
import { issue, type ServerIssue } from './respond.js';

export type BodyResult =
  | { ok: true; value: unknown }
  | { ok: false; status: 400 | 413 | 415; issue: ServerIssue };

/** How much of an oversized body (sent without a length) we read and drop before answering without waiting. */
const DRAIN_FACTOR = 16;

function isJsonContentType(header: string | undefined): boolean {
  if (!header) return false;
  const [type] = header.split(';');
  return type?.trim().toLowerCase() === 'application/json';
}

/**
 * Reads a JSON request body of at most `limit` bytes. Never throws: every way a body can be wrong (not JSON, too
 * large, not UTF-8, cut off) is an answer with a reason. An oversized body is never kept: the caller answers 413
 * with `Connection: close`, so the connection ends after the answer.
 */
export function readJsonBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  if (!isJsonContentType(req.headers['content-type'])) {
    req.resume();
    return Promise.resolve({
      ok: false,
      status: 415,
      issue: issue('unsupported_media_type', 'Send the record as JSON (Content-Type: application/json).'),
    });
  }
  const tooLarge: BodyResult = {
    ok: false,
    status: 413,
    issue: issue('too_large', `The request body is larger than ${limit} bytes.`),
  };
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    // Known to be too large before reading it: answer now; the caller closes the connection after the answer.
    req.resume();
    return Promise.resolve(tooLarge);
  }

  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let settled = false;
    const settle = (result: BodyResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > limit) {
        // Stop keeping it; keep reading (and dropping) it, so the client gets to read our 413.
        chunks.length = 0;
        if (received > limit * DRAIN_FACTOR) settle(tooLarge);
      } else chunks.push(chunk);
    });
    req.on('error', () =>
      settle({ ok: false, status: 400, issue: issue('aborted', 'The request body was cut off.') }),
    );
    req.on('end', () => {
      if (received > limit) return settle(tooLarge);
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
      } catch {
        return settle({
          ok: false,
          status: 400,
          issue: issue('invalid_encoding', 'The body is not UTF-8 text.'),
        });
      }
      try {
        settle({ ok: true, value: JSON.parse(text) });
      } catch {
        settle({ ok: false, status: 400, issue: issue('invalid_json', 'The body is not valid JSON.') });
      }
    });
  });
}
