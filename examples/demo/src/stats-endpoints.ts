import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RecordStore } from './record-store.js';
import { issue, sendIssues } from './respond.js';

// TODO(G): countBy / timeSeries + suppress from core once they land (issue #3).
export async function handleStats(
  req: IncomingMessage,
  res: ServerResponse,
  _store: RecordStore,
): Promise<void> {
  req.resume();
  sendIssues(res, 501, [issue('not_implemented', 'Statistics are not available yet.')]);
}
