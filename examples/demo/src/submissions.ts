import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ValidationResult } from '@homeward/core';
import { readJsonBody } from './read-body.js';
import { fingerprintOf, type RecordKind, type RecordStore, type StoredSubmission } from './record-store.js';
import { issue, sendIssues, sendJson } from './respond.js';

export interface SubmissionOptions {
  store: RecordStore;
  bodyLimit: number;
  now: () => Date;
}

type Validator = (input: unknown, options: { locale?: string }) => ValidationResult<{ id: string }>;

/** RFC 9110 visible ASCII, bounded: the key is echoed into our logs and files, so nothing else is accepted. */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/** The language of the reasons we give: the first tag of Accept-Language (core falls back to English). */
function preferredLocale(req: IncomingMessage): string | undefined {
  const header = req.headers['accept-language'];
  return header?.split(',')[0]?.split(';')[0]?.trim() || undefined;
}

function accepted(submission: StoredSubmission) {
  return { id: submission.id, receivedAt: submission.receivedAt };
}

/**
 * POST /api/intake and /api/incident: the server validates again with core (a browser can be bypassed), then
 * stores the record once. 201 with its id; 200 with the same answer for a repeated Idempotency-Key or the same
 * record sent again; 400/409/413/415/422 with reasons.
 */
export async function handleSubmission(
  req: IncomingMessage,
  res: ServerResponse,
  kind: RecordKind,
  validate: Validator,
  { store, bodyLimit, now }: SubmissionOptions,
): Promise<void> {
  const keyHeader = req.headers['idempotency-key'];
  const key = Array.isArray(keyHeader) ? keyHeader[0] : keyHeader;
  if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
    req.resume();
    return sendIssues(res, 400, [
      issue(
        'invalid_idempotency_key',
        'The Idempotency-Key header must be 1 to 255 visible ASCII characters.',
      ),
    ]);
  }

  const body = await readJsonBody(req, bodyLimit);
  if (!body.ok) {
    return sendIssues(res, body.status, [body.issue], body.status === 413 ? { Connection: 'close' } : {});
  }
  const print = fingerprintOf(body.value);

  if (key !== undefined) {
    // A retry may arrive while the first attempt is still being written: answer only once it is on disk.
    if (store.findByKey(kind, key)) await store.flushed();
    const earlier = store.findByKey(kind, key);
    if (earlier) {
      if (earlier.fingerprint === print) return sendJson(res, 200, accepted(earlier));
      return sendIssues(res, 422, [
        issue('idempotency_key_reused', 'This Idempotency-Key was already used for a different record.'),
      ]);
    }
  }

  const result = validate(body.value, { locale: preferredLocale(req) });
  if (!result.ok) return sendIssues(res, 400, result.issues);

  const record = result.value;
  if (store.findById(kind, record.id)) await store.flushed();
  const sameId = store.findById(kind, record.id);
  if (sameId) {
    // The same record sent again without its key (or with a new one) is still the same record: never a duplicate.
    if (fingerprintOf(sameId.record) === fingerprintOf(record)) return sendJson(res, 200, accepted(sameId));
    return sendIssues(res, 409, [
      issue('duplicate_id', 'A different record with this id was already received.', ['id']),
    ]);
  }

  const submission: StoredSubmission = {
    id: record.id,
    receivedAt: now().toISOString(),
    fingerprint: print,
    record,
    ...(key === undefined ? {} : { idempotencyKey: key }),
  };
  try {
    await store.add(kind, submission);
  } catch {
    return sendIssues(
      res,
      503,
      [issue('storage_failed', 'The record could not be saved. Please try again.')],
      {
        'Retry-After': '5',
      },
    );
  }
  sendJson(res, 201, accepted(submission));
}
